import { type ApplicantKind, EMAIL_PATTERN, PHONE_PATTERN, idNumberProblem } from '@motcua/core';
import { type Translate, defineTexts } from './i18n.js';
import type { FieldErrors } from './ui/ErrorSummary.js';

export const applicantCheckTexts = defineTexts({
  nameMissing: { vi: 'Nhập tên người nộp (ít nhất 2 ký tự).', en: 'Enter the applicant’s name (at least 2 characters).' },
  emailInvalid: { vi: 'Thư điện tử không đúng định dạng, ví dụ: ten@example.vn.', en: 'Enter an e-mail address such as name@example.vn.' },
  phoneInvalid: { vi: 'Số điện thoại không đúng định dạng, ví dụ: 0912 345 678.', en: 'Enter a phone number such as 0912 345 678.' },
  idCitizenHint: { vi: '12 chữ số trên thẻ căn cước (CMND cũ: 9 chữ số); hoặc số hộ chiếu.', en: 'The 12 digits on the identity card (an old CMND: 9), or a passport number.' },
  idOrganisationHint: { vi: '10 chữ số; chi nhánh, đơn vị phụ thuộc: 13 chữ số dạng 0101234567-001.', en: '10 digits; a branch or dependent unit: 13, as 0101234567-001.' },
});

/** The applicant's details as a form holds them: every control a string. */
export interface ApplicantControls {
  type: ApplicantKind;
  name: string;
  idNumber: string;
  phone: string;
  email: string;
}

/**
 * What the browser can tell of the applicant before the server does, keyed `applicant.<field>` as
 * the controls are named: the same checks on the counter's form and the citizen's, the identity
 * number by the rule the server applies (a CCCD of 12 digits, a tax code for an organisation …).
 */
export function checkApplicant(applicant: ApplicantControls, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (applicant.name.trim().length < 2) errors['applicant.name'] = t(applicantCheckTexts.nameMissing);
  const idProblem = idNumberProblem(applicant.type, applicant.idNumber);
  if (idProblem) errors['applicant.idNumber'] = t(idProblem);
  if (applicant.phone.trim() && !PHONE_PATTERN.test(applicant.phone.trim())) errors['applicant.phone'] = t(applicantCheckTexts.phoneInvalid);
  if (applicant.email.trim() && !EMAIL_PATTERN.test(applicant.email.trim())) errors['applicant.email'] = t(applicantCheckTexts.emailInvalid);
  return errors;
}

/** The control a server error names, whether the body's schema (`body.applicant.name`) or a rule (`applicant.idNumber`) refused it. */
export const controlOfServerField = (field: string | undefined): string | undefined => field?.replace(/^(body\.)?(content\.)?/, '') || undefined;
