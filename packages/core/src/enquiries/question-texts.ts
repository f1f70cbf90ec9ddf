import type { NotificationChannel, RenderedNotice } from '../notifications/applicant-notices.js';
import { QUESTION_CONFIRMATION_HOURS } from './questions.js';

/**
 * What the portal shows of a published question: never who asked. The leader may edit the text;
 * what it holds that looks like a contact or an identity number (a mail address, a phone number,
 * a 9- or 12-digit number) is masked whatever they write, and so is the asker's name wherever it
 * is quoted (Law 91/2025 on personal data).
 */
const EMAIL_IN_TEXT = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[A-Za-z]{2,}/g;
// A phone number as people write it: +84 or 0, then 8 to 10 more digits, spaces, dots or dashes between them.
const PHONE_IN_TEXT = /(?<![\p{L}\p{N}])(?:\+84|0)(?:[\s.-]?\d){8,10}(?![\p{L}\p{N}])/gu;
// A citizen identity number (12 digits) or an old identity card's (9).
const IDENTITY_IN_TEXT = /(?<![\p{L}\p{N}])(?:\d{12}|\d{9})(?![\p{L}\p{N}])/gu;

export const MASKED = { email: '[thư điện tử]', phone: '[số điện thoại]', identity: '[số định danh]', asker: '[người hỏi]', sender: '[người gửi]' } as const;

/**
 * The text with every mail address, phone number and identity number masked, and the given names
 * too, each replaced by the label of who they are (the asker of a question by default; the sender of a feedback).
 */
export function maskPersonalData(text: string, names: readonly string[] = [], nameLabel: string = MASKED.asker): string {
  let masked = text.normalize('NFC').replace(EMAIL_IN_TEXT, MASKED.email).replace(PHONE_IN_TEXT, MASKED.phone).replace(IDENTITY_IN_TEXT, MASKED.identity);
  for (const name of names.map((each) => each.normalize('NFC').trim()).filter((each) => each.length >= 2)) {
    masked = masked.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), nameLabel);
  }
  return masked;
}

/** The public code of a question: `HD-2026-000042`, its year and its number. */
export const questionCode = (year: number, number: number): string => `HD-${year}-${String(number).padStart(6, '0')}`;

/** The message asking the asker to confirm their contact: the link opens the portal's confirmation page. */
export function renderQuestionConfirmation(facts: { name: string; title: string; confirmUrl: string }, channel: NotificationChannel): RenderedNotice {
  const hours = QUESTION_CONFIRMATION_HOURS;
  if (channel === 'sms') {
    return { subject: '', text: `Xác nhận câu hỏi gửi Cổng Dịch vụ công trong ${hours} giờ: ${facts.confirmUrl} . Bỏ qua nếu bạn không gửi.`.normalize('NFC') };
  }
  const vi = [
    `Kính gửi ${facts.name},`,
    '',
    `Cổng Dịch vụ công đã nhận câu hỏi "${facts.title}" gửi kèm địa chỉ thư điện tử này.`,
    `Để câu hỏi được chuyển đến cơ quan có thẩm quyền trả lời, vui lòng xác nhận trong ${hours} giờ tại: ${facts.confirmUrl}`,
    'Nếu ông/bà không gửi câu hỏi này, hãy bỏ qua thư: câu hỏi sẽ tự hủy.',
  ];
  const en = [
    `Dear ${facts.name},`,
    '',
    `The public services portal received the question "${facts.title}" with this address as its contact.`,
    `To have it sent to the competent agency, confirm it within ${hours} hours at: ${facts.confirmUrl}`,
    'If you did not ask it, ignore this message: the question will be dropped.',
  ];
  return {
    subject: 'Xác nhận câu hỏi gửi Cổng Dịch vụ công / Confirm your question',
    text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC'),
  };
}

const SMS_ANSWER_LENGTH = 300;

/** The approved answer, sent to the asker: in full by e-mail; by SMS its beginning, the rest on the portal once published. */
export function renderQuestionAnswer(
  facts: { name: string; code: string; title: string; answer: string; agencyName: string; lookupUrl: string },
  channel: NotificationChannel,
): RenderedNotice {
  if (channel === 'sms') {
    const answer = facts.answer.length > SMS_ANSWER_LENGTH ? `${facts.answer.slice(0, SMS_ANSWER_LENGTH).trimEnd()}…` : facts.answer;
    return { subject: '', text: `${facts.agencyName} trả lời câu hỏi ${facts.code}: ${answer}`.normalize('NFC') };
  }
  const vi = [
    `Kính gửi ${facts.name},`,
    '',
    `${facts.agencyName} trả lời câu hỏi số ${facts.code} "${facts.title}" của ông/bà như sau:`,
    '',
    facts.answer,
    '',
    `Các câu hỏi đã được công khai xem tại: ${facts.lookupUrl}`,
  ];
  const en = [`Dear ${facts.name},`, '', `${facts.agencyName} has answered your question ${facts.code} "${facts.title}"; the answer, in Vietnamese, is above.`];
  return {
    subject: `Trả lời câu hỏi ${facts.code} / The answer to your question`.normalize('NFC'),
    text: [...vi, '', '— English —', '', ...en].join('\n').normalize('NFC'),
  };
}
