import type { DossierPaperKind } from './kind.js';
import { type DossierApplicant, SIGN_NOTE, applicantOf, openDossierPaper, salutation, writeHandedIn } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, agencyIssuer, lastEvent, oneStopIssuer } from './sources.js';

/** Form 02: the request to supplement and complete a dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */

const NAME = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';
const REQUESTS = ['request_supplement_at_reception', 'request_supplement'] as const;

export interface SupplementRequestData {
  issuer: Issuer;
  code: string;
  applicant: DossierApplicant;
  procedureName: string;
  /** When the agency had the dossier in hand: received, or submitted if not received yet. */
  handedInAt: Date;
  requestedAt: Date;
  reason: string;
  missing: Array<{ name: string; reason: string }>;
  officerName: string;
}

export async function supplementRequestData(deps: PaperDeps, source: DossierSource): Promise<SupplementRequestData> {
  const { dossier } = source;
  const request = lastEvent(source, REQUESTS)!;
  // Before reception the one-stop section asks; during processing, the agency processing the dossier.
  const issuer =
    request.action === 'request_supplement_at_reception'
      ? await oneStopIssuer(deps.db, dossier.receiving_agency_id)
      : await agencyIssuer(deps.db, request.from_agency_id ?? dossier.competent_agency_id);
  return {
    issuer,
    code: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: source.definition.name,
    handedInAt: dossier.received_at ?? dossier.submitted_at,
    requestedAt: request.occurred_at,
    reason: request.comment,
    missing: (request.data.missingComponents as SupplementRequestData['missing'] | undefined) ?? [],
    officerName: request.actor_name,
  };
}

export function renderSupplementRequest(data: SupplementRequestData): Promise<Buffer> {
  const you = salutation(data.applicant);
  const paper = openDossierPaper(NAME, { issuer: data.issuer, code: data.code, procedureName: data.procedureName, issuedAt: data.requestedAt });
  writeHandedIn(paper, { issuer: data.issuer, handedInAt: data.handedInAt, applicant: data.applicant, procedureName: data.procedureName }).text(`Sau khi xem xét, ${data.issuer.issuer} đề nghị ${you} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`, { before: 4 });
  if (data.missing.length > 0) {
    paper.table(
      [
        { title: 'STT', share: 7, align: 'center' },
        { title: 'Giấy tờ cần bổ sung, hoàn thiện', share: 45 },
        { title: 'Lý do', share: 48 },
      ],
      data.missing.map((item, index) => [String(index + 1), item.name, item.reason]),
    );
  }
  return paper
    .field('Lý do', data.reason, { strong: true })
    .text(
      `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ${you} liên hệ với ${data.officerName}, ${data.issuer.agency.name}` +
        `${data.issuer.agency.phone ? `, số điện thoại ${data.issuer.agency.phone}` : ''} để được hướng dẫn.`,
      { before: 4 },
    )
    .signatures([{ title: 'Người hướng dẫn', note: SIGN_NOTE, name: data.officerName }])
    .finish();
}

export const SUPPLEMENT_REQUEST: DossierPaperKind = {
  name: { vi: NAME, en: 'Request to supplement the dossier' },
  absent: { vi: 'Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện nào.', en: 'No supplement was requested for this dossier.' },
  applies: (source) => lastEvent(source, REQUESTS) !== undefined,
  produce: async (deps, source) => renderSupplementRequest(await supplementRequestData(deps, source)),
};
