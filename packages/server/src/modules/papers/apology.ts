import { timeAndDay } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { type DossierApplicant, LETTER_RECIPIENTS, agencySigner, applicantOf, openDossierPaper, salutation } from './parts.js';
import { type DossierSource, type Issuer, type PaperDeps, agencyIssuer, lastEvent, signerAuthority } from './sources.js';

/**
 * Form 04: the apology and request for more time (Văn bản xin lỗi và đề nghị gia hạn thời gian
 * giải quyết), issued by the agency that caused the delay with the new appointment date.
 */

const NAME = 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết';
const EXTENSIONS = ['extend'] as const;

export interface ApologyData {
  issuer: Issuer;
  code: string;
  applicant: DossierApplicant;
  procedureName: string;
  receivedAt: Date;
  previousDueAt: Date;
  newDueAt: Date;
  extendWorkingDays: number;
  reason: string;
  signerName: string;
  /** The signer's authority over the signature, from their grant; none: the agency's representative. */
  signerAuthority?: string[] | undefined;
  issuedAt: Date;
}

export async function apologyData(deps: PaperDeps, source: DossierSource): Promise<ApologyData> {
  const { dossier } = source;
  const extension = lastEvent(source, EXTENSIONS)!;
  const data = extension.data as { previousDueAt: string; newDueAt: string; extendWorkingDays: number };
  const issuer = await agencyIssuer(deps.db, extension.from_agency_id ?? dossier.competent_agency_id);
  return {
    issuer,
    code: dossier.code,
    applicant: applicantOf(dossier),
    procedureName: source.definition.name,
    receivedAt: dossier.received_at!,
    previousDueAt: new Date(data.previousDueAt),
    newDueAt: new Date(data.newDueAt),
    extendWorkingDays: data.extendWorkingDays,
    reason: extension.comment,
    signerName: extension.actor_name,
    signerAuthority: await signerAuthority(deps.db, extension, issuer),
    issuedAt: extension.occurred_at,
  };
}

export function renderApology(data: ApologyData): Promise<Buffer> {
  const you = salutation(data.applicant);
  const agency = data.issuer.issuer;
  return openDossierPaper(NAME, { issuer: data.issuer, code: data.code, procedureName: data.procedureName, issuedAt: data.issuedAt })
    .text(`Kính gửi: ${you} ${data.applicant.name}`, { face: 'bold', align: 'center' })
    .text(`${agency} tiếp nhận hồ sơ của ${you} đề nghị giải quyết thủ tục ${data.procedureName}, mã hồ sơ ${data.code}:`, { before: 8 })
    .field('Thời gian tiếp nhận hồ sơ', timeAndDay(data.receivedAt), { indent: 18 })
    .field('Thời gian hẹn trả kết quả', timeAndDay(data.previousDueAt), { indent: 18 })
    .text(`Tuy nhiên, đến nay ${agency} chưa thể trả kết quả giải quyết hồ sơ đúng hẹn. Lý do: ${data.reason}`, { before: 4 })
    .text(
      `Sự chậm trễ này đã gây phiền hà cho ${you}. ${agency} thành thật xin lỗi ${you} và đề nghị gia hạn thời gian ` +
        `giải quyết hồ sơ thêm ${data.extendWorkingDays} ngày làm việc.`,
      { before: 4 },
    )
    .field('Thời gian hẹn trả kết quả mới', timeAndDay(data.newDueAt), { strong: true, indent: 18 })
    .text(`${agency} mong nhận được sự thông cảm của ${you}.`, { before: 4 })
    .signatures([agencySigner(data.signerName, data.signerAuthority)], LETTER_RECIPIENTS)
    .finish();
}

export const APOLOGY: DossierPaperKind = {
  name: { vi: NAME, en: 'Apology and extension of the time limit' },
  absent: { vi: 'Hồ sơ chưa được gia hạn thời gian giải quyết nên không có văn bản xin lỗi.', en: 'The time limit was not extended, so there is no apology.' },
  applies: (source) => lastEvent(source, EXTENSIONS) !== undefined,
  produce: async (deps, source) => renderApology(await apologyData(deps, source)),
};
