import { describe, expect, it } from 'vitest';
import { vietnamInstant } from '../calendar/index.js';
import { checkPublication, effectiveInstant, upcomingVersion, versionInForce } from './versions.js';

const versions = [
  { version: 1, effectiveFrom: vietnamInstant('2025-07-01') },
  { version: 2, effectiveFrom: vietnamInstant('2026-11-20', '10:30') },
  { version: 3, effectiveFrom: vietnamInstant('2027-01-01') },
];

describe('the version in force', () => {
  it('is the newest whose effective instant has come, to the millisecond in Vietnam time', () => {
    expect(versionInForce(versions, vietnamInstant('2025-06-30', '23:59'))).toBeUndefined();
    expect(versionInForce(versions, vietnamInstant('2026-11-20', '10:29'))?.version).toBe(1);
    expect(versionInForce(versions, vietnamInstant('2026-11-20', '10:30'))?.version).toBe(2);
    expect(versionInForce(versions, new Date(vietnamInstant('2027-01-01').getTime() - 1))?.version).toBe(2);
    // 31/12/2026 17:00 UTC is already 1 January 2027 in Vietnam.
    expect(versionInForce(versions, new Date('2026-12-31T17:00:00Z'))?.version).toBe(3);
  });

  it('names the version waiting for its date, if any', () => {
    expect(upcomingVersion(versions, vietnamInstant('2026-12-03'))?.version).toBe(3);
    expect(upcomingVersion(versions, vietnamInstant('2025-01-01'))?.version).toBe(1);
    expect(upcomingVersion(versions, vietnamInstant('2027-01-01'))).toBeUndefined();
  });
});

describe('a publication', () => {
  const today = '2026-12-03';
  const valid = { decidingDocument: 'Quyết định số 1234/QĐ-UBND', decidedOn: '2026-11-15', effectiveOn: '2026-12-15' };

  it('accepts a decision applying today or later', () => {
    expect(checkPublication(valid, today)).toEqual([]);
    expect(checkPublication({ ...valid, effectiveOn: today }, today)).toEqual([]);
  });

  it('needs the deciding document and its date', () => {
    expect(checkPublication({ ...valid, decidingDocument: '  ' }, today)).toEqual([expect.objectContaining({ field: 'decidingDocument' })]);
    expect(checkPublication({ ...valid, decidedOn: '2026-02-30' }, today)).toEqual([expect.objectContaining({ field: 'decidedOn' })]);
    expect(checkPublication({ ...valid, decidedOn: '2026-12-04' }, today)[0]).toMatchObject({ field: 'decidedOn', vi: expect.stringContaining('04/12/2026') });
  });

  it('refuses an effective date before today, before the decision or before the version published last', () => {
    expect(checkPublication({ ...valid, effectiveOn: '2026-12-02' }, today)[0]).toMatchObject({
      field: 'effectiveOn',
      vi: 'Ngày áp dụng (02/12/2026) không được trước hôm nay (03/12/2026): hồ sơ đã tiếp nhận không đổi phiên bản.',
    });
    expect(checkPublication({ ...valid, decidedOn: today, effectiveOn: '' }, today)).toEqual([expect.objectContaining({ field: 'effectiveOn' })]);
    expect(checkPublication(valid, today, { version: 2, effectiveOn: '2026-12-20' })[0]).toMatchObject({
      field: 'effectiveOn',
      vi: 'Phiên bản 2 áp dụng từ ngày 20/12/2026; phiên bản mới không được áp dụng trước ngày đó.',
    });
    expect(checkPublication(valid, today, { version: 2, effectiveOn: '2026-12-15' })).toEqual([]);
  });

  it('takes effect at the start of its day in Vietnam, or when published if that day has begun', () => {
    const now = vietnamInstant(today, '14:00');
    expect(effectiveInstant('2026-12-15', now).toISOString()).toBe('2026-12-14T17:00:00.000Z');
    expect(effectiveInstant(today, now)).toEqual(now);
  });
});
