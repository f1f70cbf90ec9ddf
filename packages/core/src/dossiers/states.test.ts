import { describe, expect, it } from 'vitest';
import { DOSSIER_STATES, NATIONAL_STATUS, NATIONAL_STATUS_LABELS } from './states.js';

describe('national portal status codes', () => {
  it('has a meaning in words for the code of every state', () => {
    for (const state of DOSSIER_STATES) expect(NATIONAL_STATUS_LABELS[NATIONAL_STATUS[state]]?.vi, state).toMatch(/\p{L}/u);
    expect(NATIONAL_STATUS_LABELS[NATIONAL_STATUS.processing]).toEqual({ vi: 'Đang xử lý', en: 'Being processed' });
    expect(Object.keys(NATIONAL_STATUS_LABELS).map(Number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
