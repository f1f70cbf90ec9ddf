import { type ApplicantDetails, type FormDefinition, type FormValues, type GroupItem, type ScalarField, addDays } from '@motcua/core';
import { type Random, demoPerson } from './people.js';

/*
 * What demo applicants write in the e-forms of demo/data/forms.ts: the declarant is the applicant
 * (a business sends a person), other people are made up, places and dates are plausible for
 * Thanh Hóa and before the day of submission.
 */

const SAMPLE_TEXT: Readonly<Record<string, readonly string[]>> = {
  childBirthPlace: ['Bệnh viện Đa khoa tỉnh Thanh Hóa', 'Bệnh viện Phụ sản Thanh Hóa', 'Trạm Y tế phường Hạc Thành'],
  childHomeTown: ['xã Hoằng Hóa, tỉnh Thanh Hóa', 'phường Sầm Sơn, tỉnh Thanh Hóa', 'xã Thọ Xuân, tỉnh Thanh Hóa'],
  birthPlace: ['Bệnh viện Đa khoa tỉnh Thanh Hóa', 'xã Hoằng Hóa, tỉnh Thanh Hóa'],
  deathPlace: ['Tại nhà riêng', 'Bệnh viện Đa khoa tỉnh Thanh Hóa'],
  deathCause: ['Bệnh già', 'Bệnh hiểm nghèo', 'Tai nạn giao thông'],
  deathNotice: ['Giấy báo tử số 125/GBT ngày 02/12/2026 của Bệnh viện Đa khoa tỉnh Thanh Hóa', 'Văn bản xác nhận việc chết của Công an phường Hạc Thành'],
  relationOther: ['Cô ruột', 'Chú ruột', 'Anh ruột'],
  purpose: ['Để đăng ký kết hôn', 'Để bổ sung hồ sơ xin việc', 'Để làm thủ tục vay vốn ngân hàng'],
  registrationDetails: ['UBND phường Hạc Thành, số 215, quyển 01/2015, ngày 12/5/2015', 'UBND xã Hoằng Hóa, số 48, quyển 01/2019'],
  documentName: ['Bằng tốt nghiệp trung học phổ thông', 'Giấy khai sinh', 'Học bạ trung học phổ thông'],
  issuer: ['Sở Giáo dục và Đào tạo tỉnh Thanh Hóa', 'UBND phường Hạc Thành'],
  relationToHead: ['Chủ hộ', 'Vợ', 'Con'],
  request: ['Đề nghị xác nhận thông tin về cư trú để bổ sung hồ sơ xin việc.', 'Đề nghị xác nhận thông tin về cư trú để làm thủ tục vay vốn.'],
  businessName: ['Hộ kinh doanh Hoa Mai', 'Hộ kinh doanh Tạp hóa Bình An', 'Hộ kinh doanh Cơm Quê Sầm Sơn'],
  businessLines: ['Bán lẻ hàng hóa tổng hợp', 'Dịch vụ ăn uống', 'Sửa chữa xe máy'],
  licenceNumber: ['380123456789', '380987654321'],
  licenceIssuer: ['Sở Giao thông vận tải Thanh Hóa'],
  period: ['Từ 01/2005 đến nay', 'Từ 09/2010 đến 06/2014'],
  place: ['phường Hạc Thành, tỉnh Thanh Hóa', 'phường Sầm Sơn, tỉnh Thanh Hóa'],
  occupation: ['Học sinh, Trường THPT Lam Sơn', 'Nhân viên văn phòng', 'Kinh doanh tự do'],
};

const SAMPLE_NUMBER: Readonly<Record<string, readonly [number, number]>> = {
  motherBirthYear: [1980, 2000],
  fatherBirthYear: [1978, 1998],
  copies: [1, 2],
  pages: [1, 4],
  capitalVnd: [50_000_000, 500_000_000],
  employees: [1, 5],
  brideMarriageCount: [1, 1],
  groomMarriageCount: [1, 1],
};

/** How long before the day of submission a date field lies, in days. */
function daysBefore(code: string, random: Random): number {
  if (code.startsWith('child')) return random.int(1, 50);
  if (code === 'deathDate') return random.int(1, 14);
  if (code.startsWith('licence')) return random.int(2_000, 6_000);
  return random.int(20 * 365, 60 * 365);
}

interface Writer {
  applicant: ApplicantDetails;
  /** Who signs the declaration: the applicant, or the person a business sends. */
  declarant: { name: string; idNumber: string };
  random: Random;
  today: string;
  communeCodes: readonly string[];
}

/** The sex a made-up person's name is drawn with, when the field says. */
const sexOf = (code: string) => (/^(bride|mother)/.test(code) ? 'female' : /^(groom|father)/.test(code) ? 'male' : undefined);

function valueFor(field: ScalarField, { applicant, declarant, random, today, communeCodes }: Writer): string | number | string[] | undefined {
  switch (field.type) {
    case 'text':
      if (field.code === 'declarantName') return declarant.name;
      if (field.code === 'declarantPhone' || field.code === 'businessPhone') return applicant.phone;
      if (field.code === 'declarantEmail' || field.code === 'businessEmail') return applicant.email;
      if (/(Residence|Address|residence)$/.test(field.code)) return applicant.address;
      if (/Ethnicity$/.test(field.code)) return 'Kinh';
      if (/Nationality$/.test(field.code)) return 'Việt Nam';
      if (/(Name|name)$/.test(field.code) && !SAMPLE_TEXT[field.code]) return demoPerson(random, sexOf(field.code)).name;
      return SAMPLE_TEXT[field.code] ? random.pick(SAMPLE_TEXT[field.code]!) : undefined;
    case 'number': {
      const [low, high] = SAMPLE_NUMBER[field.code] ?? [field.minimum ?? 0, field.minimum ?? 0];
      return random.int(low, high);
    }
    case 'date':
      return field.range === 'past' || field.range === undefined ? addDays(today, -daysBefore(field.code, random)) : today;
    case 'choice':
      return field.multiple ? [random.pick(field.options).value] : random.pick(field.options).value;
    case 'commune':
      return random.pick(communeCodes);
    case 'identity_number':
      return field.code === 'declarantIdNumber' ? declarant.idNumber : demoPerson(random, sexOf(field.code)).idNumber;
  }
}

function writeFields(fields: readonly ScalarField[], writer: Writer): GroupItem {
  return Object.fromEntries(fields.flatMap((field) => {
    const value = valueFor(field, writer);
    return value === undefined ? [] : [[field.code, value]];
  }));
}

/**
 * A demo applicant's answers to a form: every field they can answer, hidden ones too (the check
 * keeps those their conditions show); one or two items of each repeating group.
 */
export function demoDeclaration(form: FormDefinition, about: Omit<Writer, 'declarant'>): FormValues {
  const writer: Writer = { ...about, declarant: about.applicant.type === 'citizen' ? about.applicant : demoPerson(about.random) };
  const values: FormValues = {};
  for (const field of form.fields) {
    if (field.type === 'group') values[field.code] = Array.from({ length: Math.max(1, field.minItems, writer.random.int(1, 2)) }, () => writeFields(field.fields, writer));
    else Object.assign(values, writeFields([field], writer));
  }
  return values;
}
