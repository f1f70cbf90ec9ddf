/**
 * A payment reference: what the payer's bank carries in the transfer's description and the gateway
 * in its order number. Letters and digits only, since banks strip everything else; no 0/O or 1/I.
 */

const PREFIX = 'MC';
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const RANDOM_LENGTH = 10;
export const REFERENCE_PATTERN = /^MC[A-HJ-NP-Z2-9]{10}$/;

/** A new reference from random numbers in [0, 1) (a secure source in production). */
export function newPaymentReference(random: () => number): string {
  return PREFIX + Array.from({ length: RANDOM_LENGTH }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

/** A bank description as banks mangle it: no diacritics, capitals, and only letters and digits. */
export function compactDescription(description: string): string {
  return description
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * The references that may be in a description: every reference-shaped run of its compacted text,
 * so that a space or a dot a bank put inside one does not hide it.
 */
export function candidateReferences(description: string): string[] {
  const text = compactDescription(description);
  const found = new Set<string>();
  for (let at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, at + 1)) {
    const candidate = text.slice(at, at + PREFIX.length + RANDOM_LENGTH);
    if (REFERENCE_PATTERN.test(candidate)) found.add(candidate);
  }
  return [...found];
}
