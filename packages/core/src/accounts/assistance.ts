import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';
import { ONE_TIME_CODE_RULES } from './one-time-code.js';

/**
 * Assisted submission: an officer, or a helper of an assisted-digital point (điểm hỗ trợ dịch vụ
 * công, khu dân cư điện tử), submits a dossier for a citizen who is present. The citizen consents
 * by reading out a one-time code sent to their own phone (the one-time code rules of
 * one-time-code.ts), or by a signed consent form the helper scans. Later the citizen may claim
 * the dossier into their own account, proving they hold the phone or e-mail on the dossier.
 */
export const CONSENT_KINDS = ['code', 'scan'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_KIND_LABELS: Record<ConsentKind, { vi: string; en: string }> = {
  code: { vi: 'Mã xác nhận gửi đến điện thoại của người nộp', en: "Confirmation code sent to the applicant's phone" },
  scan: { vi: 'Bản quét giấy đồng ý có chữ ký của người nộp', en: "Scan of the consent signed by the applicant" },
};

/** Who helped, as the dossier shows it to anyone who may read it: the helper's name and their point, nothing else of them. */
export interface Assistance {
  helperName: string;
  pointName: string;
}

/** "Nộp với sự hỗ trợ của …": the line the dossier, the citizen's view and the tracking page show. */
export function assistanceLine(assistance: Assistance): { vi: string; en: string } {
  const name = assistance.helperName.normalize('NFC').trim();
  const point = assistance.pointName.normalize('NFC').trim();
  return {
    vi: `Nộp với sự hỗ trợ của ${name} (${point})`,
    en: `Submitted with the help of ${name} (${point})`,
  };
}

/** The message carrying a consent code: by SMS in Vietnamese only; by e-mail Vietnamese then English. */
export function renderConsentCode(facts: { code: string; procedureName: string; pointName: string }, channel: NotificationChannel): RenderedNotice {
  const minutes = ONE_TIME_CODE_RULES.lifetimeMinutes;
  const vi = `Mã đồng ý nộp hồ sơ "${facts.procedureName}" tại ${facts.pointName}: ${facts.code}, hiệu lực ${minutes} phút. Chỉ đọc mã cho người hỗ trợ nếu ông/bà đồng ý nộp hồ sơ này.`;
  if (channel === 'sms') return { subject: '', text: vi.normalize('NFC') };
  const en = `Code to consent to submitting "${facts.procedureName}" at ${facts.pointName}: ${facts.code}, valid for ${minutes} minutes. Read it out to the helper only if you agree to this submission.`;
  return { subject: `Mã đồng ý nộp hồ sơ: ${facts.code} / Consent code`.normalize('NFC'), text: [vi, '', '— English —', '', en].join('\n').normalize('NFC') };
}

/** The message carrying the code that claims a dossier into an account. */
export function renderClaimCode(facts: { code: string; dossierCode: string }, channel: NotificationChannel): RenderedNotice {
  const minutes = ONE_TIME_CODE_RULES.lifetimeMinutes;
  const vi = `Mã nhận hồ sơ ${facts.dossierCode} vào tài khoản Dịch vụ công: ${facts.code}, hiệu lực ${minutes} phút. Không chia sẻ mã này cho bất kỳ ai.`;
  if (channel === 'sms') return { subject: '', text: vi.normalize('NFC') };
  const en = `Code to add dossier ${facts.dossierCode} to your public services account: ${facts.code}, valid for ${minutes} minutes. Never share it with anyone.`;
  return { subject: `Mã nhận hồ sơ ${facts.dossierCode}: ${facts.code} / Dossier claim code`.normalize('NFC'), text: [vi, '', '— English —', '', en].join('\n').normalize('NFC') };
}

/** Where a claim code goes: the phone recorded on the dossier, else its e-mail address; null when it names neither. */
export function claimContact(dossier: { phone: string; email: string }): { channel: NotificationChannel; recipient: string } | null {
  if (dossier.phone.trim()) return { channel: 'sms', recipient: dossier.phone.trim() };
  if (dossier.email.trim()) return { channel: 'email', recipient: dossier.email.trim() };
  return null;
}

/** A phone or address shown only enough to recognise it: 09******78, n***@example.vn. */
export function maskRecipient(channel: NotificationChannel, recipient: string): string {
  if (channel === 'sms') return recipient.length <= 4 ? '*'.repeat(recipient.length) : `${recipient.slice(0, 2)}${'*'.repeat(recipient.length - 4)}${recipient.slice(-2)}`;
  const at = recipient.indexOf('@');
  if (at <= 0) return '*'.repeat(recipient.length);
  return `${recipient[0]}***${recipient.slice(at)}`;
}

export type ClaimRefusal = 'already_yours' | 'another_account' | 'no_contact';

/**
 * Whether an account may claim a dossier: only one no account holds, which names a phone or an
 * e-mail address to send the code to. A self-declared identity number proves nothing (anyone can
 * type someone else's at registration), so it never claims a dossier by itself.
 */
export function claimRefusal(dossier: { citizenId: string | null; phone: string; email: string }, citizenId: string): ClaimRefusal | null {
  if (dossier.citizenId === citizenId) return 'already_yours';
  if (dossier.citizenId !== null) return 'another_account';
  return claimContact(dossier) ? null : 'no_contact';
}
