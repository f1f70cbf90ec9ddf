import argon2 from 'argon2';
import { type AccountRealm, passwordProblem } from '@motcua/core';
import { AppError, invalid } from './errors.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** The current password, typed to confirm a change to the account, was wrong. */
export const wrongCurrentPassword = (field = 'currentPassword') =>
  new AppError(400, 'wrong_password', 'Mật khẩu hiện tại không đúng.', 'The current password is wrong.', field);

/**
 * A new password the policy accepts, or a 400 on `field` that says why not: too short, too simple,
 * built on what `personal` holds (the account's username, e-mail, phone), or the `current` one again.
 */
export function assertAcceptablePassword(password: string, realm: AccountRealm, personal: ReadonlyArray<string | null>, field: string, current?: string): void {
  const problem = passwordProblem(password, realm, personal);
  if (problem) throw invalid(field, problem.vi, problem.en);
  if (password === current) throw invalid(field, 'Mật khẩu mới phải khác mật khẩu hiện tại.', 'The new password must differ from the current one.');
}
