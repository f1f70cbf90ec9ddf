/**
 * The code printed on a signed result for anyone to check it: ten characters from an alphabet
 * without 0/O or 1/I, since it is typed from paper (32 letters and digits: 50 bits, not to be guessed).
 */
export const VERIFICATION_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const VERIFICATION_CODE_LENGTH = 10;

/** The verification page's address on any portal, as the signed result's QR code holds it. */
const VERIFICATION_ADDRESS = /^https?:\/\/[^/\s]+(?:\/\S*)?\/verify\/([A-Za-z0-9-]+)\/?(?:[?#]\S*)?$/;

/**
 * A code as a reader types it (small letters, spaces or dashes between the groups), or the
 * result's QR code scanned into the box (the verification address, whose last part is the code).
 */
export const normaliseVerificationCode = (code: string) => (VERIFICATION_ADDRESS.exec(code.trim())?.[1] ?? code).toUpperCase().replace(/[\s-]/g, '');

export const isVerificationCode = (code: string) =>
  code.length === VERIFICATION_CODE_LENGTH && [...code].every((char) => VERIFICATION_CODE_ALPHABET.includes(char));
