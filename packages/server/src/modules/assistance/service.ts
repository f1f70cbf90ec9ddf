import { type Assistance, normalisePhone } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { assistancePointIds } from '../../platform/policies.js';
import { authorize } from '../../platform/rule-book.js';
import { findAgency } from '../agencies/index.js';
import { type CreatedDossier, type NewDossierInput, submitOnline } from '../dossiers/index.js';
import { PROCEDURE, findCurrentVersion } from '../procedures/index.js';
import { type CodeRow, issueCode, takeCode, verifyCode } from './codes.js';

type OfficerActor = Actor & { kind: 'officer' };

/** How the citizen present consented: the code sent to their phone, which they read out, or their signed consent scanned. */
export type Consent = { kind: 'code'; consentId: string; code: string } | { kind: 'scan'; fileId: string };

/**
 * The point the officer helps at: the one named, which must be theirs (403 otherwise), or their
 * only one. Its name is what the dossier shows of where the help came from.
 */
async function pointOf(db: Queryable, officer: AuthenticatedOfficer, requested: string | undefined): Promise<{ id: string; name: string }> {
  const points = assistancePointIds(officer);
  const pointId = requested ?? (points.length === 1 ? points[0]! : undefined);
  if (pointId === undefined) {
    if (points.length === 0) authorize(officer, 'assist-submission', '');
    throw new AppError(400, 'point_required', 'Vui lòng chọn điểm hỗ trợ nơi bạn đang làm việc.', 'Choose the point you are helping at.', 'pointAgencyId');
  }
  authorize(officer, 'assist-submission', pointId);
  const agency = await findAgency(db, pointId);
  if (!agency) throw notFound({ vi: 'điểm hỗ trợ', en: 'Assistance point' });
  const helps = officer.grants.some((grant) => grant.agencyId === pointId && grant.role === 'assisting_helper');
  return { id: pointId, name: `${helps ? 'Điểm hỗ trợ dịch vụ công' : 'Bộ phận Một cửa'}, ${agency.name}` };
}

const citizenPhone = (raw: string, field: string) => {
  const phone = normalisePhone(raw);
  if (phone === null) throw invalid(field, 'Số điện thoại di động không hợp lệ (ví dụ 0912345678).', 'Not a Vietnamese mobile number (e.g. 0912345678).');
  return phone;
};

/**
 * Sends a consent code to the phone of the citizen present, for one procedure: the helper asks it,
 * the citizen reads the code out if they agree. Refused when the installation sends no SMS (the
 * helper then scans a signed consent) and after three codes to that phone in an hour.
 */
export async function requestConsentCode(ctx: AppContext, actor: OfficerActor, input: { phone: string; procedureCode: string; pointAgencyId?: string | undefined }) {
  const point = await pointOf(ctx.db, actor.officer, input.pointAgencyId);
  const phone = citizenPhone(input.phone, 'phone');
  const procedure = await findCurrentVersion(ctx.db, input.procedureCode, ctx.now());
  if (!procedure) throw notFound(PROCEDURE);
  if (!ctx.notify.has('sms')) {
    throw new AppError(
      409,
      'sms_not_configured',
      'Hệ thống chưa gửi được tin nhắn SMS: hãy dùng giấy đồng ý có chữ ký của người nộp và tải bản quét lên.',
      'This installation sends no SMS: upload a scan of the consent the applicant signed instead.',
      'phone',
    );
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const issued = await issueCode(
      tx,
      ctx.signing.vault,
      { purpose: 'consent', channel: 'sms', recipient: phone, procedureCode: procedure.definition.code, officerId: actor.officer.id },
      { purpose: 'consent', procedureName: procedure.definition.name, pointName: point.name },
      { ip: actor.ip, now },
    );
    await appendAudit(tx, actor, {
      action: 'assistance.consent_code_request',
      entityType: 'dossier_code',
      entityId: issued.id,
      details: { procedureCode: procedure.definition.code, pointAgencyId: point.id },
    });
    return { consentId: issued.id, expiresAt: issued.expiresAt.toISOString() };
  });
}

/** The consent code asked for this submission: by this helper, to the applicant's phone, for this procedure. */
async function consentCodeRow(tx: Queryable, id: string, officerId: string, phone: string, procedureCode: string): Promise<CodeRow | undefined> {
  const { rows } = await tx.query<CodeRow>(
    `SELECT * FROM dossier_codes WHERE id = $1 AND purpose = 'consent' AND officer_id = $2 AND recipient = $3 AND procedure_code = $4 FOR UPDATE`,
    [id, officerId, phone, procedureCode],
  );
  return rows[0];
}

/**
 * Submits a dossier online for the citizen present, as they would themselves (the files uploaded
 * like an applicant's, with their tokens), with their consent: the code sent to their phone, used
 * once, or their signed consent scanned, which the dossier keeps. The dossier records who helped
 * and at which point; everything is written at once, and a submission refused leaves the code
 * unused. A wrong code is counted and refused.
 */
export async function submitAssisted(
  ctx: AppContext,
  actor: OfficerActor,
  input: NewDossierInput & { uploadTokens?: string[] | undefined; pointAgencyId?: string | undefined; consent: Consent },
): Promise<CreatedDossier & { assistance: Assistance }> {
  const { consent, pointAgencyId, ...submission } = input;
  const point = await pointOf(ctx.db, actor.officer, pointAgencyId);
  const phone = consent.kind === 'code' ? citizenPhone(submission.applicant.phone ?? '', 'applicant.phone') : undefined;
  const now = ctx.now();
  // Read before the transaction: on PGlite's one connection, a read outside it would wait for it to end.
  const calendar = await ctx.calendar.current();
  const procedure = await findCurrentVersion(ctx.db, submission.procedureCode, now);
  if (!procedure) throw notFound(PROCEDURE);
  const codeId =
    consent.kind === 'code'
      ? await verifyCode(ctx.db, 'consent', (tx) => consentCodeRow(tx, consent.consentId, actor.officer.id, phone!, procedure.definition.code), consent.code, actor, now)
      : null;
  return ctx.db.transaction(async (tx) => {
    if (codeId) await takeCode(tx, 'consent', codeId, now);
    const inTransaction = { ...ctx, db: tx, calendar: { ...ctx.calendar, current: () => Promise.resolve(calendar) } };
    const withScan = consent.kind === 'scan' ? { ...submission, attachmentIds: [...(submission.attachmentIds ?? []), consent.fileId] } : submission;
    const created = await submitOnline(inTransaction, actor.ip, { ...withScan, applicant: { ...withScan.applicant, ...(phone ? { phone } : {}) } });
    const assistance: Assistance = { helperName: actor.officer.fullName, pointName: point.name };
    await tx.query(
      `INSERT INTO dossier_assistance (dossier_id, helper_officer_id, helper_name, point_agency_id, point_name, consent_kind, consent_code_id, consent_file_id, consented_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [created.id, actor.officer.id, assistance.helperName, point.id, point.name, consent.kind, codeId, consent.kind === 'scan' ? consent.fileId : null, now],
    );
    await appendAudit(tx, actor, {
      action: 'assistance.consent',
      entityType: 'dossier',
      entityId: created.code,
      details: { consentKind: consent.kind, ...(codeId ? { consentCodeId: codeId } : { consentFileId: (consent as { fileId: string }).fileId }), pointAgencyId: point.id },
    });
    return { ...created, assistance };
  });
}
