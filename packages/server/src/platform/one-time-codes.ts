import { createHash } from 'node:crypto';

/**
 * A one-time code as it is kept (core/src/accounts/one-time-code.ts): its SHA-256 salted with the
 * id of the row that holds it, so that two rows sent the same six digits keep different hashes.
 */
export const hashOneTimeCode = (id: string, code: string) => createHash('sha256').update(`${id}:${code}`).digest('hex');

/** Seals a code on its way through the outbox, so that no table holds it readable. */
export interface CodeVault {
  seal(secret: Buffer): Buffer;
  open(sealed: Buffer): Buffer;
}
