import { describe, expect, it } from 'vitest';
import {
  WORK_RECORD_ACTIONS,
  WORK_RECORD_STATES,
  handOverDeadline,
  handOverOverdue,
  nextWorkRecordState,
  retentionEndsAfter,
  retentionLabel,
  workRecordCodeProblem,
} from './work-record.js';

describe('the course of a work record', () => {
  it.each([
    ['open', 'file', 'open'],
    ['open', 'unfile', 'open'],
    ['open', 'close', 'closed'],
    ['closed', 'reopen', 'open'],
    ['closed', 'hand_over', 'archived'],
  ] as const)('from %s, %s leads to %s', (from, action, to) => {
    expect(nextWorkRecordState(from, action)).toEqual({ state: to });
  });

  it('refuses every other action, and says an archived record no longer changes', () => {
    const allowed = new Set(['open file', 'open unfile', 'open close', 'closed reopen', 'closed hand_over']);
    for (const state of WORK_RECORD_STATES) {
      for (const action of WORK_RECORD_ACTIONS) {
        if (allowed.has(`${state} ${action}`)) continue;
        const outcome = nextWorkRecordState(state, action);
        expect(outcome, `${state} ${action}`).toHaveProperty('refusal.code', state === 'archived' ? 'record_archived' : 'invalid_transition');
      }
    }
    expect(nextWorkRecordState('closed', 'file')).toEqual({
      refusal: {
        code: 'invalid_transition',
        vi: 'Không thể "Đưa văn bản, tài liệu vào hồ sơ" khi hồ sơ ở trạng thái "Đã kết thúc, chờ nộp lưu".',
        en: '"File a document or note" cannot be done while the record is "Closed, awaiting hand-over".',
      },
    });
  });
});

describe('record codes, retention and hand-over', () => {
  it.each(['01.VP', 'HC-03/2027', 'TCCB.12', 'Đ.01'])('accepts the code %s', (code) => expect(workRecordCodeProblem(code)).toBeNull());
  it.each(['', ' ', '01..VP', '.01', 'VP.', '01 VP', 'A'.repeat(31), '01;DROP'])('refuses the code %j', (code) => expect(workRecordCodeProblem(code)).not.toBeNull());

  it('is handed over within a year of closing, counting 29 February as 1 March', () => {
    expect(handOverDeadline('2027-03-15')).toBe('2028-03-15');
    expect(handOverDeadline('2028-02-29')).toBe('2029-03-01');
    expect(handOverOverdue('closed', '2027-03-15', '2028-03-15')).toBe(false);
    expect(handOverOverdue('closed', '2027-03-15', '2028-03-16')).toBe(true);
    expect(handOverOverdue('archived', '2027-03-15', '2030-01-01')).toBe(false);
    expect(handOverOverdue('open', null, '2030-01-01')).toBe(false);
  });

  it('names retention periods and when they end', () => {
    expect(retentionLabel({ years: 10 })).toEqual({ vi: '10 năm', en: '10 years' });
    expect(retentionLabel({ years: 1 })).toEqual({ vi: '1 năm', en: '1 year' });
    expect(retentionLabel('permanent')).toEqual({ vi: 'Vĩnh viễn', en: 'Permanent' });
    expect(retentionEndsAfter({ years: 5 }, 2027)).toBe(2032);
    expect(retentionEndsAfter('permanent', 2027)).toBeNull();
  });
});
