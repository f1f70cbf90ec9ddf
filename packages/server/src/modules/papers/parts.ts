import type { DossierRow } from '../dossiers/repo.js';
import type { Paper } from './layout.js';
import type { Issuer } from './sources.js';

/** Pieces several papers share. */

export const SIGN_NOTE = '(Ký và ghi rõ họ tên)';

export interface Applicant {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  address: string;
  phone: string;
  email: string;
}

export function applicantOf(dossier: DossierRow): Applicant {
  return {
    type: dossier.applicant_type,
    name: dossier.applicant_name,
    idNumber: dossier.applicant_id_number,
    address: dossier.applicant_address,
    phone: dossier.applicant_phone,
    email: dossier.applicant_email,
  };
}

/** How a paper addresses the applicant. */
export const salutation = (applicant: Applicant) => (applicant.type === 'citizen' ? 'Ông/Bà' : 'Quý tổ chức');

/** The applicant as the forms introduce them: name, identity number and how to reach them. */
export function writeApplicant(paper: Paper, applicant: Applicant): Paper {
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
