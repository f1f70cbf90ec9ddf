import { hasVisibleText, isStorableText } from '../text/visible.js';
import { type AreaGeometry, type BoundingBox, areaGeometryProblem, boundingBox, planarGeometry } from './geometry.js';
import {
  type LandUse,
  type LandUseCode,
  type LandUseTerm,
  type PlanningStatus,
  LAND_USE_TYPES,
  derivedPlanningStatus,
  isLandUseCode,
  isPlanningStatus,
} from './land-use.js';

/**
 * A parcel (thửa đất) is named by its commune, its cadastral map sheet (tờ bản đồ số) and its
 * number on that sheet (thửa đất số). Sheets are numbered from 1 within a commune, parcels from 1
 * within a sheet.
 */
export const MAX_SHEET_NUMBER = 9_999;
export const MAX_PARCEL_NUMBER = 99_999;

/** A sheet or parcel number given as a number or as digits ("012" is 12), or undefined when it is not one. */
export function readParcelNumber(value: unknown, max: number): number | undefined {
  const digits = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(digits) && digits >= 1 && digits <= max ? digits : undefined;
}

/** How a parcel is named to people: "Thửa đất số 125, tờ bản đồ số 12". */
export const parcelLabel = (sheet: number, parcel: number) => ({
  vi: `Thửa đất số ${parcel}, tờ bản đồ số ${sheet}`,
  en: `Parcel ${parcel}, map sheet ${sheet}`,
});

/**
 * The serial of a land-use rights certificate (số phát hành): two capital letters and six to eight
 * digits ("CS 123456", "DA 01234567"), written with one space however it was typed.
 */
export function normaliseCertificateSerial(value: string): string | undefined {
  const match = /^\s*([A-Za-z]{2})\s*-?\s*(\d{6,8})\s*$/.exec(value.normalize('NFC'));
  return match ? `${match[1]!.toUpperCase()} ${match[2]}` : undefined;
}

/** The person or organisation holding the land-use rights: seen only by officers of the land office. */
export interface ParcelHolder {
  name: string;
  idNumber: string | null;
  address: string | null;
}

/** A parcel as an import file gives it, checked. */
export interface ParcelRecord {
  sheet: number;
  parcel: number;
  areaM2: number;
  uses: LandUse[];
  address: string | null;
  plannedUse: LandUseCode | null;
  planningStatus: PlanningStatus | null;
  planningZone: string | null;
  restrictions: string[];
  certificateSerial: string | null;
  holder: ParcelHolder | null;
  geometry: AreaGeometry;
  bbox: BoundingBox;
}

/** A zone of the approved land-use plan, drawn on the map under the parcels. */
export interface PlanningZoneRecord {
  code: string;
  name: string;
  plannedUse: LandUseCode;
  decision: string | null;
  geometry: AreaGeometry;
  bbox: BoundingBox;
}

export interface LandImportProblem {
  /** The index of the feature in the collection's `features`, or null for the collection itself. */
  feature: number | null;
  /** The property at fault (`properties.sheet`, `geometry.coordinates.0.3`). */
  property: string;
  vi: string;
  en: string;
}

export interface LandCollection {
  parcels: Array<ParcelRecord & { feature: number }>;
  zones: Array<PlanningZoneRecord & { feature: number }>;
  boundary: { geometry: AreaGeometry; bbox: BoundingBox } | null;
  problems: LandImportProblem[];
}

/** The kinds of feature an import file holds, in `properties.kind`; a feature without one is a parcel. */
export const LAND_FEATURE_KINDS = ['parcel', 'planning_zone', 'commune_boundary'] as const;

/**
 * The names a property may have: ours, and those of cadastral databases (ViLIS, TMV.LIS) as they come
 * out of a shapefile converted by ogr2ogr.
 */
export const LAND_PROPERTY_ALIASES = {
  sheet: ['sheet', 'soTo', 'SoHieuToBanDo', 'SHBANDO'],
  parcel: ['parcel', 'soThua', 'SoThuTuThua', 'SHTHUA'],
  area: ['area', 'dienTich', 'DienTich', 'DIENTICH'],
  landUse: ['landUse', 'loaiDat', 'MaLoaiDat', 'KHLOAIDAT'],
} as const;

