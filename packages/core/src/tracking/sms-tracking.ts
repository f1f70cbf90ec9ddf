import { formatVietnamDay, formatVietnamTimeAndDay } from '../calendar/vietnam-time.js';
import { readDossierCode } from '../codes/scanned-code.js';
import { type DossierState, STATE_LABELS } from '../dossiers/states.js';
import { clipText } from '../text/clip.js';

/**
 * Tracking by SMS: a citizen texts the dossier code from the receipt to the agency's number and
 * gets its status back. The code alone may show only a masked summary, so the answer names no
 * one: the procedure, the state, where the dossier is and the appointment.
 */

/** The keyword printed on the receipt ("tra cứu"); "HS" (hồ sơ) and the bare code are understood too. */
export const SMS_TRACKING_KEYWORD = 'TC';

export type SmsTrackingQuery = { kind: 'track'; code: string } | { kind: 'unreadable' };

/**
 * `TC 000.00.01.H56-261123-0007`, `tc000.00.01.h56-261123-0007`, `HS …` or the code alone; the
 * code as any dossier-code box reads it (readDossierCode), so a tracking link pasted in works too.
 */
export function readTrackingSms(text: string): SmsTrackingQuery {
  const words = text.normalize('NFC').trim().toUpperCase().replace(/\s+/g, ' ');
  const code = readDossierCode(words.replace(/^(TC|HS)\s?(?=\d|HTTPS?:)/, ''));
  return code ? { kind: 'track', code } : { kind: 'unreadable' };
}

export interface SmsTrackingFacts {
  code: string;
  procedureName: string;
  state: DossierState;
  /** Where the dossier is: the agency of its current step, else the one that received it. */
  agencyName: string;
  appointmentAt: Date | null;
  returnedAt: Date | null;
}

const FINISHED: ReadonlySet<DossierState> = new Set(['refused', 'withdrawn', 'stopped', 'returned']);
const PROCEDURE_NAME_LENGTH = 60;


/** The answer to a tracking SMS; `facts` is null when no dossier has the code. */
export function trackingSmsReply(query: SmsTrackingQuery, facts: SmsTrackingFacts | null): string {
  if (query.kind === 'unreadable') {
    return `Sai cú pháp. Soạn ${SMS_TRACKING_KEYWORD} <mã hồ sơ> để tra cứu, ví dụ: ${SMS_TRACKING_KEYWORD} 000.00.01.H56-261123-0007`;
  }
  if (!facts) return `Không tìm thấy hồ sơ ${query.code}. Vui lòng kiểm tra lại mã trên giấy tiếp nhận.`;
  const where = FINISHED.has(facts.state) ? '' : ` tại ${facts.agencyName}`;
  const when = facts.returnedAt
    ? `; đã trả kết quả ngày ${formatVietnamDay(facts.returnedAt)}`
    : facts.appointmentAt && !FINISHED.has(facts.state)
      ? `; hẹn trả kết quả ${formatVietnamTimeAndDay(facts.appointmentAt)}`
      : '';
  return `Hồ sơ ${facts.code} (${clipText(facts.procedureName, PROCEDURE_NAME_LENGTH)}): ${STATE_LABELS[facts.state].vi}${where}${when}.`.normalize('NFC');
}
