/** Who a dossier is for, as the counter or the citizen writes it down; phone and e-mail carry the applicant's notices. */
export interface ApplicantDetails {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
}