/** At most this many problems are listed: a file wrong throughout says so in the first ones. */
export const MAX_LISTED_PROBLEMS = 100;

const MAX_TEXT = 500;

type Properties = Record<string, unknown>;

class FeatureReader {
  constructor(
    private readonly properties: Properties,
    private readonly feature: number,
    private readonly problems: LandImportProblem[],
  ) {}

  problem(property: string, vi: string, en: string): undefined {
    this.problems.push({
      feature: this.feature,
      property,
      vi: `Đối tượng số ${this.feature} (features[${this.feature}]), thuộc tính "${property}": ${vi}`,
      en: `Feature ${this.feature} (features[${this.feature}]), property "${property}": ${en}`,
    });
    return undefined;
  }

  /** The property under its own name or the first alias present, with the name it was found under. */
  find(names: readonly string[]): { name: string; value: unknown } {
    for (const name of names) if (this.properties[name] !== undefined && this.properties[name] !== null) return { name, value: this.properties[name] };
    return { name: names[0]!, value: undefined };
  }

  text(name: string, required: boolean): string | null | undefined {
    const value = this.properties[name];
    if (value === undefined || value === null || value === '') return required ? this.problem(`properties.${name}`, 'bắt buộc phải có.', 'is required.') : null;
    if (typeof value !== 'string' || !isStorableText(value) || !hasVisibleText(value) || value.length > MAX_TEXT) {
      return this.problem(`properties.${name}`, `phải là một đoạn chữ không rỗng, tối đa ${MAX_TEXT} ký tự.`, `must be a non-empty text of at most ${MAX_TEXT} characters.`);
    }
    return value.normalize('NFC').trim();
  }

  number(names: readonly string[], max: number, label: { vi: string; en: string }): number | undefined {
    const { name, value } = this.find(names);
    if (value === undefined) return this.problem(`properties.${name}`, `thiếu ${label.vi}.`, `the ${label.en} is missing.`);
    const number = readParcelNumber(value, max);
    if (number === undefined) {
      return this.problem(`properties.${name}`, `${label.vi} phải là số nguyên từ 1 đến ${max}, không phải ${JSON.stringify(value)}.`, `the ${label.en} must be a whole number from 1 to ${max}, not ${JSON.stringify(value)}.`);
    }
    return number;
  }

  area(names: readonly string[], required: boolean): number | null | undefined {
    const { name, value } = this.find(names);
    if (value === undefined) return required ? this.problem(`properties.${name}`, 'thiếu diện tích (m²).', 'the area (m²) is missing.') : null;
    const area = typeof value === 'string' ? Number(value.replace(',', '.')) : value;
    if (typeof area !== 'number' || !Number.isFinite(area) || area <= 0 || area > 1e9) {
      return this.problem(`properties.${name}`, `diện tích phải là số m² lớn hơn 0, không phải ${JSON.stringify(value)}.`, `the area must be a number of m² above 0, not ${JSON.stringify(value)}.`);
    }
    return Math.round(area * 10) / 10;
  }

  landUseCode(name: string, value: unknown): LandUseCode | undefined {
    const code = typeof value === 'string' ? value.trim().toUpperCase() : value;
    if (isLandUseCode(code)) return code;
    return this.problem(
      `properties.${name}`,
      `mã loại đất ${JSON.stringify(value)} không có trong danh mục (ví dụ: ODT, ONT, CLN, LUC, SKC).`,
      `land-use code ${JSON.stringify(value)} is not in the list (e.g. ODT, ONT, CLN, LUC, SKC).`,
    );
  }

