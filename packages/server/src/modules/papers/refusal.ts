import type { DossierPaperKind } from './kind.js';
import { type DossierApplicant, SIGN_NOTE, applicantOf, basisOf, openDossierPaper, salutation, writeHandedIn } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, lastEvent, oneStopIssuer } from './sources.js';

/** Form 03: the refusal to receive and decide a dossier (Phiếu từ chối tiếp nhận giải quyết hồ sơ). */

const NAME = 'Phiếu từ chối tiếp nhận giải quyết hồ sơ';
const REFUSALS = ['refuse'] as const;

export interface RefusalData {
  issuer: Issuer;
  code: string;
  applicant: DossierApplicant;
  procedureName: string;
  legalBasis: string[];
  submittedAt: Date;
  refusedAt: Date;
  reasons: string;
  officerName: string;
}

export async function refusalData(deps: PaperDeps, source: DossierSource): Promise<RefusalData> {
  const { dossier, definition } = source;
  const refusal = lastEvent(source, REFUSALS)!;
  return {
    issuer: await oneStopIssuer(deps.db, dossier.receiving_agency_id),
    code: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: definition.name,
    legalBasis: definition.legalBasis,
    submittedAt: dossier.submitted_at,
    refusedAt: refusal.occurred_at,
    reasons: refusal.comment,
    officerName: refusal.actor_name,
  };
}

export function renderRefusal(data: RefusalData): Promise<Buffer> {
  const paper = openDossierPaper(NAME, { issuer: data.issuer, code: data.code, procedureName: data.procedureName, issuedAt: data.refusedAt });
  return writeHandedIn(paper, { issuer: data.issuer, handedInAt: data.submittedAt, applicant: data.applicant, procedureName: data.procedureName })
    .text(`${basisOf(data.legalBasis)}${data.issuer.issuer} từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:`, { before: 4 })
    .text(data.reasons, { face: 'bold', indent: 18, before: 2 })
    .text(`Xin thông báo để ${salutation(data.applicant)} được biết và thực hiện.`, { before: 4 })
    .signatures([{ title: 'Người tiếp nhận hồ sơ', note: SIGN_NOTE, name: data.officerName }])
    .finish();
}

export const REFUSAL: DossierPaperKind = {
  name: { vi: NAME, en: 'Refusal to receive the dossier' },
  absent: { vi: 'Hồ sơ không bị từ chối tiếp nhận nên không có phiếu từ chối.', en: 'The dossier was not refused, so it has no refusal.' },
  applies: (source) => lastEvent(source, REFUSALS) !== undefined,
  produce: async (deps, source) => renderRefusal(await refusalData(deps, source)),
};
