/** How contact details given by citizens are read, so that accounts and messages agree on them. */

// Mobile prefixes in use in Viet Nam (03x, 05x, 07x, 08x, 09x), after the trunk 0.
const VIETNAMESE_MOBILE = /^0[35789]\d{8}$/;

/** `+84 912 345 678`, `84912345678`, `0912.345.678` → `0912345678`; null if it is not a Vietnamese mobile number. */
export function normalisePhone(value: string): string | null {
  let digits = value.replace(/[\s.()-]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return VIETNAMESE_MOBILE.test(digits) ? digits : null;
}

/**
 * What forms accept, checked by the server's schemas and early in the browser alike. The phone
 * pattern escapes its dash so that it also holds as an HTML `pattern` (read with the `v` flag).
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^[0-9+ .\-]{8,20}$/;
/**
 * The characters an identity number may hold at all (a branch's tax code has a dash); which
 * number it must be for the applicant is idNumberProblem's to say.
 */
export const ID_NUMBER_PATTERN = /^[0-9A-Za-z][0-9A-Za-z\-]{0,19}$/;

/** NFC, trimmed and in lower case; null if it does not look like an address. */
export function normaliseEmail(value: string): string | null {
  const email = value.normalize('NFC').trim().toLowerCase();
  return EMAIL_PATTERN.test(email) && email.length <= 200 ? email : null;
}
