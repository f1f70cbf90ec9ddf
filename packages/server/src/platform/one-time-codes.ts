import { createHash } from 'node:crypto';
import { AppError } from './errors.js';

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

/** A fourth code asked for within the hour (core's mayIssueCode said no). */
export const tooManyCodes = () =>
  new AppError(
    429,
    'too_many_codes',
    'Đã gửi đủ 3 mã trong một giờ qua. Vui lòng dùng mã đã nhận hoặc thử lại sau.',
    'Three codes were sent this past hour. Use the one received or try again later.',
  );

/** A code typed wrong, or one used, expired or out of guesses: one answer for all of them. */
export const wrongOneTimeCode = (code: string, field: string) =>
  new AppError(400, code, 'Mã xác nhận không đúng, đã dùng hoặc đã hết hạn. Vui lòng kiểm tra lại hoặc yêu cầu mã mới.', 'The code is wrong, used or expired. Check it or ask for a new one.', field);
