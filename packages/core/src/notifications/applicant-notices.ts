import { formatVietnamDay, formatVietnamTimeAndDay } from '../calendar/vietnam-time.js';
import type { DossierAction } from '../dossiers/lifecycle.js';
import { POSTAL_CARRIER_LABELS, type PostalCarrier } from '../dossiers/delivery.js';
import type { Channel, DossierState, ReturnMethod } from '../dossiers/states.js';
import { amountInFigures, amountInWords } from '../money/amount-in-words.js';
import { clipText } from '../text/clip.js';

/**
 * What the applicant is told, by e-mail and SMS, when their dossier changes. Decree 224/2026 asks
 * for real-time status notifications that name at least the agency, the handler and the times of
 * reception, processing and return; steps inside the agency (assignment, hand-over between its
 * officers) are not the applicant's concern and send nothing.
 */
export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

type Bilingual = { vi: string; en: string };

export const NOTIFICATION_CHANNEL_LABELS: Record<NotificationChannel, Bilingual> = {
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  sms: { vi: 'SMS', en: 'SMS' },
};

/** Everything a notice may say; gathered partly when the action is taken and partly when it is sent. */
export interface ApplicantNoticeFacts {
  action: NoticeAction;
  dossierCode: string;
  lookupCode: string;
  procedureName: string;
  applicantType: 'citizen' | 'organisation';
  applicantName: string;
  /** The agency that took the action. */
  agencyName: string;
  /** The officer who took it; empty when the applicant did. */
  handlerName: string;
  occurredAt: Date;
  /** The appointment for the result after the action. */
  dueAt: Date | null;
  /** Reasons, or the officer's comment marked for the applicant; never an internal note (empty then). */
  reason: string;
  missingComponents: Array<{ name: string; reason: string }>;
  feeAmountVnd: number | null;
  returnMethod: ReturnMethod | null;
  /** A result handed to the post: the carrier and the item's tracking number. */
  posting?: { carrier: PostalCarrier; trackingNumber: string } | null | undefined;
  /** Where the applicant follows the dossier on the portal. */
  trackingUrl: string;
}

/** A file an e-mail carries beside its text (a meeting's calendar object, a released document's PDF). */
export interface NoticeAttachment {
  filename: string;
  /** With its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  /** Text (a calendar object) or bytes (a signed PDF). */
  content: string | Uint8Array;
}

export interface RenderedNotice {
  /** E-mail subject; empty for SMS. */
  subject: string;
  text: string;
  /** E-mail only: SMS carries none. */
  attachments?: readonly NoticeAttachment[] | undefined;
}

interface NoticeSpec {
  subject: (code: string) => Bilingual;
  headline: (f: ApplicantNoticeFacts) => Bilingual;
  sms: (f: ApplicantNoticeFacts) => string;
  /** Shows the appointment: the dossier's clock runs after this action. */
  due?: 'appointment' | 'new_appointment';
  reason?: true;
  missing?: true;
  fee?: true;
  posting?: true;
}

const at = formatVietnamTimeAndDay;
const dueText = (f: ApplicantNoticeFacts) => (f.dueAt ? at(f.dueAt) : '');
/** SMS are paid by the segment: a long reason is cut there and read in full in the e-mail or on the portal. */
const SMS_REASON_LENGTH = 90;
const reasonText = (f: ApplicantNoticeFacts) => {
  if (!f.reason) return '';
  return ` Lý do: ${clipText(f.reason, SMS_REASON_LENGTH)}`;
};
const fee = (f: ApplicantNoticeFacts) => (f.feeAmountVnd === null ? '' : amountInFigures(f.feeAmountVnd));

const RETURNED_BY: Record<ReturnMethod, Bilingual> = {
  in_person: { vi: 'Kết quả đã được trả trực tiếp tại bộ phận một cửa.', en: 'The result was handed over at the one-stop counter.' },
  post: { vi: 'Kết quả đã được gửi qua dịch vụ bưu chính công ích.', en: 'The result was sent by the public postal service.' },
  electronic: {
    vi: 'Kết quả điện tử đã được gửi vào tài khoản của Ông/Bà trên Cổng dịch vụ công.',
    en: 'The electronic result was delivered to your account on the public service portal.',
  },
};

