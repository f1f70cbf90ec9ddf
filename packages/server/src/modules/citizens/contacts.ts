import { type NotificationChannel, contactOn, contactsToVerify } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';
import { type Citizen, type CitizenRow, actorOfCitizen as actorOf, citizenColumns, citizenView } from '../../platform/citizen-authentication.js';
import { AppError } from '../../platform/errors.js';
import { type CodeVault, tooManyCodes, wrongOneTimeCode } from '../../platform/one-time-codes.js';
import { checkCitizenCode, issueCitizenCode } from './codes.js';

/**
 * A citizen's e-mail address and phone verified: a code goes to each contact when the account is
 * registered, and on request; the signed-in citizen types it. Only a verified contact receives
 * password reset codes (passwords.ts).
 */

const VERIFIED_COLUMN = { email: 'email_verified_at', sms: 'phone_verified_at' } as const satisfies Record<NotificationChannel, string>;

/** Sends a code to each of a new account's contacts, in the registration's transaction; each outcome audited. */
export async function sendVerificationCodes(tx: Queryable, vault: CodeVault, channels: ReadonlySet<NotificationChannel>, citizen: Citizen, at: { ip: string; now: Date }): Promise<void> {
  for (const channel of contactsToVerify(citizen)) {
    const { outcome } = await issueCitizenCode(tx, vault, channels, { citizenId: citizen.id, purpose: 'contact_verification', channel }, at);
    await appendAudit(tx, actorOf(citizen, at.ip), { action: 'citizen.contact_verification_request', entityType: 'citizen', entityId: citizen.id, details: { channel, outcome } });
  }
}

/** A contact as the refusals name it. */
const CONTACT_WORDS = { email: { vi: 'thư điện tử', en: 'e-mail address' }, sms: { vi: 'số điện thoại', en: 'phone number' } } as const satisfies Record<NotificationChannel, object>;

/** The contact a channel names on the account, which must be there and not verified yet. */
function contactToVerify(citizen: Citizen, channel: NotificationChannel) {
  const contact = contactOn(citizen, channel);
  const words = CONTACT_WORDS[channel];
  if (!contact) throw new AppError(400, 'no_such_contact', `Tài khoản chưa có ${words.vi}.`, `The account has no ${words.en}.`, 'channel');
  if (contact.verified) {
    throw new AppError(409, 'contact_already_verified', `Tài khoản đã xác nhận ${words.vi} này.`, `The account’s ${words.en} is already confirmed.`, 'channel');
  }
  return contact;
}

const REFUSED_ISSUE = {
  too_many_codes: tooManyCodes,
  channel_not_configured: () =>
    new AppError(
      503,
      'channel_not_configured',
      'Hệ thống hiện chưa gửi được mã qua kênh này. Vui lòng thử lại sau hoặc liên hệ bộ phận một cửa.',
      'The service cannot send codes this way at the moment. Try again later or contact the one-stop section.',
    ),
};

/** Sends the signed-in citizen a new code for a contact not yet verified: 429 past three an hour. */
export async function requestVerificationCode(
  db: Database,
  vault: CodeVault,
  channels: ReadonlySet<NotificationChannel>,
  citizen: Citizen,
  channel: NotificationChannel,
  at: { ip: string; now: Date },
): Promise<{ channel: NotificationChannel; expiresAt: Date }> {
  contactToVerify(citizen, channel);
  const { outcome, expiresAt } = await db.transaction(async (tx) => {
    const issued = await issueCitizenCode(tx, vault, channels, { citizenId: citizen.id, purpose: 'contact_verification', channel }, at);
    await appendAudit(tx, actorOf(citizen, at.ip), { action: 'citizen.contact_verification_request', entityType: 'citizen', entityId: citizen.id, details: { channel, outcome: issued.outcome } });
    return issued;
  });
  if (outcome !== 'sent') throw REFUSED_ISSUE[outcome]();
  return { channel, expiresAt };
}

const wrongCode = () => wrongOneTimeCode('verification_code_invalid', 'code');

/**
 * Verifies a contact of the signed-in citizen with the latest code sent to it: once, for fifteen
 * minutes, until five wrong guesses (each counted and audited). The account as it now is.
 */
export async function verifyContact(db: Database, citizen: Citizen, input: { channel: NotificationChannel; code: string }, at: { ip: string; now: Date }): Promise<Citizen> {
  contactToVerify(citizen, input.channel);
  const verified = await db.transaction(async (tx) => {
    const check = await checkCitizenCode(tx, { citizenId: citizen.id, purpose: 'contact_verification', channel: input.channel }, input.code, at.now);
    if (check.kind === 'wrong') {
      await appendAudit(tx, actorOf(citizen, at.ip), {
        action: 'citizen.contact_verification_wrong_code',
        entityType: 'citizen',
        entityId: citizen.id,
        details: { channel: input.channel, attempt: check.attempt },
      });
    }
    if (check.kind !== 'right') return null;
    const { rows } = await tx.query<CitizenRow>(`UPDATE citizens SET ${VERIFIED_COLUMN[input.channel]} = $2 WHERE id = $1 RETURNING ${citizenColumns()}`, [citizen.id, at.now]);
    await appendAudit(tx, actorOf(citizen, at.ip), { action: 'citizen.contact_verified', entityType: 'citizen', entityId: citizen.id, details: { channel: input.channel } });
    return citizenView(rows[0]!);
  });
  if (!verified) throw wrongCode();
  return verified;
}
