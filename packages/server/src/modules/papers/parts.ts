import type { DossierApplicant } from '../dossiers/index.js';
import { timeAndDay } from './format.js';
import { Paper, type Signer } from './layout.js';
import type { Issuer } from './sources.js';

/** Pieces several papers share. */

export { type DossierApplicant, applicantOf } from '../dossiers/index.js';

export const SIGN_NOTE = '(Ký và ghi rõ họ tên)';

/** How a paper addresses the applicant. */
export const salutation = (applicant: DossierApplicant) => (applicant.type === 'citizen' ? 'Ông/Bà' : 'Quý tổ chức');

/** The applicant as the forms introduce them: name, identity number and how to reach them. */
export function writeApplicant(paper: Paper, applicant: DossierApplicant): Paper {
  const citizen = applicant.type === 'citizen';
  return paper
    .field(citizen ? 'Ông/Bà' : 'Tên tổ chức', applicant.name, { strong: true })
    .field(citizen ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp, tổ chức', applicant.idNumber)
    .field('Địa chỉ', applicant.address)
    .field('Số điện thoại', applicant.phone)
    .field('Thư điện tử', applicant.email);
}

/** The header every paper opens with. */
export function headingOf(issuer: Issuer, at: Date) {
  return { superior: issuer.superior, issuer: issuer.issuer, placeAndDate: { place: issuer.place, at } };
}

/**
 * A paper about one dossier, opened with its header (dated `headedAt`, by default the day it is
 * issued) and its name over the dossier's code.
 */
export function openDossierPaper(name: string, about: { issuer: Issuer; code: string; procedureName: string; issuedAt: Date; headedAt?: Date }): Paper {
  return new Paper({ title: `${name} ${about.code}`, author: about.issuer.agency.name, subject: about.procedureName, issuedAt: about.issuedAt })
    .heading(headingOf(about.issuer, about.headedAt ?? about.issuedAt))
    .title(name, [{ text: `Mã hồ sơ: ${about.code}` }]);
}

/** How the papers answering a dossier begin: when the issuer had it in hand, from whom, for what. */
export function writeHandedIn(paper: Paper, about: { issuer: Issuer; handedInAt: Date; applicant: DossierApplicant; procedureName: string }): Paper {
  paper.text(`Lúc ${timeAndDay(about.handedInAt)}, ${about.issuer.issuer} nhận được hồ sơ của:`);
  return writeApplicant(paper, about.applicant).field('Nội dung yêu cầu giải quyết', about.procedureName);
}

/** The opening words of a decision on a dossier: the procedure's legal basis, or the rules in force. */
export const basisOf = (legalBasis: readonly string[]) => (legalBasis.length > 0 ? `Căn cứ ${legalBasis.join('; ')}, ` : 'Căn cứ quy định hiện hành, ');

/** The agency's representative signing a letter to the applicant, under their authority when their grant gives one (`KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`). */
export const agencySigner = (name: string, authority: readonly string[] | undefined): Signer => ({
  title: authority ?? 'Đại diện cơ quan',
  note: '(Ký, ghi rõ họ tên và đóng dấu)',
  name,
});

/** Where an agency's letter to the applicant goes: handed over by the one-stop section. */
export const LETTER_RECIPIENTS = ['Như trên;', 'Bộ phận Một cửa (để trả cho người nộp hồ sơ);', 'Lưu: VT.'];