  term(name: string, codes: readonly LandUseCode[]): LandUseTerm | undefined {
    const value = this.properties[name];
    if (value === undefined || value === null || value === '') {
      // Residential land is used for good (Land Law 2024, Article 171); any other use has its term on the certificate.
      if (codes.every((code) => code === 'ONT' || code === 'ODT')) return { kind: 'long_term' };
      return this.problem(`properties.${name}`, 'thiếu thời hạn sử dụng đất ("long-term" hoặc ngày YYYY-MM-DD).', 'the land-use term is missing ("long-term" or a date YYYY-MM-DD).');
    }
    if (value === 'long-term' || value === 'lâu dài' || value === 'Lâu dài') return { kind: 'long_term' };
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
      return { kind: 'until', date: value };
    }
    return this.problem(`properties.${name}`, `thời hạn phải là "long-term" hoặc một ngày YYYY-MM-DD, không phải ${JSON.stringify(value)}.`, `the term must be "long-term" or a date YYYY-MM-DD, not ${JSON.stringify(value)}.`);
  }

  /** "ONT", "ONT+CLN", or [{ "code": "ONT", "area": 100 }, …] when the parcel's area is split between uses. */
  uses(areaM2: number | undefined): LandUse[] | undefined {
    const { name, value } = this.find(LAND_PROPERTY_ALIASES.landUse);
    if (value === undefined) return this.problem(`properties.${name}`, 'thiếu loại đất.', 'the land-use type is missing.');
    const parts: Array<{ code: unknown; area: unknown }> =
      typeof value === 'string'
        ? value.split('+').map((code) => ({ code, area: undefined }))
        : Array.isArray(value)
          ? value.map((item: unknown) => (typeof item === 'object' && item !== null ? { code: (item as Properties).code, area: (item as Properties).area } : { code: item, area: undefined }))
          : [{ code: value, area: undefined }];
    const codes = parts.map((part) => this.landUseCode(name, part.code));
    if (codes.some((code) => code === undefined)) return undefined;
    if (new Set(codes).size !== codes.length) return this.problem(`properties.${name}`, 'một loại đất được ghi hai lần.', 'a land-use type is given twice.');
    const term = this.term('term', codes as LandUseCode[]);
    if (term === undefined) return undefined;
    const areas = parts.map((part) => (part.area === undefined || part.area === null ? null : Number(part.area)));
    if (areas.some((area) => area !== null && !(Number.isFinite(area) && area > 0))) {
      return this.problem(`properties.${name}`, 'diện tích của từng loại đất phải là số m² lớn hơn 0.', 'the area of each land use must be a number of m² above 0.');
    }
    const split = areas.filter((area): area is number => area !== null);
    if (areaM2 !== undefined && split.length > 0 && Math.abs(split.reduce((sum, area) => sum + area, 0) - areaM2) > 0.5) {
      return this.problem(`properties.${name}`, `tổng diện tích các loại đất khác diện tích thửa (${areaM2} m²).`, `the areas of the land uses do not add up to the parcel's area (${areaM2} m²).`);
    }
    return (codes as LandUseCode[]).map((code, index) => ({ code, areaM2: areas[index] ?? null, term }));
  }

  restrictions(): string[] | undefined {
    const value = this.properties.restrictions;
    if (value === undefined || value === null || value === '') return [];
    const items = Array.isArray(value) ? value : [value];
    const texts = items.map((item) => (typeof item === 'string' && isStorableText(item) && hasVisibleText(item) && item.length <= MAX_TEXT ? item.normalize('NFC').trim() : undefined));
    if (texts.some((text) => text === undefined)) {
      return this.problem('properties.restrictions', `phải là một đoạn chữ hoặc danh sách các đoạn chữ, mỗi đoạn tối đa ${MAX_TEXT} ký tự.`, `must be a text or a list of texts of at most ${MAX_TEXT} characters each.`);
    }
    return texts as string[];
  }
}

function readGeometry(geometry: unknown, feature: number, problems: LandImportProblem[]): { geometry: AreaGeometry; bbox: BoundingBox } | undefined {
  const problem = areaGeometryProblem(geometry);
  if (problem) {
    const property = problem.path ? `geometry.${problem.path}` : 'geometry';
    problems.push({
      feature,
      property,
      vi: `Đối tượng số ${feature} (features[${feature}]), thuộc tính "${property}": ${problem.vi}`,
      en: `Feature ${feature} (features[${feature}]), property "${property}": ${problem.en}`,
    });
    return undefined;
  }
  const planar = planarGeometry(geometry as AreaGeometry);
  return { geometry: planar, bbox: boundingBox(planar) };
}

