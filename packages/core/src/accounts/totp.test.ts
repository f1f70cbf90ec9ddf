import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, formatRecoveryCode, hotp, isRecoveryCodeShape, matchingTotpStep, otpauthUri, totp, totpStep, typedRecoveryCode } from './totp.js';

const hmacSha1 = (key: Uint8Array, message: Uint8Array) => new Uint8Array(createHmac('sha1', key).update(message).digest());
const equal = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
const ascii = (text: string) => new TextEncoder().encode(text);

describe('TOTP', () => {
  // RFC 4226 appendix D: the HOTP values of counters 0–9 for the secret "12345678901234567890".
  it('computes the HOTP values of RFC 4226', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(hmacSha1, ascii('12345678901234567890'), counter))).toEqual(expected);
  });

  // RFC 6238 appendix B, SHA-1 column: eight digits at each published time.
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC 6238 value at %i s', (seconds, code) => {
    expect(totp(hmacSha1, ascii('12345678901234567890'), new Date(seconds * 1000), 8)).toBe(code);
  });

  it('accepts a code from one step either side, never one replayed or older than the last used', () => {
    const secret = ascii('12345678901234567890');
    const at = new Date(1_234_567_890_000);
    const step = totpStep(at);
    const code = (offset: number) => hotp(hmacSha1, secret, step + offset);
    expect(matchingTotpStep(hmacSha1, secret, code(0), at, null, equal)).toBe(step);
    expect(matchingTotpStep(hmacSha1, secret, code(-1), at, null, equal)).toBe(step - 1);
    expect(matchingTotpStep(hmacSha1, secret, code(1), at, null, equal)).toBe(step + 1);
    expect(matchingTotpStep(hmacSha1, secret, code(2), at, null, equal)).toBeNull();
    expect(matchingTotpStep(hmacSha1, secret, code(0), at, step, equal)).toBeNull();
    expect(matchingTotpStep(hmacSha1, secret, code(-1), at, step - 1, equal)).toBeNull();
    expect(matchingTotpStep(hmacSha1, secret, `${code(0).slice(0, 3)} ${code(0).slice(3)}`, at, null, equal)).toBe(step);
    expect(matchingTotpStep(hmacSha1, secret, 'abcdef', at, null, equal)).toBeNull();
  });
});

describe('base32 (RFC 4648 section 10, without padding)', () => {
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('%j ↔ %s', (text, encoded) => {
    expect(base32Encode(ascii(text))).toBe(encoded);
    expect(new TextDecoder().decode(base32Decode(encoded)!)).toBe(text);
  });

  it('reads lower case, spaces and padding, and refuses other letters', () => {
    expect(new TextDecoder().decode(base32Decode('mzxw 6ytb oi======')!)).toBe('foobar');
    expect(base32Decode('MZXW1')).toBeNull();
  });
});

describe('otpauth URI and recovery codes', () => {
  it('names the issuer and account and carries the secret in base32', () => {
    const uri = otpauthUri('Một cửa điện tử', 'chu.tich', ascii('12345678901234567890'));
    expect(uri).toBe(
      'otpauth://totp/M%E1%BB%99t%20c%E1%BB%ADa%20%C4%91i%E1%BB%87n%20t%E1%BB%AD:chu.tich?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=M%E1%BB%99t+c%E1%BB%ADa+%C4%91i%E1%BB%87n+t%E1%BB%AD&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('writes recovery codes as two groups of five and reads them back however typed', () => {
    const code = formatRecoveryCode(Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0x01, 0x23, 0x45]));
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    expect(typedRecoveryCode(` ${code.toLowerCase()} `)).toBe(code.replace('-', ''));
    expect(isRecoveryCodeShape(code.toLowerCase())).toBe(true);
    expect(isRecoveryCodeShape('123456')).toBe(false);
  });
});
