import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';
import { FEEDBACK_KIND_LABELS, type FeedbackKind } from './feedback.js';
import { QUESTION_CONFIRMATION_HOURS } from './questions.js';

/** The public code of a feedback: `PA-2026-000042`, its year and its number. */
export const feedbackCode = (year: number, number: number): string => `PA-${year}-${String(number).padStart(6, '0')}`;

/** As long as a question's, a feedback's contact is confirmed within this many hours or it is dropped unseen. */
export const FEEDBACK_CONFIRMATION_HOURS = QUESTION_CONFIRMATION_HOURS;

/** What the sender is written about a feedback: what it is, and who from. */
interface FeedbackFacts {
  name: string;
  kind: FeedbackKind;
  title: string;
}

const SMS_TEXT_LENGTH = 300;
const shortened = (text: string) => (text.length > SMS_TEXT_LENGTH ? `${text.slice(0, SMS_TEXT_LENGTH).trimEnd()}…` : text);

/** One message in Vietnamese, then English, as every message to people is. */
function bilingual(subject: string, vi: readonly string[], en: readonly string[]): RenderedNotice {
  return { subject: subject.normalize('NFC'), text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC') };
}

/** The message asking the sender to confirm their contact: the link opens the portal's confirmation page. */
export function renderFeedbackConfirmation(facts: FeedbackFacts & { confirmUrl: string }, channel: NotificationChannel): RenderedNotice {
  const kind = FEEDBACK_KIND_LABELS[facts.kind];
  const hours = FEEDBACK_CONFIRMATION_HOURS;
  if (channel === 'sms') {
    return { subject: '', text: `Xác nhận ${kind.vi.toLowerCase()} gửi Cổng Dịch vụ công trong ${hours} giờ: ${facts.confirmUrl} . Bỏ qua nếu bạn không gửi.`.normalize('NFC') };
  }
  return bilingual(
    `Xác nhận ${kind.vi.toLowerCase()} gửi Cổng Dịch vụ công / Confirm your ${kind.en.toLowerCase()}`,
    [
      `Kính gửi ${facts.name},`,
      '',
      `Cổng Dịch vụ công đã nhận ${kind.vi.toLowerCase()} "${facts.title}" gửi kèm địa chỉ thư điện tử này.`,
      `Để được chuyển đến cơ quan có thẩm quyền, vui lòng xác nhận trong ${hours} giờ tại: ${facts.confirmUrl}`,
      'Nếu ông/bà không gửi, hãy bỏ qua thư: nội dung sẽ tự hủy.',
    ],
    [
      `Dear ${facts.name},`,
      '',
      `The public services portal received the ${kind.en.toLowerCase()} "${facts.title}" with this address as its contact.`,
      `To have it sent to the competent agency, confirm it within ${hours} hours at: ${facts.confirmUrl}`,
      'If you did not send it, ignore this message: it will be dropped.',
    ],
  );
}

/** The agency asks the sender for more information: they answer by the link, and the handling waits for them. */
export function renderFeedbackInformationRequest(facts: FeedbackFacts & { code: string; agencyName: string; request: string; replyUrl: string }, channel: NotificationChannel): RenderedNotice {
  if (channel === 'sms') {
    return { subject: '', text: `${facts.agencyName} đề nghị bổ sung thông tin cho ${facts.code}: ${shortened(facts.request)} Trả lời tại: ${facts.replyUrl}`.normalize('NFC') };
  }
  return bilingual(
    `Đề nghị bổ sung thông tin ${facts.code} / More information needed`,
    [
      `Kính gửi ${facts.name},`,
      '',
      `${facts.agencyName} đề nghị ông/bà bổ sung thông tin cho ${FEEDBACK_KIND_LABELS[facts.kind].vi.toLowerCase()} số ${facts.code} "${facts.title}":`,
      '',
      facts.request,
      '',
      `Vui lòng trả lời tại: ${facts.replyUrl}`,
      'Thời hạn xử lý được tính tiếp từ khi ông/bà bổ sung.',
    ],
    [`Dear ${facts.name},`, '', `${facts.agencyName} asks for more information about ${facts.code} "${facts.title}" (the request, in Vietnamese, is above).`, `Answer at: ${facts.replyUrl}`, 'The time to handle it runs again once you answer.'],
  );
}

/** How a feedback ended, as the sender is told: answered, refused (out of scope), or sent on to the competent body. */
export type FeedbackOutcome = { kind: 'answer'; answer: string } | { kind: 'refused'; reason: string } | { kind: 'routed'; body: string; reason: string };

export function renderFeedbackOutcome(facts: FeedbackFacts & { code: string; agencyName: string; outcome: FeedbackOutcome; lookupUrl: string }, channel: NotificationChannel): RenderedNotice {
  const { outcome } = facts;
  const [vi, en] =
    outcome.kind === 'answer'
      ? [`${facts.agencyName} trả lời như sau:\n\n${outcome.answer}`, `${facts.agencyName} has answered it; the answer, in Vietnamese, is above.`]
      : outcome.kind === 'refused'
        ? [`${facts.agencyName} không tiếp nhận, vì: ${outcome.reason}`, `${facts.agencyName} did not accept it; the reason, in Vietnamese, is above.`]
        : [
            `${facts.agencyName} đã chuyển đến ${outcome.body}, cơ quan có thẩm quyền giải quyết theo quy định của pháp luật. ${outcome.reason}`,
            `${facts.agencyName} has sent it to ${outcome.body}, the body competent to decide it under the law.`,
          ];
  if (channel === 'sms') return { subject: '', text: `${facts.code}: ${shortened(vi)}`.normalize('NFC') };
  return bilingual(
    `Kết quả ${FEEDBACK_KIND_LABELS[facts.kind].vi.toLowerCase()} ${facts.code} / About your ${FEEDBACK_KIND_LABELS[facts.kind].en.toLowerCase()}`,
    [`Kính gửi ${facts.name},`, '', `Về ${FEEDBACK_KIND_LABELS[facts.kind].vi.toLowerCase()} số ${facts.code} "${facts.title}" của ông/bà, ${vi}`, '', `Các kết quả đã công khai xem tại: ${facts.lookupUrl}`],
    [`Dear ${facts.name},`, '', `About ${facts.code} "${facts.title}": ${en}`],
  );
}
