/**
 * The code printed on a signed result for anyone to check it: ten characters from an alphabet
 * without 0/O or 1/I, since it is typed from paper (32 letters and digits: 50 bits, not to be guessed).
 */
export const VERIFICATION_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const VERIFICATION_CODE_LENGTH = 10;

/** A code as a reader types it: small letters, spaces or dashes between the groups. */
export const normaliseVerificationCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const isVerificationCode = (code: string) =>
  code.length === VERIFICATION_CODE_LENGTH && [...code].every((char) => VERIFICATION_CODE_ALPHABET.includes(char));
