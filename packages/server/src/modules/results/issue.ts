import { randomInt } from 'node:crypto';
import { type ProcedureDefinition, VERIFICATION_CODE_ALPHABET, VERIFICATION_CODE_LENGTH, resultDocumentName } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { type BlobStore, contentAddress, readBlob } from '../../platform/blob-store/index.js';
import { AppError } from '../../platform/errors.js';
import { type AgencyRow, findAgency } from '../agencies/index.js';
import { digitiseSignedResult } from '../digitisation/index.js';
import type { DossierRow } from '../dossiers/index.js';
import type { SignResult } from '../dossiers/index.js';
import { insertFile, readStoredFile } from '../files/index.js';
import { signingLinesAt } from '../officers/index.js';
import { dayOf } from '../papers/index.js';
import { type Signing, describeCertificate } from '../signing/index.js';
import { type SignatureStamp, renderResult, signDocument, stampUploadedResult } from './render.js';
import { fillTemplate, templateFor } from './templates.js';

export const newVerificationCode = () =>
  Array.from({ length: VERIFICATION_CODE_LENGTH }, () => VERIFICATION_CODE_ALPHABET[randomInt(VERIFICATION_CODE_ALPHABET.length)]).join('');

export interface IssuedResult {
  id: string;
  verificationCode: string;
  /** The signed PDF, stored with the dossier's files. */
  fileId: string;
  sha256: string;
}

export interface IssueContext {
  /** The approval's transaction: the result is stored with the approval or not at all. */
  db: Queryable;
  blobs: BlobStore;
  signing: Signing;
  now: Date;
}

function notAPdf(): AppError {
  return new AppError(400, 'result_not_pdf', 'Tệp kết quả phải là tệp PDF đã tải lên hệ thống.', 'The result must be an uploaded PDF file.', 'resultFileId');
}

/** Lends the dossier lifecycle the signing of approved results (app.ts wires it in). */
export const resultSigner =
  (deps: Pick<IssueContext, 'blobs' | 'signing'>): SignResult =>
  ({ db, now, actor, dossier, approvingAgencyId, definition, resultFileId }) =>
    issueSignedResult({ ...deps, db, now }, actor, dossier, approvingAgencyId, definition, resultFileId);

/** A result written and stamped, ready to be signed: what it is made from and what its signature block says. */
export interface DraftedResult {
  unsigned: Uint8Array;
  stamp: SignatureStamp;
  source: 'upload' | 'template';
  sourceFileId: string | null;
}

/**
 * The result of a dossier as a leader approves it, before its signature: the officer's PDF
 * (`resultFileId`) or the procedure's template filled with the dossier's facts, stamped with the
 * verification QR code and the signature block of the approver at the agency.
 */
export async function draftResult(
  ctx: Omit<IssueContext, 'signing'> & Pick<Signing, 'verificationUrl'>,
  actor: Actor & { kind: 'officer' },
  dossier: DossierRow,
  agency: AgencyRow,
  definition: ProcedureDefinition,
  resultFileId: string | undefined,
  signature: 'agency' | 'personal' = 'agency',
): Promise<DraftedResult> {
  const uploaded = resultFileId ? await readStoredFile(ctx.db, resultFileId) : undefined;
  if (resultFileId && uploaded?.contentType !== 'application/pdf') throw notAPdf();

  const template = uploaded ? undefined : await templateFor(ctx.db, dossier.procedure_id, definition);
  const [{ rows }, authority] = await Promise.all([
    ctx.db.query<{ title: string }>('SELECT title FROM officer_directory WHERE id = $1', [actor.officer.id]),
    signingLinesAt(ctx.db, actor.officer.id, agency),
  ]);
  const verificationCode = newVerificationCode();
  const stamp: SignatureStamp = {
    agencyName: agency.name,
    signerName: actor.officer.fullName,
    signerTitle: template?.signerTitle || rows[0]?.title || 'Thủ trưởng cơ quan',
    authority,
    signedAt: ctx.now,
    verificationCode,
    verificationUrl: ctx.verificationUrl(verificationCode),
    documentType: template?.title ?? (resultDocumentName(definition.resultDocument) || 'Kết quả giải quyết thủ tục hành chính'),
    dossierCode: dossier.code,
    signedBy: signature === 'personal' ? actor.officer.fullName : undefined,
  };
  const unsigned = uploaded
    ? await stampUploadedResult(await readBlob(ctx.blobs, uploaded.sha256), stamp)
    : await renderResult(
        fillTemplate(template!, {
          'applicant.name': dossier.applicant_name,
          'applicant.idNumber': dossier.applicant_id_number,
          'applicant.address': dossier.applicant_address,
          'dossier.code': dossier.code,
          'dossier.summary': dossier.summary,
          'dossier.receivedDate': dossier.received_at ? dayOf(dossier.received_at) : '',
          'procedure.code': definition.code,
          'procedure.name': definition.name,
          'agency.name': agency.name,
          date: dayOf(ctx.now),
        }),
        stamp,
      );
  return { unsigned, stamp, source: uploaded ? 'upload' : 'template', sourceFileId: uploaded ? resultFileId! : null };
}

