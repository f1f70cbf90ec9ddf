import { createHash } from 'node:crypto';
import { maskApplicantName } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { lineage } from '../agencies/index.js';
import { findDossierAtStep } from '../dossiers/index.js';
import { DOSSIER, assertOfficerSees } from '../dossiers/index.js';
import { iso } from '../../platform/instants.js';
import { type FileRecord, readStoredFile } from '../files/index.js';
import { inspectPdfSignature } from '../signing/index.js';
import { describeCertificate } from '../signing/index.js';
import { isVerificationCode, normaliseVerificationCode } from '@motcua/core';
import { authorize, may } from '../../platform/rule-book.js';

/**
 * Signed results once issued: what a dossier's officers see of them, their revocation, and the
 * public check that anyone holding a result (or its code) can make.
 */

export const SIGNED_RESULT = { vi: 'văn bản kết quả với mã xác thực này', en: 'Signed result' };

interface SignedResultRow {
  id: string;
  verification_code: string;
  dossier_id: string;
  dossier_code: string;
  procedure_code: string;
  procedure_name: string;
  applicant_type: 'citizen' | 'organisation';
  applicant_name: string;
  agency_id: string;
  agency_code: string;
  agency_name: string;
  document_type: string;
  source: 'template' | 'upload';
  file_id: string;
  sha256: string;
  signer_name: string;
  signer_title: string;
  signed_at: Date;
  revoked_at: Date | null;
  revocation_reason: string | null;
  certificate: Uint8Array;
}

const SELECT_RESULTS = `
  SELECT r.id, r.verification_code, r.dossier_id, d.code AS dossier_code, p.code AS procedure_code, p.name AS procedure_name,
         d.applicant_type, d.applicant_name, r.agency_id, a.code AS agency_code, r.agency_name, r.document_type, r.source, r.file_id,
         r.sha256, r.signer_name, r.signer_title, r.signed_at, r.revoked_at, r.revocation_reason, coalesce(r.signer_certificate, c.certificate) AS certificate
    FROM signed_results r
    JOIN dossier_facts d ON d.id = r.dossier_id
    JOIN procedure_catalogue p ON p.id = d.procedure_id
    JOIN agency_directory a ON a.id = r.agency_id
    LEFT JOIN signing_credential_facts c ON c.id = r.credential_id`;

async function findByCode(db: Queryable, code: string): Promise<SignedResultRow | undefined> {
  const normalised = normaliseVerificationCode(code);
  if (!isVerificationCode(normalised)) return undefined;
  const { rows } = await db.query<SignedResultRow>(`${SELECT_RESULTS} WHERE r.verification_code = $1`, [normalised]);
  return rows[0];
}

const certificateView = (der: Uint8Array) => {
  const facts = describeCertificate(der);
  return {
    subject: facts.subject,
    issuer: facts.issuer,
    serialNumber: facts.serialNumber,
    notBefore: facts.notBefore.toISOString(),
    notAfter: facts.notAfter.toISOString(),
    fingerprintSha256: facts.fingerprintSha256,
  };
};

const revocationOf = (row: SignedResultRow) => (row.revoked_at ? { at: iso(row.revoked_at)!, reason: row.revocation_reason ?? '' } : null);

async function resultsOfDossier(db: Queryable, dossierId: string): Promise<SignedResultRow[]> {
  const { rows } = await db.query<SignedResultRow>(`${SELECT_RESULTS} WHERE r.dossier_id = $1 ORDER BY r.signed_at`, [dossierId]);
  return rows;
}

/** What the applicant sees of a result: what it is, who issued it and when, whether it still stands. */
const applicantView = (row: SignedResultRow) => ({
  verificationCode: row.verification_code,
  documentType: row.document_type,
  agencyName: row.agency_name,
  signedAt: iso(row.signed_at)!,
  revoked: revocationOf(row),
});

/** What an officer of the dossier sees of its signed results, and whether they may revoke each. */
export async function listDossierResults(db: Queryable, actor: Actor & { kind: 'officer' }, code: string) {
  const found = await findDossierAtStep(db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(actor.officer, found);
  const rows = await resultsOfDossier(db, found.dossier.id);
  const lineages = new Map(await Promise.all([...new Set(rows.map((row) => row.agency_id))].map(async (id) => [id, await lineage(db, id)] as const)));
  return rows.map((row) => ({
    ...applicantView(row),
    source: row.source,
    signer: { name: row.signer_name, title: row.signer_title },
    fileId: row.file_id,
    sha256: row.sha256,
    canRevoke: row.revoked_at === null && may(actor.officer, 'revoke-result', lineages.get(row.agency_id)!),
  }));
}

/** The signed results of a dossier as its applicant sees them (the caller has checked the dossier is theirs). */
export async function applicantResults(db: Queryable, dossierId: string) {
  return (await resultsOfDossier(db, dossierId)).map(applicantView);
}

/** The signed PDF of one of a dossier's results, for its applicant (the caller has checked the dossier is theirs). */
export async function applicantResultFile(db: Queryable, dossierId: string, code: string): Promise<FileRecord> {
  const row = await findByCode(db, code);
  const file = row?.dossier_id === dossierId ? await readStoredFile(db, row.file_id) : undefined;
  if (!file) throw notFound(SIGNED_RESULT);
  return file;
}

/** A leader of the issuing agency (or an administrator above it) withdraws a result, with the reason, for everyone who checks it. */
export async function revokeResult(ctx: { db: Database; now: () => Date }, actor: Actor & { kind: 'officer' }, code: string, reason: string) {
  const row = await findByCode(ctx.db, code);
  if (!row) throw notFound(SIGNED_RESULT);
  authorize(actor.officer, 'revoke-result', await lineage(ctx.db, row.agency_id));
  const at = ctx.now();
  const text = reason.normalize('NFC').trim();
  await ctx.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      'UPDATE signed_results SET revoked_at = $2, revoked_by = $3, revocation_reason = $4 WHERE id = $1 AND revoked_at IS NULL',
      [row.id, at, actor.officer.id, text],
    );
    if (rowCount === 0) {
      throw new AppError(409, 'already_revoked', 'Văn bản kết quả này đã bị thu hồi trước đó.', 'This result has already been revoked.');
    }
    await appendAudit(tx, actor, {
      action: 'signed_result.revoke',
      entityType: 'dossier',
      entityId: row.dossier_code,
      details: { verificationCode: row.verification_code, reason: text },
    });
  });
  return { verificationCode: row.verification_code, revoked: { at: iso(at)!, reason: text } };
}

