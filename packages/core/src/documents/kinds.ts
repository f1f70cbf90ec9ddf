/**
 * The types of administrative documents of Decree 30/2020 (Appendix III) with their abbreviations
 * in the number and symbol, and the letter (công văn), which has none.
 */
export const DOCUMENT_TYPES = {
  resolution: { vi: 'Nghị quyết', en: 'Resolution', abbreviation: 'NQ' },
  decision: { vi: 'Quyết định', en: 'Decision', abbreviation: 'QĐ' },
  directive: { vi: 'Chỉ thị', en: 'Directive', abbreviation: 'CT' },
  statute: { vi: 'Quy chế', en: 'Statute', abbreviation: 'QC' },
  regulation: { vi: 'Quy định', en: 'Regulation', abbreviation: 'QyĐ' },
  notice: { vi: 'Thông báo', en: 'Notice', abbreviation: 'TB' },
  guidance: { vi: 'Hướng dẫn', en: 'Guidance', abbreviation: 'HD' },
  programme: { vi: 'Chương trình', en: 'Programme', abbreviation: 'CTr' },
  plan: { vi: 'Kế hoạch', en: 'Plan', abbreviation: 'KH' },
  option: { vi: 'Phương án', en: 'Option', abbreviation: 'PA' },
  scheme: { vi: 'Đề án', en: 'Scheme', abbreviation: 'ĐA' },
  report: { vi: 'Báo cáo', en: 'Report', abbreviation: 'BC' },
  minutes: { vi: 'Biên bản', en: 'Minutes', abbreviation: 'BB' },
  proposal: { vi: 'Tờ trình', en: 'Proposal', abbreviation: 'TTr' },
  contract: { vi: 'Hợp đồng', en: 'Contract', abbreviation: 'HĐ' },
  telegram: { vi: 'Công điện', en: 'Official telegram', abbreviation: 'CĐ' },
  invitation: { vi: 'Giấy mời', en: 'Invitation', abbreviation: 'GM' },
  introduction: { vi: 'Giấy giới thiệu', en: 'Letter of introduction', abbreviation: 'GGT' },
  authorisation: { vi: 'Giấy ủy quyền', en: 'Letter of authorisation', abbreviation: 'GUQ' },
  dispatch_note: { vi: 'Phiếu gửi', en: 'Dispatch note', abbreviation: 'PG' },
  transfer_note: { vi: 'Phiếu chuyển', en: 'Transfer note', abbreviation: 'PC' },
  letter: { vi: 'Công văn', en: 'Official letter', abbreviation: null },
} as const satisfies Record<string, { vi: string; en: string; abbreviation: string | null }>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = codesOf(DOCUMENT_TYPES);

export const isDocumentType = (value: string): value is DocumentType => Object.hasOwn(DOCUMENT_TYPES, value);

/** The type a symbol's abbreviation stands for (`QĐ` → decision); case matters, as `QC` and `QyĐ` differ by it. */
export function documentTypeOfAbbreviation(abbreviation: string): DocumentType | undefined {
  const nfc = abbreviation.normalize('NFC');
  return DOCUMENT_TYPE_CODES.find((type) => DOCUMENT_TYPES[type].abbreviation === nfc);
}

/**
 * The two marks a document carries beside its type, each a scale from its lowest level: độ khẩn,
 * how fast it must travel and be handled, and độ mật, its state-secret classification.
 */
const MARKS = {
  urgency: { normal: { vi: 'Thường', en: 'Normal' }, urgent: { vi: 'Khẩn', en: 'Urgent' }, very_urgent: { vi: 'Thượng khẩn', en: 'Very urgent' }, flash: { vi: 'Hỏa tốc', en: 'Flash' } },
  confidentiality: { normal: { vi: 'Thường', en: 'Not classified' }, confidential: { vi: 'Mật', en: 'Confidential' }, secret: { vi: 'Tối mật', en: 'Secret' }, top_secret: { vi: 'Tuyệt mật', en: 'Top secret' } },
} as const;

/** A table's codes, in its order. */
function codesOf<Table extends object>(table: Table) {
  return Object.keys(table) as Array<keyof Table & string>;
}

export const URGENCIES = MARKS.urgency;
export type Urgency = keyof typeof URGENCIES;
export const URGENCY_CODES = codesOf(URGENCIES);

export const CONFIDENTIALITIES = MARKS.confidentiality;
export type Confidentiality = keyof typeof CONFIDENTIALITIES;
export const CONFIDENTIALITY_CODES = codesOf(CONFIDENTIALITIES);

export const isClassified = (confidentiality: Confidentiality): boolean => confidentiality !== 'normal';

/**
 * Why a document's file content may not be stored or sent through the system, or null when it may:
 * classified documents do not travel over public networks, so only their metadata is registered
 * and the paper itself stays in the clerk's safe.
 */
export function contentRefusal(confidentiality: Confidentiality): { code: 'classified_content'; vi: string; en: string } | null {
  if (!isClassified(confidentiality)) return null;
  const level = CONFIDENTIALITIES[confidentiality];
  return {
    code: 'classified_content',
    vi: `Văn bản có độ mật "${level.vi}" chỉ được đăng ký thông tin, không được tải lên hay gửi nội dung qua hệ thống.`,
    en: `A document classified "${level.en}" is registered with its metadata only; its content is never uploaded or sent through the system.`,
  };
}

/** Whether an incoming document came on paper (scanned by the clerk) or electronically. */
export const ARRIVAL_CHANNELS = ['paper', 'electronic'] as const;
export type ArrivalChannel = (typeof ARRIVAL_CHANNELS)[number];