function readParcel(reader: FeatureReader, shape: { geometry: AreaGeometry; bbox: BoundingBox } | undefined): ParcelRecord | undefined {
  const sheet = reader.number(LAND_PROPERTY_ALIASES.sheet, MAX_SHEET_NUMBER, { vi: 'số tờ bản đồ', en: 'map sheet number' });
  const parcel = reader.number(LAND_PROPERTY_ALIASES.parcel, MAX_PARCEL_NUMBER, { vi: 'số thửa', en: 'parcel number' });
  const areaM2 = reader.area(LAND_PROPERTY_ALIASES.area, true) ?? undefined;
  const uses = reader.uses(areaM2);
  const address = reader.text('address', false);
  const plannedUseValue = reader.find(['plannedUse']).value;
  const plannedUse = plannedUseValue === undefined ? null : (reader.landUseCode('plannedUse', plannedUseValue) ?? undefined);
  const statusValue = reader.find(['planningStatus']).value;
  let planningStatus: PlanningStatus | null | undefined = null;
  if (statusValue !== undefined) {
    planningStatus = isPlanningStatus(statusValue)
      ? statusValue
      : reader.problem('properties.planningStatus', `phải là consistent, to_be_converted, partly_planned hoặc to_be_acquired, không phải ${JSON.stringify(statusValue)}.`, `must be consistent, to_be_converted, partly_planned or to_be_acquired, not ${JSON.stringify(statusValue)}.`);
  }
  const planningZone = reader.text('planningZone', false);
  const restrictions = reader.restrictions();
  const serialText = reader.text('certificateSerial', false);
  const certificateSerial = serialText === null || serialText === undefined ? serialText : normaliseCertificateSerial(serialText);
  if (serialText && certificateSerial === undefined) {
    reader.problem('properties.certificateSerial', `số phát hành giấy chứng nhận phải gồm 2 chữ cái và 6 đến 8 chữ số (ví dụ: CS 123456), không phải "${serialText}".`, `the certificate serial must be 2 letters and 6 to 8 digits (e.g. CS 123456), not "${serialText}".`);
  }
  const holderName = reader.text('holderName', false);
  const holderIdNumber = reader.text('holderIdNumber', false);
  const holderAddress = reader.text('holderAddress', false);
  if (holderName === null && (holderIdNumber || holderAddress)) reader.problem('properties.holderName', 'có số giấy tờ hoặc địa chỉ người sử dụng đất thì phải có tên.', 'a holder’s identity number or address needs their name.');
  if (
    sheet === undefined || parcel === undefined || areaM2 === undefined || uses === undefined || address === undefined || plannedUse === undefined ||
    planningStatus === undefined || planningZone === undefined || restrictions === undefined || certificateSerial === undefined ||
    holderName === undefined || holderIdNumber === undefined || holderAddress === undefined || shape === undefined
  ) {
    return undefined;
  }
  return {
    sheet,
    parcel,
    areaM2,
    uses,
    address,
    plannedUse,
    planningStatus: planningStatus ?? derivedPlanningStatus(uses, plannedUse),
    planningZone,
    restrictions,
    certificateSerial,
    holder: holderName === null ? null : { name: holderName, idNumber: holderIdNumber, address: holderAddress },
    ...shape,
  };
}

function readZone(reader: FeatureReader, shape: { geometry: AreaGeometry; bbox: BoundingBox } | undefined): PlanningZoneRecord | undefined {
  const code = reader.text('code', true);
  const name = reader.text('name', true);
  const plannedValue = reader.find(['plannedUse']).value;
  const plannedUse = plannedValue === undefined ? reader.problem('properties.plannedUse', 'thiếu mã loại đất quy hoạch.', 'the planned land-use code is missing.') : reader.landUseCode('plannedUse', plannedValue);
  const decision = reader.text('decision', false);
  if (code && code.length > 30) return reader.problem('properties.code', 'mã khu quy hoạch tối đa 30 ký tự.', 'a planning zone code has at most 30 characters.');
  if (!code || !name || !plannedUse || decision === undefined || !shape) return undefined;
  return { code, name, plannedUse, decision, ...shape };
}

