import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePhone } from './contacts.js';

describe('contact details', () => {
  it('reads a Vietnamese mobile number in any usual spelling', () => {
    for (const spelling of ['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '84912345678', '(091) 234-5678']) {
      expect(normalisePhone(spelling), spelling).toBe('0912345678');
    }
  });

  it('refuses landlines, short numbers and unknown prefixes', () => {
    for (const wrong of ['02373852222', '091234567', '0112345678', '+1 912 345 678', 'không có']) expect(normalisePhone(wrong), wrong).toBeNull();
  });

  it('keeps e-mail addresses in lower case and refuses what is not one', () => {
    expect(normaliseEmail('  An.Nguyen@Example.VN ')).toBe('an.nguyen@example.vn');
    expect(normaliseEmail('an.nguyen@localhost')).toBeNull();
    expect(normaliseEmail('an nguyen@example.vn')).toBeNull();
  });
});
