import { describe, expect, it } from 'vitest';
import { isAgencyCode } from './agency-code.js';
import { DOSSIER_SEQUENCE_DIGITS, dossierCodePrefix, isDossierCode } from './dossier-code.js';
import { isProcedureCode } from './procedure-code.js';
import { dossierCodeProblem, normaliseDossierCode, verificationCodeProblem } from './typed-codes.js';
import { isVerificationCode, normaliseVerificationCode } from './verification-code.js';

describe('codes', () => {
  it('formats the national dossier code', () => {
    expect(dossierCodePrefix('000.00.01.H29', '2026-11-22')).toBe('000.00.01.H29-261122-');
    expect(DOSSIER_SEQUENCE_DIGITS).toBe(4);
    expect(isDossierCode('000.00.01.H29-261122-0007')).toBe(true);
    expect(isDossierCode('000.00.01.H29-2611-0007')).toBe(false);
  });

  it('refuses a malformed agency code', () => {
    expect(() => dossierCodePrefix('H29', '2026-11-22')).toThrow(RangeError);
  });

  it('validates agency and procedure codes by pattern', () => {
    expect(isAgencyCode('000.00.04.G14')).toBe(true);
    expect(isAgencyCode('000.00.04.X14')).toBe(false);
    expect(isProcedureCode('1.000234')).toBe(true);
    expect(isProcedureCode('1.000234.000.00.00.H29')).toBe(true);
    expect(isProcedureCode('3.000234')).toBe(false);
  });

  it('reads codes as people type them from paper, and says what is wrong with one', () => {
    expect(normaliseDossierCode('  000.00.01.h29-261122-0007 ')).toBe('000.00.01.H29-261122-0007');
    expect(dossierCodeProblem('')).toBe('missing');
    expect(dossierCodeProblem('000.00.01.H29-2611')).toBe('malformed');
    expect(dossierCodeProblem('000.00.01.H29-261122-0007')).toBeUndefined();
    expect(normaliseVerificationCode('abcd-efgh 23')).toBe('ABCDEFGH23');
    // The signed result's QR code scanned into the box: the verification address on any portal.
    expect(normaliseVerificationCode('https://dichvucong.example.vn/verify/ABCDEFGH23')).toBe('ABCDEFGH23');
    expect(normaliseVerificationCode(' http://localhost:3000/verify/abcd-efgh23?lang=en ')).toBe('ABCDEFGH23');
    expect(isVerificationCode(normaliseVerificationCode('https://example.vn/other/ABCDEFGH23'))).toBe(false);
    expect(isVerificationCode('ABCDEFGH23')).toBe(true);
    // No 0/O or 1/I, which readers confuse.
    expect(isVerificationCode('ABCDEFGH01')).toBe(false);
    expect(isVerificationCode('ABCDEFGHOI')).toBe(false);
    expect(verificationCodeProblem('ABCDEFGH2')).toBe('malformed');
  });
});
