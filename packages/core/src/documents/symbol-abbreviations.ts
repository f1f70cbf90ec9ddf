import type { AgencyKind } from '../agencies/agency.js';

/** People's Committees sign as `UBND` at every level; the place is in the heading, not the symbol. */
const COMMITTEE_KINDS: ReadonlySet<AgencyKind> = new Set<AgencyKind>(['province', 'district', 'commune']);

/** Where an agency's own name ends and the place it serves begins: `Sở Nội vụ | tỉnh Thanh Hóa`. */
const PLACE = /\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)(\s|$).*/u;
/** Words an abbreviation leaves out: `Sở Giáo dục và Đào tạo` → `SGDĐT`. */
const LEFT_OUT = new Set(['và', '-', '–']);
/** What a unit's name starts with but its abbreviation does not (`Phòng Văn hóa - Xã hội` → `VHXH`). */
const UNIT_PREFIX = /^(phòng|bộ phận|ban)\s+/iu;

const initials = (name: string) =>
  name
    .normalize('NFC')
    .split(/\s+/)
    .filter((word) => word && !LEFT_OUT.has(word.toLocaleLowerCase('vi')))
    .map((word) => (/^[\p{Lu}\d]{2,}$/u.test(word) ? word : word[0]!.toLocaleUpperCase('vi')))
    .join('');

/**
 * The abbreviation an agency signs its documents' symbols with when none was set: `UBND` for a
 * People's Committee, the initials of the name without its place otherwise (`Sở Nội vụ tỉnh
 * Thanh Hóa` → `SNV`); a word already in capitals (`BHXH`) is kept whole.
 */
export function defaultAgencyAbbreviation(agency: { kind: AgencyKind; name: string }): string {
  if (COMMITTEE_KINDS.has(agency.kind)) return 'UBND';
  return initials(agency.name.normalize('NFC').replace(PLACE, ''));
}

/** A unit's abbreviation when none was set: `Văn phòng` → `VP`, `Phòng Văn hóa - Xã hội` → `VHXH`. */
export function defaultUnitAbbreviation(unit: { name: string }): string {
  const name = unit.name.normalize('NFC').trim();
  return initials(/^văn phòng\b/iu.test(name) ? name : name.replace(UNIT_PREFIX, ''));
}
