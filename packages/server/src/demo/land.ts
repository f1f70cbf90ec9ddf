import { type LandUseCode, type PlanningStatus, type Position, approximateAreaM2 } from '@motcua/core';
import type { Database } from '../db/database.js';
import { importLandRegister } from '../modules/land/service.js';
import { AGENCY } from './data/index.js';
import { loadCast } from './dossiers.js';

/**
 * A ward's cadastral map made up deterministically: a grid of blocks between streets, turned a
 * little off north, each block cut into two rows of lots back to back with slanted side lines and
 * uneven frontages; a school, a market, a pagoda and a park with its pond (the park's parcel has
 * the pond as a hole, the pond is a parcel of its own); the planning zones of the ward (residential
 * areas, the widening of the main street, the park) and the ward's boundary.
 */
export interface WardPlan {
  /** The south-west corner of the ward, [lng, lat]. */
  origin: Position;
  blocksAcross: number;
  blocksDown: number;
  seed: number;
}

/** Phường Hạc Thành, the centre of Thanh Hóa city: about 19.80° N, 105.78° E. */
export const DEMO_WARD: WardPlan = { origin: [105.7765, 19.7985], blocksAcross: 10, blocksDown: 10, seed: 2026 };

const METRES_PER_DEGREE_LAT = 110_574;
const STREET = 12;
/** Every fourth street is a main street, wider. */
const MAIN_STREET = 24;
const ROTATION = (11 * Math.PI) / 180;
const MAIN_STREET_NAME = 'đại lộ Lê Lợi';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Đức', 'Thu', 'Quốc', 'Kim'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];

/** mulberry32: the same ward from the same seed, on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: { type: 'Polygon'; coordinates: Position[][] } };

/** Streets before block `index` along an axis, and their total width. */
const streetsBefore = (index: number) => {
  let width = 0;
  for (let street = 0; street <= index; street++) width += street % 4 === 0 ? MAIN_STREET : STREET;
  return width;
};

