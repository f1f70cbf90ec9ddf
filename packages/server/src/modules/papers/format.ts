import { formatVietnamDay, formatVietnamTimeAndDay, toVietnamIso } from '@motcua/core';

/** How the papers write instants, days and places: always in Vietnam time, as the forms print them. */

function parts(at: Date) {
  const iso = toVietnamIso(at);
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10), hour: iso.slice(11, 13), minute: iso.slice(14, 16), second: iso.slice(17, 19) };
}

/** `23/11/2026`. */
export const dayOf = formatVietnamDay;

/** `2026`: registers and receipt books start a new volume each calendar year. */
export const yearOf = (at: Date): string => parts(at).year;

/** `09:00 23/11/2026`. */
export const timeAndDay = formatVietnamTimeAndDay;

/** `20261123090000`, as the National Public Service Portal exchanges dates. */
export function compactStamp(at: Date): string {
  const { year, month, day, hour, minute, second } = parts(at);
  return `${year}${month}${day}${hour}${minute}${second}`;
}

/**
 * `ngày 05 tháng 02 năm 2026`: Decree 30/2020 writes days below 10 and the months January and
 * February with a leading zero, other months without.
 */
export function longDay(at: Date): string {
  const { year, month, day } = parts(at);
  const monthNumber = Number(month);
  return `ngày ${day} tháng ${monthNumber < 3 ? month : String(monthNumber)} năm ${year}`;
}

// Longest first, so that "thành phố" is not read as a bare name.
const UNIT_WORDS = ['thành phố', 'thị trấn', 'đặc khu', 'thị xã', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];
const UNIT_PATTERN = new RegExp(`(?:^|\\s)(?:${UNIT_WORDS.join('|')})\\s+(.+)$`, 'iu');

/**
 * The place name the place-and-date line begins with: the locality in the agency's name (`UBND xã
 * Hòa Bình` → `Hòa Bình`, `Sở Tư pháp tỉnh Thanh Hóa` → `Thanh Hóa`), else the agency's name.
 */
export function placeOf(agencyName: string): string {
  // Names end with the locality the agency belongs to: "Phòng Văn hóa - Xã hội xã Hòa Bình" takes two steps.
  let rest = agencyName.normalize('NFC').trim();
  for (let match = UNIT_PATTERN.exec(rest); match; match = UNIT_PATTERN.exec(rest)) rest = match[1]!.trim();
  return rest;
}

/** `5 ngày làm việc`, `0,5 ngày làm việc`, or `Trong ngày` for a zero limit. */
export function workingDays(days: number): string {
  if (days <= 0) return 'Trong ngày';
  return `${String(days).replace('.', ',')} ngày làm việc`;
}

/** Upper case as Vietnamese writes it (đ → Đ, ơ → Ơ). */
export const upper = (text: string) => text.toLocaleUpperCase('vi');
