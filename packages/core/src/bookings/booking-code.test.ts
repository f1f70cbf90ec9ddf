import { describe, expect, it } from 'vitest';
import { bookingCodeFrom, isBookingCode, normaliseBookingCode } from './booking-code.js';

describe('booking codes', () => {
  it('are eight characters without 0, O, 1 or I, from random bytes', () => {
    const code = bookingCodeFrom(Uint8Array.from([0, 1, 2, 3, 31, 32, 255, 100]));
    expect(code).toBe('ABCD9A9E');
    expect(isBookingCode(code)).toBe(true);
    expect(isBookingCode('ABCD0A94')).toBe(false);
    expect(isBookingCode('ABCD9A9')).toBe(false);
  });

  it('are read as typed: small letters, spaces and dashes', () => {
    expect(normaliseBookingCode(' abcd-9a94 ')).toBe('ABCD9A94');
  });

  it('need a byte per character', () => {
    expect(() => bookingCodeFrom(new Uint8Array(7))).toThrow(RangeError);
  });
});
