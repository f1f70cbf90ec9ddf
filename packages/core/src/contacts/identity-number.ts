/**
 * What an applicant's identity number is, read from its shape: a person shows the 12 digits of
 * their citizen identity card (CCCD, which is also their personal identification number), the 9
 * digits of an old identity card (CMND) or a passport number; an organisation its tax code
 * (mã số doanh nghiệp), 10 digits, or 13 written `0101234567-001` for a branch or dependent unit.
 */

export type ApplicantKind = 'citizen' | 'organisation';
export type IdentityDocument = 'cccd' | 'cmnd' | 'passport' | 'tax_code';

export interface IdNumberProblem {
  /** Stable name of the problem, for code and tests. */
  code: 'missing' | 'citizen_digits' | 'citizen_characters' | 'passport' | 'tax_code';
  vi: string;
  en: string;
}

const CCCD = /^\d{12}$/;
const CMND = /^\d{9}$/;
const TAX_CODE = /^\d{10}(-\d{3})?$/;
// ICAO 9303 gives a passport number at most 9 characters; Viet Nam's are a letter and 7 digits.
// A letter is required: a number of digits alone is an identity card typed wrong.
const PASSPORT = /^(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,9}$/;

/** The personal identification number (CCCD) alone, as a citizen's account holds it. */
export const isPersonalIdNumber = (value: string): boolean => CCCD.test(value);

/** Spaces typed between groups of digits go; a passport's letters are read in capitals. */
export function normaliseIdNumber(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** Which document the number is, or undefined when it is none of those the applicant may show. */
export function identityDocumentOf(kind: ApplicantKind, value: string): IdentityDocument | undefined {
  const id = normaliseIdNumber(value);
  if (kind === 'organisation') return TAX_CODE.test(id) ? 'tax_code' : undefined;
  if (CCCD.test(id)) return 'cccd';
  if (CMND.test(id)) return 'cmnd';
  if (PASSPORT.test(id)) return 'passport';
  return undefined;
}

/** Why the number cannot be the applicant's, in words they can act on; undefined when it can. */
export function idNumberProblem(kind: ApplicantKind, value: string): IdNumberProblem | undefined {
  const id = normaliseIdNumber(value);
  if (!id) {
    return kind === 'organisation'
      ? { code: 'missing', vi: 'Nhập mã số thuế (mã số doanh nghiệp) của tổ chức.', en: 'Enter the organisation’s tax code (business registration number).' }
      : { code: 'missing', vi: 'Nhập số định danh cá nhân (CCCD) hoặc số hộ chiếu.', en: 'Enter the personal identification number (CCCD) or a passport number.' };
  }
  if (identityDocumentOf(kind, id)) return undefined;
  if (kind === 'organisation') {
    return {
      code: 'tax_code',
      vi: 'Mã số thuế gồm 10 chữ số; chi nhánh, đơn vị phụ thuộc có 13 chữ số viết dạng 0101234567-001.',
      en: 'A tax code has 10 digits; a branch or dependent unit has 13, written as 0101234567-001.',
    };
  }
  if (/^\d+$/.test(id)) {
    return {
      code: 'citizen_digits',
      vi: `Số định danh cá nhân (CCCD) gồm đúng 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có ${id.length} chữ số.`,
      en: `A personal identification number (CCCD) has exactly 12 digits (an old CMND 9); this one has ${id.length}.`,
    };
  }
  if (/^[A-Z0-9]+$/.test(id)) {
    return {
      code: 'passport',
      vi: 'Số hộ chiếu gồm 6 đến 9 chữ cái và chữ số, ví dụ C1234567.',
      en: 'A passport number has 6 to 9 letters and digits, such as C1234567.',
    };
  }
  return {
    code: 'citizen_characters',
    vi: 'Số giấy tờ chỉ gồm chữ số (CCCD, CMND) hoặc chữ cái và chữ số (hộ chiếu), không có dấu hay ký tự khác.',
    en: 'The number has digits only (CCCD, CMND), or letters and digits (passport), without other characters.',
  };
}
