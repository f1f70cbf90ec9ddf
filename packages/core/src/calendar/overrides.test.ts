import { describe, expect, it } from 'vitest';
import { overrideRefusal } from './overrides.js';

describe('overrideRefusal', () => {
  it('refuses an extra day off on a Sunday, naming the weekly rest day', () => {
    // 2026-12-06 is a Sunday.
    expect(overrideRefusal({ date: '2026-12-06', kind: 'day_off' })).toEqual({
      code: 'override_changes_nothing',
      vi: 'Ngày 06/12/2026 là Chủ nhật, ngày nghỉ hằng tuần: không cần thêm ngày nghỉ.',
      en: '06/12/2026 is a Sunday, a weekly rest day: no extra day off is needed.',
    });
    expect(overrideRefusal({ date: '2026-12-05', kind: 'day_off' })?.vi).toContain('Thứ Bảy');
  });

  it('refuses an extra day off on a public holiday, naming it', () => {
    expect(overrideRefusal({ date: '2026-09-02', kind: 'day_off' })?.vi).toBe('Ngày 02/09/2026 đã là ngày nghỉ (Quốc khánh): không cần thêm ngày nghỉ.');
  });

  it('refuses a make-up working day on a day that is already working', () => {
    expect(overrideRefusal({ date: '2026-12-07', kind: 'working_day' })?.vi).toBe('Ngày 07/12/2026 vốn đã là ngày làm việc: không cần thêm ngày làm bù.');
  });

  it('accepts overrides that change the day: a day off on a working day, a working Saturday or holiday', () => {
    expect(overrideRefusal({ date: '2026-12-07', kind: 'day_off' })).toBeNull();
    expect(overrideRefusal({ date: '2026-12-05', kind: 'working_day' })).toBeNull();
    expect(overrideRefusal({ date: '2026-09-02', kind: 'working_day' })).toBeNull();
  });
});
