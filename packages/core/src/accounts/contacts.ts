import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';
import { ONE_TIME_CODE_RULES } from './one-time-code.js';

/**
 * A citizen's contacts, verified or not. A contact is verified once the citizen typed a code sent
 * to it: only then may a password reset code go there, since a mistyped address or someone else's
 * number would hand the account to whoever holds it.
 */
export interface AccountContacts {
  email: string | null;
  phone: string | null;
  emailVerified: boolean;
  phoneVerified: boolean;
}

/** What a one-time code sent to a citizen's contact proves. */
export type CitizenCodePurpose = 'password_reset' | 'contact_verification';

/** The account's contact a channel reaches, and whether it is verified; null when the account has none there. */
export function contactOn(account: AccountContacts, channel: NotificationChannel): { recipient: string; verified: boolean } | null {
  const recipient = channel === 'email' ? account.email : account.phone;
  if (recipient === null) return null;
  return { recipient, verified: channel === 'email' ? account.emailVerified : account.phoneVerified };
}

/** The contacts still to verify, e-mail first: where a new account's verification codes go. */
export function contactsToVerify(account: AccountContacts): NotificationChannel[] {
  return (['email', 'sms'] as const).filter((channel) => contactOn(account, channel)?.verified === false);
}

/** Whether a reset code may go to the contact a login names: only to a verified one. */
export function resetCodeRefusal(account: AccountContacts, channel: NotificationChannel): 'contact_not_verified' | null {
  return contactOn(account, channel)?.verified ? null : 'contact_not_verified';
}

/** The message carrying a contact's verification code: Vietnamese first, English after it by e-mail; Vietnamese only by SMS. */
export function renderContactVerificationCode(facts: { code: string; name: string; verifyUrl: string }, channel: NotificationChannel): RenderedNotice {
  const minutes = ONE_TIME_CODE_RULES.lifetimeMinutes;
  if (channel === 'sms') {
    return { subject: '', text: `Mã xác nhận số điện thoại tài khoản Dịch vụ công: ${facts.code}, hiệu lực ${minutes} phút. Không chia sẻ mã này cho bất kỳ ai.`.normalize('NFC') };
  }
  const vi = [
    `Kính gửi ${facts.name},`,
    '',
    `Mã xác nhận thư điện tử của tài khoản Dịch vụ công của ông/bà là: ${facts.code}`,
    `Mã có hiệu lực trong ${minutes} phút và chỉ dùng được một lần. Nhập mã tại: ${facts.verifyUrl}`,
    'Khi đã xác nhận, ông/bà có thể nhận mã đặt lại mật khẩu qua thư điện tử này. Nếu ông/bà không đăng ký tài khoản, hãy bỏ qua thư này.',
  ];
  const en = [
    `Dear ${facts.name},`,
    '',
    `The code to confirm the e-mail address of your public services account is: ${facts.code}`,
    `It is valid for ${minutes} minutes and works once. Enter it at: ${facts.verifyUrl}`,
    'Once confirmed, this address can receive password reset codes. If you did not register, ignore this message.',
  ];
  return {
    subject: `Mã xác nhận thư điện tử: ${facts.code} / E-mail confirmation code`.normalize('NFC'),
    text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC'),
  };
}