export function wardCollection(plan: WardPlan): { type: 'FeatureCollection'; features: Feature[] } {
  const next = random(plan.seed);
  const between = (low: number, high: number) => low + next() * (high - low);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const [originLng, originLat] = plan.origin;
  const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((originLat * Math.PI) / 180);
  const cos = Math.cos(ROTATION);
  const sin = Math.sin(ROTATION);
  /** Local metres (x east, y north, before the turn) to [lng, lat], to the centimetre. */
  const toLngLat = ([x, y]: readonly [number, number]): Position => [
    Number((originLng + (x * cos - y * sin) / metresPerDegreeLng).toFixed(7)),
    Number((originLat + (x * sin + y * cos) / METRES_PER_DEGREE_LAT).toFixed(7)),
  ];
  const ring = (corners: ReadonlyArray<readonly [number, number]>): Position[] => {
    const positions = corners.map(toLngLat);
    return [...positions, positions[0]!];
  };
  const polygon = (...rings: Position[][]) => ({ type: 'Polygon' as const, coordinates: rings });

  const widths = Array.from({ length: plan.blocksAcross }, () => between(110, 130));
  const depths = Array.from({ length: plan.blocksDown }, () => between(56, 64));
  const left = (column: number) => streetsBefore(column) + widths.slice(0, column).reduce((sum, width) => sum + width, 0);
  const bottom = (row: number) => streetsBefore(row) + depths.slice(0, row).reduce((sum, depth) => sum + depth, 0);
  const totalWidth = left(plan.blocksAcross);
  const totalHeight = bottom(plan.blocksDown);

  const features: Feature[] = [];
  features.push({ type: 'Feature', properties: { kind: 'commune_boundary' }, geometry: polygon(ring([[0, 0], [totalWidth, 0], [totalWidth, totalHeight], [0, totalHeight]])) });

  // The main street along the south of block row 4 is to be widened to 32 m: 4 m more on each side.
  const widenedRow = Math.min(4, plan.blocksDown - 1);
  const widenedY = bottom(widenedRow);
  features.push({
    type: 'Feature',
    properties: { kind: 'planning_zone', code: 'QH-DGT-01', name: `Mở rộng ${MAIN_STREET_NAME} (lộ giới 32 m)`, plannedUse: 'DGT', decision: 'Quyết định số 3126/QĐ-UBND ngày 15/11/2024 của UBND tỉnh' },
    geometry: polygon(ring([[0, widenedY - MAIN_STREET - 4], [totalWidth, widenedY - MAIN_STREET - 4], [totalWidth, widenedY + 4], [0, widenedY + 4]])),
  });
  const parkColumn = Math.min(2, plan.blocksAcross - 1);
  const parkRow = Math.min(2, plan.blocksDown - 1);
  const specials = new Map<string, { use: LandUseCode; name: string }>([
    [`${Math.min(5, plan.blocksAcross - 1)}/${Math.min(1, plan.blocksDown - 1)}`, { use: 'DGD', name: 'Trường Tiểu học' }],
    [`${Math.min(7, plan.blocksAcross - 1)}/${Math.min(6, plan.blocksDown - 1)}`, { use: 'DCH', name: 'Chợ' }],
    [`${Math.min(1, plan.blocksAcross - 1)}/${Math.min(7, plan.blocksDown - 1)}`, { use: 'TON', name: 'Chùa' }],
    [`${parkColumn}/${parkRow}`, { use: 'DKV', name: 'Công viên' }],
  ]);
  for (let groupRow = 0; groupRow < plan.blocksDown; groupRow += 4) {
    for (let groupColumn = 0; groupColumn < plan.blocksAcross; groupColumn += 4) {
      const lastColumn = Math.min(groupColumn + 4, plan.blocksAcross);
      const lastRow = Math.min(groupRow + 4, plan.blocksDown);
      const code = `QH-ODT-${String(groupRow / 4 + 1).padStart(2, '0')}${String(groupColumn / 4 + 1).padStart(2, '0')}`;
      features.push({
        type: 'Feature',
        properties: { kind: 'planning_zone', code, name: `Khu dân cư hiện hữu chỉnh trang ${code.slice(7)}`, plannedUse: 'ODT', decision: 'Quyết định số 3126/QĐ-UBND ngày 15/11/2024 của UBND tỉnh' },
        geometry: polygon(ring([[left(groupColumn), bottom(groupRow)], [left(lastColumn), bottom(groupRow)], [left(lastColumn), bottom(lastRow)], [left(groupColumn), bottom(lastRow)]])),
      });
    }
  }
  features.push({
    type: 'Feature',
    properties: { kind: 'planning_zone', code: 'QH-DKV-01', name: 'Công viên cây xanh trung tâm phường', plannedUse: 'DKV', decision: 'Quyết định số 3126/QĐ-UBND ngày 15/11/2024 của UBND tỉnh' },
    geometry: polygon(ring([[left(parkColumn), bottom(parkRow)], [left(parkColumn) + widths[parkColumn]!, bottom(parkRow)], [left(parkColumn) + widths[parkColumn]!, bottom(parkRow) + depths[parkRow]!], [left(parkColumn), bottom(parkRow) + depths[parkRow]!]])),
  });

  const holder = () => ({
    holderName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
    // Thanh Hóa's citizen identity numbers begin with its code, 038.
    holderIdNumber: `038${Math.floor(between(0, 2)) ? '0' : '1'}${String(Math.floor(between(50, 100))).padStart(2, '0')}${String(Math.floor(between(0, 1_000_000))).padStart(6, '0')}`,
    ...(next() < 0.85 ? { certificateSerial: `${pick(['CS', 'CT', 'DA', 'DB'])} ${String(Math.floor(between(100_000, 999_999)))}` } : {}),
  });
  const areaOf = (geometry: Feature['geometry']) => Math.round(approximateAreaM2(geometry) * 10) / 10;

  for (let row = 0; row < plan.blocksDown; row++) {
    const sheet = row + 1;
    let number = 0;
    const zoneOf = (column: number) => `QH-ODT-${String(Math.floor(row / 4) + 1).padStart(2, '0')}${String(Math.floor(column / 4) + 1).padStart(2, '0')}`;
    for (let column = 0; column < plan.blocksAcross; column++) {
      const x0 = left(column);
      const y0 = bottom(row);
      const width = widths[column]!;
      const depth = depths[row]!;
      const special = specials.get(`${column}/${row}`);
      if (special?.use === 'DKV') {
        // The park's pond is a parcel of its own, a hole in the park's parcel.
        const pond: Array<[number, number]> = [[x0 + width * 0.35, y0 + depth * 0.3], [x0 + width * 0.6, y0 + depth * 0.28], [x0 + width * 0.65, y0 + depth * 0.62], [x0 + width * 0.4, y0 + depth * 0.7]];
        const outer = ring([[x0, y0], [x0 + width, y0], [x0 + width, y0 + depth], [x0, y0 + depth]]);
        const park = polygon(outer, ring([...pond].reverse()));
        const planning = { plannedUse: 'DKV', planningStatus: 'consistent', planningZone: 'QH-DKV-01' };
        features.push({ type: 'Feature', properties: { sheet, parcel: ++number, area: areaOf(park), landUse: 'DKV', term: 'long-term', address: 'Công viên trung tâm phường', ...planning }, geometry: park });
        const water = polygon(ring(pond));
        features.push({ type: 'Feature', properties: { sheet, parcel: ++number, area: areaOf(water), landUse: 'MNC', term: 'long-term', address: 'Hồ điều hòa trong công viên', ...planning }, geometry: water });
        continue;
      }
      if (special) {
        const whole = polygon(ring([[x0, y0], [x0 + width, y0], [x0 + width, y0 + depth], [x0, y0 + depth]]));
        features.push({
          type: 'Feature',
          properties: { sheet, parcel: ++number, area: areaOf(whole), landUse: special.use, term: 'long-term', address: `${special.name} khu phố ${row + 1}`, plannedUse: special.use, planningStatus: 'consistent', planningZone: zoneOf(column) },
          geometry: whole,
        });
        continue;
      }
      // Two rows of lots back to back: the south row faces the street below, the north row the street above.
      for (const facing of ['south', 'north'] as const) {
        const front = facing === 'south' ? y0 : y0 + depth;
        const back = y0 + depth / 2;
        const cuts = [0];
        while (width - cuts.at(-1)! > 14) cuts.push(cuts.at(-1)! + (next() < 0.12 ? between(12, 20) : between(4.5, 9)));
        cuts[cuts.length - 1] = width;
        const frontShift = cuts.map((_, index) => (index === 0 || index === cuts.length - 1 ? 0 : between(-0.8, 0.8)));
        const backShift = cuts.map((_, index) => (index === 0 || index === cuts.length - 1 ? 0 : between(-1.5, 1.5)));
        const onWidenedStreet = facing === 'south' && row === widenedRow;
        for (let lot = 0; lot + 1 < cuts.length; lot++) {
          const corners: Array<[number, number]> = [
            [x0 + cuts[lot]! + frontShift[lot]!, front],
            [x0 + cuts[lot + 1]! + frontShift[lot + 1]!, front],
            [x0 + cuts[lot + 1]! + backShift[lot + 1]!, back],
            [x0 + cuts[lot]! + backShift[lot]!, back],
          ];
          const shape = polygon(ring(facing === 'south' ? corners : [...corners].reverse()));
          const area = areaOf(shape);
          const frontage = cuts[lot + 1]! - cuts[lot]!;
          const commercial = frontage > 11 && column % 4 === 0;
          const uses: Array<{ code: LandUseCode; area: number }> | LandUseCode =
            commercial ? 'TMD' : area > 200 && next() < 0.5 ? [{ code: 'ODT', area: Math.round(area * 0.4 * 10) / 10 }, { code: 'CLN', area: Math.round((area - Math.round(area * 0.4 * 10) / 10) * 10) / 10 }] : 'ODT';
          const planning: { plannedUse: LandUseCode; planningStatus: PlanningStatus; planningZone: string; restrictions?: string[] } = onWidenedStreet
            ? { plannedUse: 'ODT', planningStatus: 'partly_planned', planningZone: 'QH-DGT-01', restrictions: [`Một phần thửa đất (4 m tính từ mép đường) thuộc lộ giới mở rộng ${MAIN_STREET_NAME}`] }
            : { plannedUse: commercial ? 'TMD' : 'ODT', planningStatus: Array.isArray(uses) ? 'to_be_converted' : 'consistent', planningZone: zoneOf(column) };
          features.push({
            type: 'Feature',
            properties: {
              sheet,
              parcel: ++number,
              area,
              landUse: uses,
              term: commercial ? '2071-12-31' : Array.isArray(uses) ? '2064-10-15' : 'long-term',
              address: `Khu phố ${row + 1}, ${facing === 'south' && row % 4 === 0 ? MAIN_STREET_NAME : `ngõ ${column + 1}`}`,
              ...planning,
              ...holder(),
            },
            geometry: shape,
          });
        }
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The demo ward's land register, imported by its land officer as a file would be. Returns how many parcels. */
export async function seedDemoLand(db: Database): Promise<number> {
  const cast = await loadCast(db);
  const officer = cast.officers.find((candidate) => candidate.username === 'diachinh.hacthanh')!;
  const summary = await importLandRegister({ db, now: () => new Date() }, { kind: 'officer', officer, ip: '127.0.0.1' }, AGENCY.hacThanh, wardCollection(DEMO_WARD));
  return summary.parcelsAdded;
}
