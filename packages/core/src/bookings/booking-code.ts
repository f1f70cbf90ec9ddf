import { VERIFICATION_CODE_ALPHABET } from '../codes/verification-code.js';

/**
 * A booking's code, typed at the kiosk and given with a contact to see, cancel or move the booking:
 * eight characters of the alphabet without 0/O or 1/I (40 bits), as it is read out and typed.
 */
export const BOOKING_CODE_LENGTH = 8;

/** A code as a citizen types it: small letters, spaces or dashes. */
export const normaliseBookingCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const isBookingCode = (code: string) =>
  code.length === BOOKING_CODE_LENGTH && [...code].every((char) => VERIFICATION_CODE_ALPHABET.includes(char));

/** A code from random bytes (one per character; each byte picks from the 32 letters and digits). */
export function bookingCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < BOOKING_CODE_LENGTH) throw new RangeError(`${BOOKING_CODE_LENGTH} random bytes are needed`);
  return [...randomBytes.slice(0, BOOKING_CODE_LENGTH)].map((byte) => VERIFICATION_CODE_ALPHABET[byte % VERIFICATION_CODE_ALPHABET.length]).join('');
}

/** The portal page where a booking is seen, moved or cancelled: its notices point there. */
export const bookingPath = (code: string) => `/dat-lich/${encodeURIComponent(code)}`;
