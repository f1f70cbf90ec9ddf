/** What a new password must be, for citizens and officers alike; the server checks it, forms say it early. */

type Bilingual = { vi: string; en: string };

export const PASSWORD_RULES = {
  /** Citizens type theirs on a phone; officers' accounts reach every dossier of their agency. */
  minLength: { citizen: 8, officer: 10 },
  maxLength: 200,
} as const;

export type AccountRealm = keyof typeof PASSWORD_RULES.minLength;

/**
 * Why a new password will not do, or null. `personal` holds what an attacker tries first: the
 * username, e-mail address or phone number of the account (compared without case).
 */
export function passwordProblem(password: string, realm: AccountRealm, personal: ReadonlyArray<string | null> = []): Bilingual | null {
  const length = Array.from(password).length;
  const minLength = PASSWORD_RULES.minLength[realm];
  if (length < minLength) return { vi: `Mật khẩu cần ít nhất ${minLength} ký tự.`, en: `The password needs at least ${minLength} characters.` };
  if (length > PASSWORD_RULES.maxLength) {
    return { vi: `Mật khẩu dài tối đa ${PASSWORD_RULES.maxLength} ký tự.`, en: `The password may have at most ${PASSWORD_RULES.maxLength} characters.` };
  }
  if (new Set(password).size < 4) return { vi: 'Mật khẩu quá đơn giản: cần ít nhất 4 ký tự khác nhau.', en: 'The password is too simple: use at least 4 different characters.' };
  const lower = password.toLowerCase();
  const mentioned = personal.filter((value): value is string => !!value && value.length >= 4).find((value) => lower.includes(value.toLowerCase()));
  if (mentioned) {
    return { vi: 'Mật khẩu không được chứa tên đăng nhập, email hay số điện thoại của tài khoản.', en: 'The password must not contain the account’s username, e-mail address or phone number.' };
  }
  return null;
}