/**
 * What anyone may learn from a verification code: whether the result is genuine and in force, who
 * issued and signed it and when, for which dossier. The applicant's name only masked.
 */
export async function verifyCode(db: Queryable, code: string) {
  const row = await findByCode(db, code);
  if (!row) throw notFound(SIGNED_RESULT);
  return {
    verificationCode: row.verification_code,
    genuine: row.revoked_at === null,
    status: row.revoked_at ? ('revoked' as const) : ('valid' as const),
    documentType: row.document_type,
    dossierCode: row.dossier_code,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    applicantName: maskApplicantName({ type: row.applicant_type, name: row.applicant_name }),
    issuingAgency: { code: row.agency_code, name: row.agency_name },
    signer: { name: row.signer_name, title: row.signer_title },
    signedAt: iso(row.signed_at)!,
    sha256: row.sha256,
    certificate: certificateView(row.certificate),
    revoked: revocationOf(row),
  };
}

type Verdict = 'genuine' | 'revoked' | 'not_signed' | 'signature_invalid' | 'other_signer' | 'different_file';

const VERDICTS: Record<Verdict, { vi: string; en: string }> = {
  genuine: { vi: 'Tệp là đúng văn bản đã được ký số và ban hành với mã xác thực này.', en: 'The file is exactly the document signed and issued under this code.' },
  revoked: { vi: 'Tệp đúng là văn bản đã ban hành, nhưng văn bản đã bị thu hồi.', en: 'The file is the document issued, but it has been revoked.' },
  not_signed: { vi: 'Tệp không có chữ ký số: không phải văn bản đã ban hành.', en: 'The file carries no digital signature: it is not the document issued.' },
  signature_invalid: { vi: 'Chữ ký số không hợp lệ: nội dung tệp đã bị thay đổi sau khi ký.', en: 'The digital signature does not verify: the file was changed after signing.' },
  other_signer: { vi: 'Tệp được ký bằng chứng thư số khác với chứng thư số đã ký văn bản này.', en: 'The file is signed with another certificate than the one that signed this document.' },
  different_file: {
    vi: 'Tệp không trùng khớp với văn bản đã ban hành với mã xác thực này.',
    en: 'The file is not the document issued under this code.',
  },
};

/**
 * Checks an uploaded PDF against the result issued under the code: it must be byte for byte the
 * issued file (SHA-256), its embedded signature must verify over the whole file with the
 * certificate that signed the result, and the result must not have been revoked.
 */
export async function checkDocument(db: Queryable, code: string, content: Buffer) {
  const row = await findByCode(db, code);
  if (!row) throw notFound(SIGNED_RESULT);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const identical = sha256 === row.sha256;
  const signature = await inspectPdfSignature(content);
  const expectedSigner = createHash('sha256').update(row.certificate).digest('hex');
  const signerMatches = signature?.signerFingerprintSha256 === expectedSigner;
  const signatureHolds = Boolean(signature?.valid && signature.coversWholeFile);
  const verdict: Verdict = !signature
    ? 'not_signed'
    : !signatureHolds
      ? 'signature_invalid'
      : !signerMatches
        ? 'other_signer'
        : !identical
          ? 'different_file'
          : row.revoked_at
            ? 'revoked'
            : 'genuine';
  const signer = signature?.signerCertificate ? describeCertificate(signature.signerCertificate) : undefined;
  return {
    verificationCode: row.verification_code,
    genuine: verdict === 'genuine',
    verdict,
    message: VERDICTS[verdict].vi,
    messageEn: VERDICTS[verdict].en,
    identical,
    sha256,
    signature: {
      present: Boolean(signature),
      valid: signatureHolds,
      coversWholeFile: signature?.coversWholeFile ?? false,
      signerMatches,
      signerCommonName: signer?.commonName ?? null,
      signedAt: signature?.signedAt ? iso(signature.signedAt)! : null,
    },
    revoked: revocationOf(row),
  };
}