const supplementSubject = (code: string) => ({ vi: `Hồ sơ ${code} cần bổ sung, hoàn thiện`, en: `Dossier ${code} needs to be completed` });

const NOTICES = {
  submit_online: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã được nộp trực tuyến`, en: `Dossier ${code} submitted online` }),
    headline: (f) => ({
      vi: `Hồ sơ của Ông/Bà đã được gửi đến ${f.agencyName} và đang chờ bộ phận một cửa tiếp nhận.`,
      en: `Your dossier has been sent to ${f.agencyName} and is waiting for the one-stop counter to receive it.`,
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã được gửi đến ${f.agencyName}, đang chờ tiếp nhận. Mã tra cứu: ${f.lookupCode}.`,
  },
  receive_at_counter: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã được tiếp nhận`, en: `Dossier ${code} received` }),
    headline: (f) => ({ vi: `${f.agencyName} đã tiếp nhận hồ sơ của Ông/Bà.`, en: `${f.agencyName} has received your dossier.` }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã được ${f.agencyName} tiếp nhận lúc ${at(f.occurredAt)}; hẹn trả kết quả ${dueText(f)}. Mã tra cứu: ${f.lookupCode}.`,
    due: 'appointment',
  },
  receive: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã được tiếp nhận`, en: `Dossier ${code} received` }),
    headline: (f) => ({ vi: `${f.agencyName} đã tiếp nhận hồ sơ của Ông/Bà.`, en: `${f.agencyName} has received your dossier.` }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã được ${f.agencyName} tiếp nhận lúc ${at(f.occurredAt)}; hẹn trả kết quả ${dueText(f)}.`,
    due: 'appointment',
  },
  request_supplement_at_reception: {
    subject: supplementSubject,
    headline: () => ({
      vi: 'Hồ sơ của Ông/Bà chưa đủ điều kiện tiếp nhận. Đề nghị Ông/Bà bổ sung, hoàn thiện theo các nội dung dưới đây rồi nộp lại.',
      en: 'Your dossier cannot be received yet. Please complete it as described below and submit it again.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} cần bổ sung, hoàn thiện trước khi được tiếp nhận.${reasonText(f)}`,
    reason: true,
    missing: true,
  },
  refuse: {
    subject: (code) => ({ vi: `Hồ sơ ${code} không được tiếp nhận`, en: `Dossier ${code} not received` }),
    headline: (f) => ({
      vi: `${f.agencyName} từ chối tiếp nhận hồ sơ của Ông/Bà vì lý do dưới đây.`,
      en: `${f.agencyName} has refused to receive your dossier, for the reasons below.`,
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} không được tiếp nhận.${reasonText(f)}`,
    reason: true,
  },
  resubmit: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã được nộp lại`, en: `Dossier ${code} submitted again` }),
    headline: () => ({
      vi: 'Hồ sơ đã bổ sung của Ông/Bà đã được gửi lại và đang chờ bộ phận một cửa tiếp nhận.',
      en: 'Your completed dossier has been sent again and is waiting for the one-stop counter to receive it.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã được nộp lại, đang chờ tiếp nhận.`,
  },
  request_supplement: {
    subject: supplementSubject,
    headline: (f) => ({
      vi: `Trong quá trình giải quyết, ${f.agencyName} đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ theo các nội dung dưới đây. Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.`,
      en: `While processing your dossier, ${f.agencyName} asks you to complete it as described below. The time limit stops until the supplement arrives.`,
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} cần bổ sung, hoàn thiện; thời hạn giải quyết tạm dừng đến khi nhận được hồ sơ bổ sung.${reasonText(f)}`,
    reason: true,
    missing: true,
  },
  submit_supplement: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: đã nhận hồ sơ bổ sung`, en: `Dossier ${code}: supplement received` }),
    headline: () => ({ vi: 'Hồ sơ bổ sung của Ông/Bà đã được tiếp nhận; hồ sơ tiếp tục được giải quyết.', en: 'Your supplement has been received; processing continues.' }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã nhận hồ sơ bổ sung và tiếp tục được giải quyết; hẹn trả kết quả ${dueText(f)}.`,
    due: 'appointment',
  },
  request_fee: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: đề nghị nộp phí, lệ phí`, en: `Dossier ${code}: fee to pay` }),
    headline: () => ({
      vi: 'Đề nghị Ông/Bà thực hiện nghĩa vụ tài chính dưới đây để hồ sơ tiếp tục được giải quyết. Thời hạn giải quyết tạm dừng cho đến khi Ông/Bà nộp.',
      en: 'Please pay the amount below so that processing can continue. The time limit stops until you pay.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode}: đề nghị Ông/Bà nộp ${fee(f)} đồng phí, lệ phí để hồ sơ tiếp tục được giải quyết.`,
    reason: true,
    fee: true,
  },
  confirm_fee_paid: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: đã nhận phí, lệ phí`, en: `Dossier ${code}: payment received` }),
    headline: () => ({ vi: 'Đã xác nhận Ông/Bà nộp phí, lệ phí; hồ sơ tiếp tục được giải quyết.', en: 'Your payment has been confirmed; processing continues.' }),
    sms: (f) => `Hồ sơ ${f.dossierCode}: đã xác nhận nộp phí, lệ phí; hẹn trả kết quả ${dueText(f)}.`,
    due: 'appointment',
  },
  extend: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: xin lỗi và hẹn lại ngày trả kết quả`, en: `Dossier ${code}: apology and new appointment` }),
    headline: (f) => ({
      vi: `${f.agencyName} xin lỗi Ông/Bà vì chưa giải quyết được hồ sơ đúng hẹn và xin gia hạn thời gian giải quyết.`,
      en: `${f.agencyName} apologises for not processing your dossier on time and asks for more time.`,
    }),
    sms: (f) => `${f.agencyName} xin lỗi vì hồ sơ ${f.dossierCode} chưa được giải quyết đúng hẹn; hẹn lại trả kết quả ${dueText(f)}.`,
    due: 'new_appointment',
    reason: true,
  },
  suspend: {
    subject: (code) => ({ vi: `Hồ sơ ${code} tạm dừng xử lý`, en: `Dossier ${code} suspended` }),
    headline: () => ({
      vi: 'Việc giải quyết hồ sơ của Ông/Bà tạm dừng vì lý do dưới đây; thời gian tạm dừng không tính vào thời hạn giải quyết.',
      en: 'Processing of your dossier is suspended for the reasons below; the time limit does not run meanwhile.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} tạm dừng xử lý.${reasonText(f)}`,
    reason: true,
  },
  resume: {
    subject: (code) => ({ vi: `Hồ sơ ${code} tiếp tục được xử lý`, en: `Dossier ${code} resumed` }),
    headline: () => ({ vi: 'Hồ sơ của Ông/Bà tiếp tục được giải quyết.', en: 'Processing of your dossier has resumed.' }),
    sms: (f) => `Hồ sơ ${f.dossierCode} tiếp tục được xử lý; hẹn trả kết quả ${dueText(f)}.`,
    due: 'appointment',
  },
  stop: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: thông báo dừng giải quyết`, en: `Dossier ${code}: processing stopped` }),
    headline: (f) => ({
      vi: `${f.agencyName} thông báo dừng giải quyết hồ sơ của Ông/Bà vì lý do dưới đây.`,
      en: `${f.agencyName} has stopped processing your dossier, for the reasons below.`,
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã dừng giải quyết.${reasonText(f)}`,
    reason: true,
  },
  withdraw: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã được rút`, en: `Dossier ${code} withdrawn` }),
    headline: () => ({
      vi: 'Hồ sơ của Ông/Bà đã được rút theo đề nghị và không tiếp tục giải quyết.',
      en: 'Your dossier has been withdrawn at your request and will not be processed further.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã được rút theo đề nghị của Ông/Bà.`,
  },
  approve: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã có kết quả`, en: `Result of dossier ${code} ready` }),
    headline: () => ({
      vi: 'Hồ sơ của Ông/Bà đã được giải quyết. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký khi nộp hồ sơ.',
      en: 'Your dossier has been processed. Please collect the result as you chose when you submitted it.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã có kết quả. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký.`,
  },
  refuse_result: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã có kết quả`, en: `Result of dossier ${code} ready` }),
    headline: (f) => ({
      vi: `${f.agencyName} không giải quyết yêu cầu của Ông/Bà; văn bản trả lời nêu rõ lý do. Mời Ông/Bà nhận văn bản theo hình thức đã đăng ký khi nộp hồ sơ.`,
      en: `${f.agencyName} has refused your request; its written answer states the reasons. Please collect it as you chose when you submitted the dossier.`,
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode} đã có kết quả: không giải quyết, có văn bản nêu lý do. Mời Ông/Bà nhận văn bản trả lời.`,
    reason: true,
  },
  return_result: {
    subject: (code) => ({ vi: `Hồ sơ ${code} đã trả kết quả`, en: `Result of dossier ${code} returned` }),
    headline: (f) => RETURNED_BY[f.returnMethod ?? 'in_person'],
    sms: (f) => `Hồ sơ ${f.dossierCode}: ${RETURNED_BY[f.returnMethod ?? 'in_person'].vi}`,
  },
  send_by_post: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: kết quả đã gửi qua bưu chính`, en: `Dossier ${code}: result sent by post` }),
    headline: () => ({
      vi: 'Kết quả giải quyết hồ sơ của Ông/Bà đã được gửi qua dịch vụ bưu chính đến địa chỉ Ông/Bà đăng ký. Ông/Bà theo dõi bưu gửi bằng số hiệu dưới đây.',
      en: 'The result of your dossier has been sent by post to the address you gave. Follow the item with the tracking number below.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode}: kết quả đã gửi qua ${f.posting ? POSTAL_CARRIER_LABELS[f.posting.carrier].vi : 'bưu chính'}, số hiệu bưu gửi ${f.posting?.trackingNumber ?? ''}.`,
    posting: true,
  },
  deliver_electronically: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: kết quả điện tử`, en: `Dossier ${code}: electronic result` }),
    headline: () => ({
      vi: 'Kết quả giải quyết hồ sơ của Ông/Bà đã được trả bằng bản điện tử có chữ ký số: Ông/Bà tải về tại trang hồ sơ trong tài khoản, hoặc theo đường dẫn tra cứu dưới đây.',
      en: 'The result of your dossier has been delivered electronically, digitally signed: download it from the dossier page in your account, or follow the tracking link below.',
    }),
    sms: (f) => `Hồ sơ ${f.dossierCode}: kết quả điện tử có chữ ký số đã được trả vào tài khoản và thư điện tử của Ông/Bà.`,
  },
  confirm_fee_paid_at_submission: {
    subject: (code) => ({ vi: `Hồ sơ ${code}: đã nhận phí, lệ phí`, en: `Dossier ${code}: payment received` }),
    headline: () => ({ vi: 'Đã xác nhận Ông/Bà nộp phí, lệ phí; hồ sơ đang chờ bộ phận một cửa tiếp nhận.', en: 'Your payment has been confirmed; the dossier is waiting for the one-stop counter to receive it.' }),
    sms: (f) => `Hồ sơ ${f.dossierCode}: đã xác nhận nộp phí, lệ phí; hồ sơ đang chờ tiếp nhận.`,
  },
  remind_supplement: {
    subject: (code) => ({ vi: `Nhắc: hồ sơ ${code} đang chờ bổ sung`, en: `Reminder: dossier ${code} awaits your supplement` }),
    headline: (f) => ({
      vi: `Hồ sơ của Ông/Bà vẫn đang chờ bổ sung, hoàn thiện theo yêu cầu gửi lúc ${at(f.occurredAt)}. Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.`,
      en: `Your dossier is still waiting for the supplement requested at ${at(f.occurredAt)}. The time limit stays stopped until it arrives.`,
    }),
    sms: (f) => `Nhắc: hồ sơ ${f.dossierCode} đang chờ Ông/Bà bổ sung, hoàn thiện theo yêu cầu ngày ${formatVietnamDay(f.occurredAt)}.`,
    reason: true,
    missing: true,
  },
  remind_fee: {
    subject: (code) => ({ vi: `Nhắc: hồ sơ ${code} đang chờ nộp phí, lệ phí`, en: `Reminder: dossier ${code} awaits your payment` }),
    headline: (f) => ({
      vi: `Hồ sơ của Ông/Bà vẫn đang chờ nộp phí, lệ phí theo đề nghị gửi lúc ${at(f.occurredAt)}. Thời hạn giải quyết tạm dừng cho đến khi Ông/Bà nộp.`,
      en: `Your dossier is still waiting for the payment requested at ${at(f.occurredAt)}. The time limit stays stopped until you pay.`,
    }),
    sms: (f) => `Nhắc: hồ sơ ${f.dossierCode} đang chờ Ông/Bà nộp ${fee(f)} đồng phí, lệ phí.`,
    fee: true,
  },
  remind_result: {
    subject: (code) => ({ vi: `Nhắc: kết quả hồ sơ ${code} đang chờ Ông/Bà nhận`, en: `Reminder: the result of dossier ${code} awaits you` }),
    headline: (f) => ({
      vi: `Kết quả giải quyết hồ sơ của Ông/Bà đã có từ ${at(f.occurredAt)}. Mời Ông/Bà nhận kết quả theo hình thức đã đăng ký khi nộp hồ sơ.`,
      en: `The result of your dossier has been ready since ${at(f.occurredAt)}. Please collect it as you chose when you submitted the dossier.`,
    }),
    sms: (f) => `Nhắc: kết quả hồ sơ ${f.dossierCode} đã có từ ngày ${formatVietnamDay(f.occurredAt)}. Mời Ông/Bà nhận kết quả.`,
  },
} satisfies Partial<Record<DossierAction | ReminderKind, NoticeSpec>>;

export type NoticeAction = keyof typeof NOTICES;

/** Whether the applicant is told of this action. */
export function notifiesApplicant(action: DossierAction): action is DossierAction & NoticeAction {
  return Object.hasOwn(NOTICES, action);
}

/**
 * Whether the applicant's contact may be written to. Anyone can submit online without signing in
 * and type any phone number or e-mail address, so an anonymous online dossier's contact is told
 * nothing until an officer has received the dossier, having checked the applicant's papers;
 * dossiers handed in at the counter or by post, and those of citizen accounts, are told from the start.
 * (modules/notifications/reminders.ts asks the same of the database.)
 */
export function contactConfirmed(dossier: { channel: Channel; fromAccount: boolean; received: boolean }): boolean {
  return dossier.channel !== 'online' || dossier.fromAccount || dossier.received;
}

/**
 * Reminders (the first level of the proactive services of Decree 224/2026): once, a few working
 * days after the agency asked the applicant for something (a supplement, a fee) or the result
 * became ready, if the dossier is still waiting for them.
 */
export type ReminderKind = 'remind_supplement' | 'remind_fee' | 'remind_result';

/** How screens name a reminder, where other notices take the name of their action. */
export const REMINDER_LABELS: Record<ReminderKind, Bilingual> = {
  remind_supplement: { vi: 'Nhắc bổ sung, hoàn thiện hồ sơ', en: 'Reminder of the supplement' },
  remind_fee: { vi: 'Nhắc nộp phí, lệ phí', en: 'Reminder of the fee' },
  remind_result: { vi: 'Nhắc nhận kết quả', en: 'Reminder to collect the result' },
};

export const isReminderKind = (value: string): value is ReminderKind => Object.hasOwn(REMINDER_LABELS, value);

export interface ReminderRule {
  kind: ReminderKind;
  /** The states in which the dossier waits for the applicant. */
  states: readonly DossierState[];
  /** Working days after the action that put the dossier in that state. */
  afterWorkingDays: number;
}

export const APPLICANT_REMINDERS: readonly ReminderRule[] = [
  { kind: 'remind_supplement', states: ['supplement_requested', 'supplement_before_reception'], afterWorkingDays: 3 },
  { kind: 'remind_fee', states: ['awaiting_fee'], afterWorkingDays: 3 },
  { kind: 'remind_result', states: ['result_ready'], afterWorkingDays: 2 },
];

/** The reminder a dossier in `state` is due, `waitedWorkingMinutes` after it came there; null if none. */
export function dueReminder(state: DossierState, waitedWorkingMinutes: number, minutesPerWorkingDay: number): ReminderRule | null {
  const rule = APPLICANT_REMINDERS.find((candidate) => candidate.states.includes(state));
  return rule && waitedWorkingMinutes >= rule.afterWorkingDays * minutesPerWorkingDay ? rule : null;
}

interface Line {
  label: Bilingual;
  value: string;
}

function detailLines(spec: NoticeSpec, f: ApplicantNoticeFacts): Line[] {
  const lines: Line[] = [
    { label: { vi: 'Mã hồ sơ', en: 'Dossier code' }, value: f.dossierCode },
    { label: { vi: 'Thủ tục', en: 'Procedure' }, value: f.procedureName },
    { label: { vi: 'Cơ quan', en: 'Agency' }, value: f.agencyName },
  ];
  if (f.handlerName) lines.push({ label: { vi: 'Cán bộ xử lý', en: 'Handled by' }, value: f.handlerName });
  lines.push({ label: { vi: 'Thời gian', en: 'Time' }, value: at(f.occurredAt) });
  if (spec.due && f.dueAt) {
    const label = spec.due === 'new_appointment' ? { vi: 'Hẹn trả kết quả mới', en: 'New appointment' } : { vi: 'Hẹn trả kết quả', en: 'Appointment' };
    lines.push({ label, value: at(f.dueAt) });
  }
  if (spec.fee && f.feeAmountVnd !== null) {
    lines.push({ label: { vi: 'Số tiền phải nộp', en: 'Amount to pay' }, value: `${amountInFigures(f.feeAmountVnd)} đồng (${amountInWords(f.feeAmountVnd)})` });
  }
  if (f.reason) lines.push({ label: spec.reason ? { vi: 'Lý do', en: 'Reason' } : { vi: 'Ý kiến của cơ quan', en: 'The agency’s comment' }, value: f.reason });
  if (spec.posting && f.posting) {
    lines.push({ label: { vi: 'Đơn vị bưu chính', en: 'Postal carrier' }, value: POSTAL_CARRIER_LABELS[f.posting.carrier].vi });
    lines.push({ label: { vi: 'Số hiệu bưu gửi', en: 'Tracking number' }, value: f.posting.trackingNumber });
  }
  lines.push({ label: { vi: 'Mã tra cứu', en: 'Lookup code' }, value: f.lookupCode });
  return lines;
}

const EMAIL_WORDING = {
  missing: { vi: 'Thành phần cần bổ sung, hoàn thiện:', en: 'Missing or incomplete:' },
  track: { vi: 'Tra cứu tình trạng hồ sơ', en: 'Track the dossier' },
  automatic: {
    vi: 'Thư này được gửi tự động từ hệ thống một cửa điện tử; vui lòng không trả lời thư này.',
    en: 'This message was sent automatically by the electronic one-stop shop; please do not reply to it.',
  },
};

/** The whole e-mail in one language. */
function emailBody(spec: NoticeSpec, f: ApplicantNoticeFacts, lang: keyof Bilingual): string[] {
  const greeting =
    f.applicantType === 'citizen'
      ? { vi: `Kính gửi Ông/Bà ${f.applicantName},`, en: `Dear ${f.applicantName},` }
      : { vi: `Kính gửi: ${f.applicantName},`, en: `To ${f.applicantName},` };
  const missing = spec.missing && f.missingComponents.length > 0
    ? [EMAIL_WORDING.missing[lang], ...f.missingComponents.map((item) => `  - ${item.name}${item.reason ? `: ${item.reason}` : ''}`)]
    : [];
  return [
    greeting[lang],
    '',
    spec.headline(f)[lang],
    '',
    ...detailLines(spec, f).map((line) => `${line.label[lang]}: ${line.value}`),
    ...missing,
    `${EMAIL_WORDING.track[lang]}: ${f.trackingUrl}`,
    '',
    EMAIL_WORDING.automatic[lang],
  ];
}

/** The notice for one channel, Vietnamese first; e-mails carry an English version below it. */
export function renderApplicantNotice(facts: ApplicantNoticeFacts, channel: NotificationChannel): RenderedNotice {
  const spec: NoticeSpec = NOTICES[facts.action];
  if (channel === 'sms') return { subject: '', text: spec.sms(facts).normalize('NFC') };
  const subject = spec.subject(facts.dossierCode);
  const text = [...emailBody(spec, facts, 'vi'), '', '— English —', '', ...emailBody(spec, facts, 'en')].join('\n');
  return { subject: `${subject.vi} / ${subject.en}`.normalize('NFC'), text: text.normalize('NFC') };
}
