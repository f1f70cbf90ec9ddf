import { type NotificationChannel, normaliseEmail, normalisePhone } from '@motcua/core';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, invalid } from '../../platform/errors.js';

/** Someone writing to an agency from the portal (a question, feedback), and where they are answered. */
export interface Enquirer {
  name: string;
  channel: NotificationChannel;
  /** The normalised e-mail address or mobile number, where they are answered and counted by. */
  contact: string;
  citizenId?: string | undefined;
}

/** The contact someone not signed in gave: their e-mail address if any (where an answer reads best), else their mobile. */
export function enquirerContact(body: { name: string; email?: string | undefined; phone?: string | undefined }): Enquirer {
  if (body.email !== undefined) {
    const email = normaliseEmail(body.email);
    if (!email) throw invalid('email', 'Địa chỉ thư điện tử không hợp lệ.', 'The e-mail address is not valid.');
    return { name: body.name, channel: 'email', contact: email };
  }
  if (body.phone !== undefined) {
    const phone = normalisePhone(body.phone);
    if (!phone) throw invalid('phone', 'Số điện thoại phải là số di động Việt Nam (10 chữ số, ví dụ 0912345678).', 'The phone must be a Vietnamese mobile number (10 digits, e.g. 0912345678).');
    return { name: body.name, channel: 'sms', contact: phone };
  }
  throw new AppError(400, 'contact_required', 'Hãy cho địa chỉ thư điện tử hoặc số điện thoại di động để nhận trả lời.', 'Give an e-mail address or a mobile number to receive the answer.', 'email');
}

/**
 * A contact typed back to find what one sent (an e-mail address or a mobile number in one field),
 * normalised as it was stored; null when it is neither.
 */
export function typedContact(value: string): Pick<Enquirer, 'channel' | 'contact'> | null {
  if (value.includes('@')) {
    const email = normaliseEmail(value);
    return email ? { channel: 'email', contact: email } : null;
  }
  const phone = normalisePhone(value);
  return phone ? { channel: 'sms', contact: phone } : null;
}

/** A signed-in citizen is answered on their account's e-mail address, or else its phone. */
export function citizenEnquirer(citizen: Citizen): Enquirer {
  const contact: Pick<Enquirer, 'channel' | 'contact'> | null = citizen.email ? { channel: 'email', contact: citizen.email } : citizen.phone ? { channel: 'sms', contact: citizen.phone } : null;
  if (!contact) throw new AppError(400, 'contact_required', 'Tài khoản chưa có thư điện tử hoặc số điện thoại để nhận trả lời.', 'The account has no e-mail address or phone to receive the answer.');
  return { name: citizen.fullName, citizenId: citizen.id, ...contact };
}

/** Refuses a contact the installation cannot write to, before anything is written. */
export function assertReachable(notify: ReadonlySet<NotificationChannel>, channel: NotificationChannel): void {
  if (notify.has(channel)) return;
  const [field, vi, en] =
    channel === 'email'
      ? (['email', 'Hệ thống chưa gửi được thư điện tử: hãy cho số điện thoại di động.', 'This installation sends no e-mail: give a mobile number.'] as const)
      : (['phone', 'Hệ thống chưa gửi được tin nhắn: hãy cho địa chỉ thư điện tử.', 'This installation sends no SMS: give an e-mail address.'] as const);
  throw new AppError(422, 'channel_not_configured', vi, en, field);
}
