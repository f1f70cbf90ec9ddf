import { MAX_AMOUNT_VND } from '../money/amount-in-words.js';
import { POSTAL_CARRIERS, POSTAL_CARRIER_LABELS, TRACKING_NUMBER_PATTERN } from './delivery.js';
import { RETURN_METHODS, RETURN_METHOD_LABELS } from './states.js';

export interface Label {
  vi: string;
  en: string;
}

/**
 * What one field of an action's input is, as plain data: the server turns it into the body's JSON
 * schema (the bounds below are what it enforces), the back office into a form control.
 */
export type ActionField = {
  /** The body's property. */
  name: string;
  required: boolean;
  label: Label;
  help?: Label | undefined;
} & (
  | {
      /** Free text the applicant may read (a reason is printed on the paper they get): something visible, or nothing. */
      kind: 'comment';
      maxLength: number;
      /**
       * Whom the text is written for: `applicant`, a reason printed on the paper they get (it reaches
       * them wherever the dossier is shown to them); `internal`, a note between officers, which
       * reaches the applicant only when the officer marks it for them (`commentForApplicant`).
       */
      audience: CommentAudience;
      /** The text the form starts from. */
      prefill?: Label | undefined;
    }
  | { kind: 'integer'; minimum: number; maximum: number }
  /** A short line of text (a postal tracking number), matching `pattern` when it has one. */
  | { kind: 'text'; maxLength: number; pattern?: string | undefined }
  /** Yes or no, no by default. */
  | { kind: 'flag' }
  /** Whole đồng, up to MAX_AMOUNT_VND. */
  | { kind: 'amount'; minimum: number; maximum: number }
  | { kind: 'choice'; options: ReadonlyArray<{ value: string; label: Label }> }
  /** An officer who may take the step (the server lists them at /assignable-officers). */
  | { kind: 'officer' }
  /** One uploaded PDF, by its id. */
  | { kind: 'pdf_file' }
  /** Uploaded files, by their ids. */
  | { kind: 'file_ids'; maxItems: number }
  /** What is missing or wrong, document by document (the table of form 02). */
  | { kind: 'missing_documents'; maxItems: number; nameMaxLength: number; reasonMaxLength: number }
  /** Files added to the dossier's components, by component code. */
  | { kind: 'component_files'; maxItems: number; filesPerComponent: number }
);

export type ActionFieldKind = ActionField['kind'];

export type CommentAudience = 'applicant' | 'internal';

export const ACTION_FIELD_KINDS: readonly ActionFieldKind[] = ['comment', 'integer', 'text', 'flag', 'amount', 'choice', 'officer', 'pdf_file', 'file_ids', 'missing_documents', 'component_files'];

/** The longest comment or reason an action takes. */
const COMMENT_MAX = 4000;

/** An optional remark, recorded in the process-control record. */
export const note: ActionField = {
  name: 'comment',
  kind: 'comment',
  audience: 'internal',
  required: false,
  maxLength: COMMENT_MAX,
  label: { vi: 'Ý kiến xử lý', en: 'Comment' },
  help: { vi: 'Chỉ cán bộ xem được, trừ khi đánh dấu "Gửi cho người nộp".', en: 'Seen by officers only, unless marked "For the applicant".' },
};

/** The officer's mark that an internal note is written for the applicant too. */
export const noteForApplicant: ActionField = {
  name: 'commentForApplicant',
  kind: 'flag',
  required: false,
  label: { vi: 'Gửi cho người nộp', en: 'For the applicant' },
  help: { vi: 'Người nộp hồ sơ xem được ý kiến này trên trang hồ sơ và trong thông báo.', en: 'The applicant sees this comment on their dossier page and in notices.' },
};


const REASON_HELP: Label = { vi: 'Được in trên văn bản gửi công dân; nêu rõ, cụ thể.', en: 'Printed on the paper given to the applicant; be clear and specific.' };

/** A required reason: it is printed on the paper handed to the applicant. */
export const reason = (label: Label = { vi: 'Lý do', en: 'Reason' }, help: Label = REASON_HELP, prefill?: Label, audience: CommentAudience = 'applicant'): ActionField => ({
  name: 'comment',
  kind: 'comment',
  audience,
  required: true,
  maxLength: COMMENT_MAX,
  label,
  help,
  prefill,
});

export const attachments: ActionField = {
  name: 'attachmentIds',
  kind: 'file_ids',
  required: false,
  maxItems: 50,
  label: { vi: 'Tệp đính kèm', en: 'Attachments' },
  help: { vi: 'Không bắt buộc. PDF, JPEG hoặc PNG, tối đa 10 MB mỗi tệp.', en: 'Optional. PDF, JPEG or PNG, at most 10 MB each.' },
};

export const missingDocuments: ActionField = {
  name: 'missingComponents',
  kind: 'missing_documents',
  required: false,
  maxItems: 50,
  nameMaxLength: 500,
  reasonMaxLength: 1000,
  label: { vi: 'Giấy tờ cần bổ sung, hoàn thiện', en: 'Documents to supplement or correct' },
  help: { vi: 'Liệt kê đầy đủ một lần (mẫu 02).', en: 'List everything at once (form 02).' },
};

