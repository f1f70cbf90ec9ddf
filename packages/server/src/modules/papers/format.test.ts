import { describe, expect, it } from 'vitest';
import { compactStamp, dayOf, longDay, placeOf, timeAndDay, workingDays, yearOf } from './format.js';

describe('how papers write times and places', () => {
  const evening = new Date('2026-01-05T16:30:00Z'); // 23:30 on 5 January in Vietnam

  it('writes instants in Vietnam time', () => {
    expect(timeAndDay(evening)).toBe('23:30 05/01/2026');
    expect(dayOf(evening)).toBe('05/01/2026');
    expect(compactStamp(evening)).toBe('20260105233000');
    // 18:00 UTC on 31 December is already the next year in Vietnam.
    expect(yearOf(new Date('2026-12-31T18:00:00Z'))).toBe('2027');
  });

  it('writes the date line as Decree 30/2020 does: leading zeros for days below 10 and for January and February only', () => {
    expect(longDay(evening)).toBe('ngày 05 tháng 01 năm 2026');
    expect(longDay(new Date('2026-02-14T03:00:00Z'))).toBe('ngày 14 tháng 02 năm 2026');
    expect(longDay(new Date('2026-03-09T03:00:00Z'))).toBe('ngày 09 tháng 3 năm 2026');
    expect(longDay(new Date('2026-11-23T02:00:00Z'))).toBe('ngày 23 tháng 11 năm 2026');
  });

  it.each([
    ['UBND xã Hòa Bình', 'Hòa Bình'],
    ['UBND phường Hạc Thành', 'Hạc Thành'],
    ['Sở Tư pháp tỉnh Thanh Hóa', 'Thanh Hóa'],
    ['UBND thành phố Hà Nội', 'Hà Nội'],
    ['Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa', 'Thanh Hóa'],
    ['Phòng Văn hóa - Xã hội xã Đồng Tâm', 'Đồng Tâm'],
    ['UBND Đặc khu Phú Quốc', 'Phú Quốc'],
    ['Bộ Tư pháp', 'Bộ Tư pháp'],
  ])('takes the place of "%s" as "%s"', (agency, place) => {
    expect(placeOf(agency)).toBe(place);
  });

  it('states time limits in working days', () => {
    expect(workingDays(5)).toBe('5 ngày làm việc');
    expect(workingDays(0.5)).toBe('0,5 ngày làm việc');
    expect(workingDays(0)).toBe('Trong ngày');
  });
});
