import { timeAndDay } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { type DossierApplicant, LETTER_RECIPIENTS, agencySigner, applicantOf, basisOf, openDossierPaper, salutation, writeHandedIn } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, agencyIssuer, lastEvent, signerAuthority } from './sources.js';

/**
 * Form 05: the notice of stopping the processing of a dossier (Thông báo dừng giải quyết hồ sơ),
 * issued by the agency whose leader stopped it, with the reasons.
 */

const NAME = 'Thông báo dừng giải quyết hồ sơ';
const STOPS = ['stop'] as const;

export interface StopNoticeData {
  issuer: Issuer;
  code: string;
  applicant: DossierApplicant;
  procedureName: string;
  legalBasis: string[];
  receivedAt: Date;
  dueAt: Date;
  stoppedAt: Date;
  reasons: string;
  signerName: string;
  /** The signer's authority over the signature, from their grant; none: the agency's representative. */
  signerAuthority?: string[] | undefined;
}

export async function stopNoticeData(deps: PaperDeps, source: DossierSource): Promise<StopNoticeData> {
  const { dossier, definition } = source;
  const stop = lastEvent(source, STOPS)!;
  const issuer = await agencyIssuer(deps.db, stop.from_agency_id ?? dossier.competent_agency_id);
  return {
    issuer,
    code: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: definition.name,
    legalBasis: definition.legalBasis,
    // A dossier is stopped only once it is being processed, so it was received and given a date.
    receivedAt: dossier.received_at!,
    dueAt: dossier.due_at!,
    stoppedAt: stop.occurred_at,
    reasons: stop.comment,
    signerName: stop.actor_name,
    signerAuthority: await signerAuthority(deps.db, stop, issuer),
  };
}

export function renderStopNotice(data: StopNoticeData): Promise<Buffer> {
  const you = salutation(data.applicant);
  const agency = data.issuer.issuer;
  const paper = openDossierPaper(NAME, { issuer: data.issuer, code: data.code, procedureName: data.procedureName, issuedAt: data.stoppedAt }).text(
    `Kính gửi: ${you} ${data.applicant.name}`,
    { face: 'bold', align: 'center' },
  );
  return writeHandedIn(paper, { issuer: data.issuer, handedInAt: data.receivedAt, applicant: data.applicant, procedureName: data.procedureName })
    .field('Thời gian hẹn trả kết quả', timeAndDay(data.dueAt))
    .text(`${basisOf(data.legalBasis)}${agency} thông báo dừng giải quyết hồ sơ nêu trên kể từ ${timeAndDay(data.stoppedAt)} vì lý do sau:`, { before: 4 })
    .text(data.reasons, { face: 'bold', indent: 18, before: 2 })
    .text(`Hồ sơ không tiếp tục được giải quyết. ${agency} xin thông báo để ${you} được biết.`, { before: 4 })
    .signatures([agencySigner(data.signerName, data.signerAuthority)], LETTER_RECIPIENTS)
    .finish();
}

export const STOP_NOTICE: DossierPaperKind = {
  name: { vi: NAME, en: 'Notice of stopping the processing' },
  absent: { vi: 'Hồ sơ không bị dừng giải quyết nên không có thông báo dừng giải quyết.', en: 'The dossier was not stopped, so it has no notice of stopping.' },
  applies: (source) => lastEvent(source, STOPS) !== undefined,
  produce: async (deps, source) => renderStopNotice(await stopNoticeData(deps, source)),
};
