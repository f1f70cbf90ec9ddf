import { type ClaimRefusal, claimContact, claimRefusal, maskRecipient } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import type { Citizen } from '../../platform/citizen-authentication.js';
import { AppError, notFound } from '../../platform/errors.js';
import { DOSSIER, type DossierRow, findDossier, linkDossierToAccount } from '../dossiers/index.js';
import { type CodeRow, issueCode, takeCode, verifyCode } from './codes.js';

/**
 * A citizen claims into their account a dossier no account holds (one submitted with a helper, or
 * at a counter): they give its code, and prove they are its applicant by the one-time code sent to
 * the phone (else the e-mail address) recorded on the dossier. An identity number typed at
 * registration proves nothing (nobody checked it), so it never claims a dossier by itself.
 */

const REFUSALS: Record<ClaimRefusal, { vi: string; en: string }> = {
  already_yours: { vi: 'Hồ sơ này đã có trong tài khoản của bạn.', en: 'This dossier is already in your account.' },
  another_account: { vi: 'Hồ sơ này đã gắn với một tài khoản khác.', en: 'Another account holds this dossier.' },
  no_contact: {
    vi: 'Hồ sơ không ghi số điện thoại hay email để gửi mã xác nhận; vui lòng liên hệ Bộ phận Một cửa nơi tiếp nhận hồ sơ.',
    en: 'The dossier names no phone or e-mail to send a code to; ask the one-stop section that received it.',
  },
};

const actorOf = (citizen: Citizen, ip: string): Actor => ({ kind: 'applicant', name: citizen.fullName, ip, citizenId: citizen.id });

async function claimable(db: Queryable, citizen: Citizen, code: string): Promise<DossierRow> {
  const dossier = await findDossier(db, code.trim().toUpperCase());
  if (!dossier) throw notFound(DOSSIER);
  const refusal = claimRefusal({ citizenId: dossier.citizen_id, phone: dossier.applicant_phone, email: dossier.applicant_email }, citizen.id);
  if (refusal) throw new AppError(409, refusal === 'already_yours' ? 'already_yours' : refusal === 'another_account' ? 'dossier_claimed' : 'no_contact', REFUSALS[refusal].vi, REFUSALS[refusal].en, 'dossierCode');
  return dossier;
}

/** Sends the claim code to the phone or e-mail on the dossier; says where, masked. */
export async function requestClaimCode(ctx: AppContext, citizen: Citizen, dossierCode: string, ip: string) {
  const dossier = await claimable(ctx.db, citizen, dossierCode);
  const contact = claimContact({ phone: dossier.applicant_phone, email: dossier.applicant_email })!;
  if (!ctx.notify.has(contact.channel)) {
    throw new AppError(409, 'channel_not_configured', 'Hệ thống chưa gửi được mã đến liên lạc ghi trên hồ sơ; vui lòng liên hệ Bộ phận Một cửa.', 'This installation cannot reach the contact on the dossier; ask the one-stop section.');
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const issued = await issueCode(
      tx,
      ctx.signing.vault,
      { purpose: 'claim', channel: contact.channel, recipient: contact.recipient, dossierId: dossier.id, citizenId: citizen.id },
      { purpose: 'claim', dossierCode: dossier.code },
      { ip, now },
    );
    await appendAudit(tx, actorOf(citizen, ip), { action: 'dossier.claim_code_request', entityType: 'dossier', entityId: dossier.code, details: { channel: contact.channel, codeId: issued.id } });
    return { channel: contact.channel, recipient: maskRecipient(contact.channel, contact.recipient), expiresAt: issued.expiresAt.toISOString() };
  });
}

/** The latest claim code this citizen asked for this dossier. */
async function claimCodeRow(tx: Queryable, dossierId: string, citizenId: string): Promise<CodeRow | undefined> {
  const { rows } = await tx.query<CodeRow>(
    `SELECT * FROM dossier_codes WHERE purpose = 'claim' AND dossier_id = $1 AND citizen_id = $2 ORDER BY issued_at DESC LIMIT 1 FOR UPDATE`,
    [dossierId, citizenId],
  );
  return rows[0];
}

/** Claims the dossier with the code received: it is then the citizen's, as if submitted from their account. */
export async function confirmClaim(ctx: AppContext, citizen: Citizen, input: { dossierCode: string; code: string }, ip: string) {
  const dossier = await claimable(ctx.db, citizen, input.dossierCode);
  const now = ctx.now();
  const actor = actorOf(citizen, ip);
  const codeId = await verifyCode(ctx.db, 'claim', (tx) => claimCodeRow(tx, dossier.id, citizen.id), input.code, actor, now);
  return ctx.db.transaction(async (tx) => {
    await takeCode(tx, 'claim', codeId, now);
    if (!(await linkDossierToAccount(tx, dossier.id, citizen.id))) throw new AppError(409, 'dossier_claimed', REFUSALS.another_account.vi, REFUSALS.another_account.en, 'dossierCode');
    await appendAudit(tx, actor, { action: 'dossier.claim', entityType: 'dossier', entityId: dossier.code, details: { codeId } });
    return { code: dossier.code };
  });
}