/** Who signed: the agency's credential, or the approver's personal certificate (remote signing). */
export type SignedBy = { credentialId: string; certificate: Uint8Array } | { credentialId: null; certificate: Uint8Array };

/**
 * Stores a signed result with the dossier's files, records it under its verification code, makes
 * it a digitised document of the applicant and audits it, in the approval's transaction.
 */
export async function recordSignedResult(
  ctx: Pick<IssueContext, 'db' | 'blobs'>,
  actor: Actor & { kind: 'officer' },
  dossier: DossierRow,
  agencyId: string,
  drafted: DraftedResult,
  signed: { bytes: Uint8Array; pages: number; by: SignedBy },
): Promise<IssuedResult> {
  const { stamp } = drafted;
  const content = Buffer.from(signed.bytes);
  const sha256 = contentAddress(content);
  const file = await insertFile(ctx.db, ctx.blobs, actor, {
    name: `ket-qua-${dossier.code}.pdf`,
    contentType: 'application/pdf',
    size: content.length,
    sha256,
    content,
    pages: signed.pages,
  });
  const { rows: issued } = await ctx.db.query<{ id: string }>(
    `INSERT INTO signed_results (verification_code, dossier_id, agency_id, agency_name, credential_id, signer_certificate, document_type, source,
                                 source_file_id, file_id, sha256, signer_id, signer_name, signer_title, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      stamp.verificationCode,
      dossier.id,
      agencyId,
      stamp.agencyName,
      signed.by.credentialId,
      signed.by.credentialId ? null : Buffer.from(signed.by.certificate),
      stamp.documentType,
      drafted.source,
      drafted.sourceFileId,
      file.id,
      sha256,
      actor.officer.id,
      stamp.signerName,
      stamp.signerTitle,
      stamp.signedAt,
    ],
  );
  const id = issued[0]!.id;
  // A signed result is a digitised document of its applicant from the moment it exists.
  await digitiseSignedResult(ctx.db, {
    fileId: file.id,
    title: stamp.documentType,
    applicant: { type: dossier.applicant_type, idNumber: dossier.applicant_id_number, name: dossier.applicant_name },
    dossierId: dossier.id,
    signedResultId: id,
    at: stamp.signedAt,
  });
  await appendAudit(ctx.db, actor, {
    action: 'signed_result.issue',
    entityType: 'dossier',
    entityId: dossier.code,
    details: {
      verificationCode: stamp.verificationCode,
      sha256,
      fileId: file.id,
      certificate: describeCertificate(signed.by.certificate).fingerprintSha256,
      source: drafted.source,
      signer: signed.by.credentialId ? 'agency' : 'officer',
    },
  });
  return { id, verificationCode: stamp.verificationCode, fileId: file.id, sha256 };
}

/**
 * Issues the result of a dossier a leader approves, signed with the credential of the agency
 * where the approval happens. Any failure (no credential, an expired certificate, a wrong
 * password, an unreadable PDF) throws, so that the approval's transaction leaves the dossier as
 * it was.
 */
export async function issueSignedResult(
  ctx: IssueContext,
  actor: Actor & { kind: 'officer' },
  dossier: DossierRow,
  approvingAgencyId: string,
  definition: ProcedureDefinition,
  resultFileId: string | undefined,
): Promise<IssuedResult> {
  const agency = (await findAgency(ctx.db, approvingAgencyId))!;
  const credential = await ctx.signing.activeCredential(ctx.db, agency.id, ctx.now);
  const drafted = await draftResult({ ...ctx, verificationUrl: ctx.signing.verificationUrl }, actor, dossier, agency, definition, resultFileId);
  const { signed, pages } = await signDocument(drafted.unsigned, credential, drafted.stamp);
  return recordSignedResult(ctx, actor, dossier, agency.id, drafted, { bytes: signed, pages, by: { credentialId: credential.id, certificate: credential.certificate } });
}
