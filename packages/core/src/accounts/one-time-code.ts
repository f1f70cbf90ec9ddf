import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';

/**
 * One-time codes that prove a citizen holds the e-mail address or phone their account names
 * (to reset a forgotten password): six digits, short-lived, tried a few times, used once.
 */
export const ONE_TIME_CODE_RULES = {
  digits: 6,
  lifetimeMinutes: 15,
  /** Wrong guesses before the code is spent: 5 in 1,000,000. */
  maxAttempts: 5,
  /** Codes sent to one account in an hour: more would make the portal a tool to flood someone's phone. */
  maxPerAccountPerHour: 3,
} as const;

/** Six digits from a source of uniform random integers below a bound (crypto.randomInt on the server). */
export function newOneTimeCode(randomBelow: (bound: number) => number): string {
  return String(randomBelow(10 ** ONE_TIME_CODE_RULES.digits)).padStart(ONE_TIME_CODE_RULES.digits, '0');
}

/** What a citizen typed, as codes are compared: the digits only (`123 456`, `123-456`). */
export const typedOneTimeCode = (typed: string) => typed.replace(/[\s-]/g, '');

export interface IssuedCode {
  issuedAt: Date;
  usedAt: Date | null;
  attempts: number;
}

export type CodeState = 'usable' | 'used' | 'expired' | 'exhausted';

export const codeExpiresAt = (issuedAt: Date) => new Date(issuedAt.getTime() + ONE_TIME_CODE_RULES.lifetimeMinutes * 60_000);

/** Whether a code may still be tried: not used, not expired, guesses left. */
export function codeState(code: IssuedCode, now: Date): CodeState {
  if (code.usedAt) return 'used';
  if (now >= codeExpiresAt(code.issuedAt)) return 'expired';
  if (code.attempts >= ONE_TIME_CODE_RULES.maxAttempts) return 'exhausted';
  return 'usable';
}

/** Whether another code may be sent to an account that was sent codes at these instants. */
export function mayIssueCode(issuedAt: readonly Date[], now: Date): boolean {
  const hourAgo = now.getTime() - 3_600_000;
  return issuedAt.filter((at) => at.getTime() > hourAgo).length < ONE_TIME_CODE_RULES.maxPerAccountPerHour;
}

/** The message carrying a password reset code: Vietnamese first, English after it by e-mail; Vietnamese only by SMS. */
export function renderPasswordResetCode(facts: { code: string; name: string; resetUrl: string }, channel: NotificationChannel): RenderedNotice {
  const minutes = ONE_TIME_CODE_RULES.lifetimeMinutes;
  if (channel === 'sms') {
    return { subject: '', text: `Mã đặt lại mật khẩu Dịch vụ công: ${facts.code}, hiệu lực ${minutes} phút. Không chia sẻ mã này cho bất kỳ ai.`.normalize('NFC') };
  }
  const vi = [
    `Kính gửi ${facts.name},`,
    '',
    `Mã đặt lại mật khẩu tài khoản Dịch vụ công của ông/bà là: ${facts.code}`,
    `Mã có hiệu lực trong ${minutes} phút và chỉ dùng được một lần. Nhập mã tại: ${facts.resetUrl}`,
    'Không chia sẻ mã này cho bất kỳ ai, kể cả cán bộ. Nếu ông/bà không yêu cầu đặt lại mật khẩu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.',
  ];
  const en = [
    `Dear ${facts.name},`,
    '',
    `The code to reset the password of your public services account is: ${facts.code}`,
    `It is valid for ${minutes} minutes and works once. Enter it at: ${facts.resetUrl}`,
    'Never share this code with anyone, officers included. If you did not ask to reset your password, ignore this message: your password stays as it is.',
  ];
  return {
    subject: `Mã đặt lại mật khẩu: ${facts.code} / Password reset code`.normalize('NFC'),
    text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC'),
  };
}
