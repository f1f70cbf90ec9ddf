import type { OfficerRole } from '../access/roles.js';
import { addDays } from '../calendar/vietnam-time.js';

/**
 * Work records (hồ sơ công việc, Decree 30/2020 and the Law on Archives): each agency opens, at the
 * start of a year, the records of its list (danh mục hồ sơ) — a code, a title, a retention period
 * and the officer who keeps it. Documents received and sent, drafts and notes are filed into a
 * record while it is open; its keeper closes it when the work is done, and the agency's archive
 * (the document clerk) takes it over within a year, after which nothing in it changes.
 */
export const WORK_RECORD_STATES = ['open', 'closed', 'archived'] as const;
export type WorkRecordState = (typeof WORK_RECORD_STATES)[number];

export const WORK_RECORD_STATE_LABELS: Record<WorkRecordState, { vi: string; en: string }> = {
  open: { vi: 'Đang lập', en: 'Open' },
  closed: { vi: 'Đã kết thúc, chờ nộp lưu', en: 'Closed, awaiting hand-over' },
  archived: { vi: 'Đã nộp lưu cơ quan', en: 'Handed over to the archive' },
};

export const WORK_RECORD_ACTIONS = ['file', 'unfile', 'close', 'reopen', 'hand_over'] as const;
export type WorkRecordAction = (typeof WORK_RECORD_ACTIONS)[number];

/** Who takes an action: the record's keeper (and the head of its unit, or a leader, in their stead), or the agency's archive. */
export type WorkRecordActor = 'keeper' | 'archive';

export interface WorkRecordTransition {
  action: WorkRecordAction;
  from: WorkRecordState;
  /** The record's state after the action (filing leaves it open). */
  to: WorkRecordState;
  by: WorkRecordActor;
  label: { vi: string; en: string };
}

/** The one table of a record's course. */
export const WORK_RECORD_TRANSITIONS: readonly WorkRecordTransition[] = [
  { action: 'file', from: 'open', to: 'open', by: 'keeper', label: { vi: 'Đưa văn bản, tài liệu vào hồ sơ', en: 'File a document or note' } },
  { action: 'unfile', from: 'open', to: 'open', by: 'keeper', label: { vi: 'Rút văn bản, tài liệu khỏi hồ sơ', en: 'Take an item out' } },
  { action: 'close', from: 'open', to: 'closed', by: 'keeper', label: { vi: 'Kết thúc hồ sơ', en: 'Close the record' } },
  { action: 'reopen', from: 'closed', to: 'open', by: 'keeper', label: { vi: 'Mở lại hồ sơ', en: 'Reopen the record' } },
  { action: 'hand_over', from: 'closed', to: 'archived', by: 'archive', label: { vi: 'Nhận nộp lưu vào lưu trữ cơ quan', en: 'Take over into the archive' } },
];

export const workRecordTransitionOf = (action: WorkRecordAction): WorkRecordTransition => WORK_RECORD_TRANSITIONS.find((row) => row.action === action)!;

/** The record's state after the action, or why the action does not apply to a record in that state. */
export function nextWorkRecordState(state: WorkRecordState, action: WorkRecordAction): { state: WorkRecordState } | { refusal: { code: 'invalid_transition' | 'record_archived'; vi: string; en: string } } {
  const transition = workRecordTransitionOf(action);
  if (transition.from === state) return { state: transition.to };
  if (state === 'archived') {
    return {
      refusal: {
        code: 'record_archived',
        vi: 'Hồ sơ đã nộp lưu vào lưu trữ cơ quan nên không thay đổi được nữa.',
        en: 'The record was handed over to the archive and can no longer change.',
      },
    };
  }
  const label = WORK_RECORD_STATE_LABELS[state];
  return {
    refusal: {
      code: 'invalid_transition',
      vi: `Không thể "${transition.label.vi}" khi hồ sơ ở trạng thái "${label.vi}".`,
      en: `"${transition.label.en}" cannot be done while the record is "${label.en}".`,
    },
  };
}

/** The roles that act as the agency's archive, and those that keep the list of records (open new ones). */
export const ARCHIVE_ROLES: readonly OfficerRole[] = ['document_clerk'];
export const RECORD_LIST_ROLES: readonly OfficerRole[] = ['document_clerk', 'agency_leader', 'admin'];

/** A record is kept for a number of years, or permanently (vĩnh viễn). */
export type Retention = { years: number } | 'permanent';

export const MAX_RETENTION_YEARS = 70;

export function retentionLabel(retention: Retention): { vi: string; en: string } {
  if (retention === 'permanent') return { vi: 'Vĩnh viễn', en: 'Permanent' };
  return { vi: `${retention.years} năm`, en: `${retention.years} year${retention.years === 1 ? '' : 's'}` };
}

/** A code of the list: letters (with diacritics), digits, and `.`, `-`, `/` between them, e.g. `01.VP`, `HC-03/2027`. */
const RECORD_CODE = /^[\p{L}\p{N}]+(?:[.\-/][\p{L}\p{N}]+)*$/u;

export function workRecordCodeProblem(code: string): { vi: string; en: string } | null {
  const normalised = code.normalize('NFC').trim();
  if (normalised.length === 0 || normalised.length > 30 || !RECORD_CODE.test(normalised)) {
    return {
      vi: 'Số, ký hiệu hồ sơ gồm chữ và số, ngăn cách bởi dấu chấm, gạch ngang hoặc gạch chéo (ví dụ 01.VP), tối đa 30 ký tự.',
      en: 'A record code is letters and digits separated by dots, dashes or slashes (e.g. 01.VP), at most 30 characters.',
    };
  }
  return null;
}

/**
 * The last day for the archive to take a closed record over: the same day a year after it was
 * closed (a Vietnam day; from 29 February, 1 March).
 */
export function handOverDeadline(closedOn: string): string {
  const sameDay = `${Number(closedOn.slice(0, 4)) + 1}${closedOn.slice(4)}`;
  return closedOn.endsWith('-02-29') ? addDays(sameDay.replace('-02-29', '-02-28'), 1) : sameDay;
}

/** Whether a closed record waits past its hand-over deadline on `today` (Vietnam days). */
export const handOverOverdue = (state: WorkRecordState, closedOn: string | null, today: string): boolean =>
  state === 'closed' && closedOn !== null && today > handOverDeadline(closedOn);

/** The year after which a record's retention ends (null: kept for ever), counted from 1 January after the year it was closed. */
export const retentionEndsAfter = (retention: Retention, closedYear: number): number | null => (retention === 'permanent' ? null : closedYear + retention.years);