/**
 * Reads a GeoJSON FeatureCollection of one commune's parcels, planning zones and boundary, feature
 * by feature, and lists every problem (up to MAX_LISTED_PROBLEMS) with the feature's index and the
 * property at fault: an import writes nothing unless the whole file is right.
 */
export function readLandCollection(value: unknown): LandCollection {
  const collection: LandCollection = { parcels: [], zones: [], boundary: null, problems: [] };
  const problems = collection.problems;
  const whole = (property: string, vi: string, en: string) => problems.push({ feature: null, property, vi, en });
  if (typeof value !== 'object' || value === null || (value as Properties).type !== 'FeatureCollection' || !Array.isArray((value as Properties).features)) {
    whole('type', 'Tệp phải là một GeoJSON FeatureCollection có danh sách "features".', 'The file must be a GeoJSON FeatureCollection with a "features" list.');
    return collection;
  }
  const features = (value as { features: unknown[] }).features;
  if (features.length === 0) whole('features', 'Tệp không có đối tượng nào.', 'The file has no features.');
  const named = new Map<string, number>();
  const zoneCodes = new Map<string, number>();
  for (const [index, feature] of features.entries()) {
    if (problems.length >= MAX_LISTED_PROBLEMS) break;
    if (typeof feature !== 'object' || feature === null || (feature as Properties).type !== 'Feature') {
      const vi = `Đối tượng số ${index} (features[${index}]) không phải một GeoJSON Feature.`;
      problems.push({ feature: index, property: 'type', vi, en: `Feature ${index} (features[${index}]) is not a GeoJSON Feature.` });
      continue;
    }
    const rawProperties = (feature as Properties).properties;
    const properties = typeof rawProperties === 'object' && rawProperties !== null && !Array.isArray(rawProperties) ? (rawProperties as Properties) : {};
    const reader = new FeatureReader(properties, index, problems);
    const kind = properties.kind ?? 'parcel';
    if (!(LAND_FEATURE_KINDS as readonly unknown[]).includes(kind)) {
      reader.problem('properties.kind', `phải là parcel, planning_zone hoặc commune_boundary, không phải ${JSON.stringify(kind)}.`, `must be parcel, planning_zone or commune_boundary, not ${JSON.stringify(kind)}.`);
      continue;
    }
    const shape = readGeometry((feature as Properties).geometry, index, problems);
    if (kind === 'commune_boundary') {
      if (collection.boundary) reader.problem('properties.kind', 'tệp chỉ được có một ranh giới xã, phường.', 'a file has at most one commune boundary.');
      else if (shape) collection.boundary = shape;
    } else if (kind === 'planning_zone') {
      const zone = readZone(reader, shape);
      if (zone && zoneCodes.has(zone.code)) reader.problem('properties.code', `khu quy hoạch "${zone.code}" đã có ở đối tượng số ${zoneCodes.get(zone.code)}.`, `planning zone "${zone.code}" is also feature ${zoneCodes.get(zone.code)}.`);
      else if (zone) {
        zoneCodes.set(zone.code, index);
        collection.zones.push({ ...zone, feature: index });
      }
    } else {
      const parcel = readParcel(reader, shape);
      if (!parcel) continue;
      const key = `${parcel.sheet}/${parcel.parcel}`;
      const earlier = named.get(key);
      if (earlier !== undefined) {
        reader.problem(`properties.${LAND_PROPERTY_ALIASES.parcel[0]}`, `thửa đất số ${parcel.parcel} tờ bản đồ số ${parcel.sheet} đã có ở đối tượng số ${earlier}.`, `parcel ${parcel.parcel} of sheet ${parcel.sheet} is also feature ${earlier}.`);
        continue;
      }
      named.set(key, index);
      collection.parcels.push({ ...parcel, feature: index });
    }
  }
  collection.problems.splice(MAX_LISTED_PROBLEMS);
  return collection;
}

/** The labels of a parcel's land uses, as the lookup shows them: "ODT – Đất ở tại đô thị". */
export const landUseLabel = (code: LandUseCode) => ({ vi: LAND_USE_TYPES[code].vi, en: LAND_USE_TYPES[code].en });