export const suppliedDocuments: ActionField = {
  name: 'components',
  kind: 'component_files',
  required: false,
  maxItems: 100,
  filesPerComponent: 20,
  label: { vi: 'Giấy tờ bổ sung', en: 'Supplied documents' },
  help: { vi: 'Bản scan được thêm vào thành phần hồ sơ tương ứng.', en: 'Scans are added to the matching component of the dossier.' },
};

export const assignee = (required: boolean): ActionField => ({ name: 'assigneeId', kind: 'officer', required, label: { vi: 'Cán bộ xử lý', en: 'Officer' } });

export const extensionDays: ActionField = {
  name: 'extendWorkingDays',
  kind: 'integer',
  required: true,
  minimum: 1,
  maximum: 365,
  label: { vi: 'Số ngày làm việc gia hạn', en: 'Working days to extend by' },
  help: { vi: 'Ngày hẹn mới được lùi thêm số ngày làm việc này (không tính ngày nghỉ).', en: 'The appointment moves by this many working days (holidays not counted).' },
};

export const feeAmount: ActionField = {
  name: 'feeAmountVnd',
  kind: 'amount',
  required: true,
  minimum: 1,
  maximum: MAX_AMOUNT_VND,
  label: { vi: 'Số tiền phí, lệ phí phải nộp (đồng)', en: 'Fee to pay (VND)' },
  help: { vi: 'Số nguyên, không dấu chấm. Ví dụ: 50000', en: 'Whole number. For example: 50000' },
};

/** Handing over at the counter or online; a result sent by post is recorded with its tracking number (`send_by_post`). */
export const returnMethod: ActionField = {
  name: 'returnMethod',
  kind: 'choice',
  required: true,
  options: RETURN_METHODS.filter((value) => value !== 'post').map((value) => ({ value, label: RETURN_METHOD_LABELS[value] })),
  label: { vi: 'Hình thức trả kết quả', en: 'How the result is returned' },
  help: { vi: 'Gửi qua bưu chính: dùng thao tác "Gửi kết quả qua bưu chính" để ghi số hiệu bưu gửi.', en: 'By post: use "Send the result by post" to record the tracking number.' },
};

export const postalCarrier: ActionField = {
  name: 'postalCarrier',
  kind: 'choice',
  required: true,
  options: POSTAL_CARRIERS.map((value) => ({ value, label: POSTAL_CARRIER_LABELS[value] })),
  label: { vi: 'Đơn vị bưu chính', en: 'Postal carrier' },
};

export const trackingNumber: ActionField = {
  name: 'trackingNumber',
  kind: 'text',
  required: true,
  maxLength: 40,
  pattern: TRACKING_NUMBER_PATTERN,
  label: { vi: 'Số hiệu bưu gửi', en: 'Tracking number' },
  help: { vi: 'In trên phiếu gửi của bưu điện, ví dụ EL123456789VN.', en: 'Printed on the postal receipt, e.g. EL123456789VN.' },
};

export const resultDocument: ActionField = {
  name: 'resultFileId',
  kind: 'pdf_file',
  required: false,
  label: { vi: 'Tệp văn bản kết quả (PDF)', en: 'Result document (PDF)' },
  help: {
    vi: 'Không bắt buộc. Để trống thì hệ thống lập văn bản kết quả theo mẫu của thủ tục. Tệp tải lên được ký số nguyên văn, kèm một trang ghi thông tin chữ ký số và mã xác thực. PDF, tối đa 10 MB.',
    en: 'Optional. Left empty, the result is written from the procedure’s template. An uploaded file is signed as it is, followed by a page with the signature and the verification code. PDF, at most 10 MB.',
  },
};

/** Why an input is not well-formed (a field named twice, a bound the wrong way round …), or nothing. */
export function inputProblems(input: readonly ActionField[]): string[] {
  const problems: string[] = [];
  const names = input.map((field) => field.name);
  for (const name of new Set(names)) if (names.filter((item) => item === name).length > 1) problems.push(`${name} is declared twice`);
  for (const field of input) {
    if (!/^[a-z][A-Za-z]*$/.test(field.name)) problems.push(`${field.name} is not a property name`);
    if (!ACTION_FIELD_KINDS.includes(field.kind)) problems.push(`${field.name} has an unknown kind`);
    if (!field.label.vi.trim() || !field.label.en.trim()) problems.push(`${field.name} has no label`);
    if ((field.kind === 'integer' || field.kind === 'amount') && !(Number.isInteger(field.minimum) && field.minimum <= field.maximum)) problems.push(`${field.name} has wrong bounds`);
    if (field.kind === 'amount' && field.maximum > MAX_AMOUNT_VND) problems.push(`${field.name} exceeds the largest amount`);
    if (field.kind === 'choice' && field.options.length === 0) problems.push(`${field.name} offers no choice`);
    if ((field.kind === 'comment' || field.kind === 'text') && field.maxLength <= 0) problems.push(`${field.name} has no room`);
    if (field.kind === 'comment' && field.prefill && field.prefill.vi.length > field.maxLength) problems.push(`${field.name} starts longer than it may be`);
  }
  return problems;
}
