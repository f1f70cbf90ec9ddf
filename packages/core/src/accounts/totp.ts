/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226) as authenticator apps compute them:
 * HMAC-SHA-1, 30-second steps, six digits. The HMAC itself is the caller's (node:crypto on the
 * server), so that this stays free of I/O and platform APIs.
 */
export const TOTP = { periodSeconds: 30, digits: 6, algorithm: 'SHA1', secretBytes: 20 } as const;

/** How many steps before and after the current one a code may come from: a phone's clock a little off, a code typed as it changed. */
export const TOTP_DRIFT_STEPS = 1;

export type HmacSha1 = (key: Uint8Array, message: Uint8Array) => Uint8Array;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding, as otpauth URIs carry secrets. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return output;
}

/** Reads base32 in any case, with or without padding and spaces; null for anything else. */
export function base32Decode(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

/** The step an instant falls in. */
export const totpStep = (at: Date) => Math.floor(at.getTime() / 1000 / TOTP.periodSeconds);

/** HOTP (RFC 4226): the HMAC of the 8-byte big-endian counter, dynamically truncated to `digits` digits. */
export function hotp(hmac: HmacSha1, secret: Uint8Array, counter: number, digits: number = TOTP.digits): string {
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const digest = hmac(secret, message);
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = ((digest[offset]! & 0x7f) << 24) | (digest[offset + 1]! << 16) | (digest[offset + 2]! << 8) | digest[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator shows at an instant. */
export const totp = (hmac: HmacSha1, secret: Uint8Array, at: Date, digits: number = TOTP.digits) => hotp(hmac, secret, totpStep(at), digits);

/**
 * The step a typed code belongs to, within the drift allowed around `at` and after `lastUsedStep`
 * (a code, once accepted, cannot be replayed, nor one older than it); null when it matches none.
 * `equal` compares in constant time.
 */
export function matchingTotpStep(
  hmac: HmacSha1,
  secret: Uint8Array,
  typed: string,
  at: Date,
  lastUsedStep: number | null,
  equal: (a: string, b: string) => boolean,
): number | null {
  const code = typed.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(at);
  let found: number | null = null;
  // Every step in the window is computed, whatever matches, so that the time taken says nothing.
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    if (equal(hotp(hmac, secret, step), code) && (lastUsedStep === null || step > lastUsedStep) && found === null) found = step;
  }
  return found;
}

/** The otpauth:// URI authenticator apps read from a QR code (Google Authenticator's key URI format). */
export function otpauthUri(issuer: string, account: string, secret: Uint8Array): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret: base32Encode(secret), issuer, algorithm: TOTP.algorithm, digits: String(TOTP.digits), period: String(TOTP.periodSeconds) });
  return `otpauth://totp/${label}?${query.toString()}`;
}

/** Recovery codes shown once when two-factor sign-in is turned on; each works once instead of a code from the app. */
export const RECOVERY_CODE_COUNT = 10;

/** `ABCDE-FGHIJ` from 50 random bits (7 bytes, 56 bits read, 50 kept): easy to copy, hopeless to guess. */
export function formatRecoveryCode(randomBytes: Uint8Array): string {
  const text = base32Encode(randomBytes).slice(0, 10);
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/** A recovery code as typed (any case, with or without the dash and spaces), as it is compared. */
export const typedRecoveryCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

/** Whether what was typed looks like a recovery code rather than an app's six digits. */
export const isRecoveryCodeShape = (typed: string) => /^[A-Z2-7]{10}$/.test(typedRecoveryCode(typed));
