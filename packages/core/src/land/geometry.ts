/**
 * Parcel shapes as GeoJSON (RFC 7946: longitude then latitude, WGS 84), and the plane geometry the
 * lookups need: bounding boxes and whether a point lies in a polygon with holes or in a multipolygon.
 * The database's fallback (db/functions/land.sql) computes the same with the same arithmetic, so a
 * point on an edge is decided alike by both.
 */

/** [longitude, latitude]. */
export type Position = readonly [number, number];
/** A closed ring: its first and last positions are the same. */
export type Ring = readonly Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  /** The outer ring, then the holes. */
  coordinates: readonly Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: ReadonlyArray<readonly Ring[]>;
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** Where a point is relative to a ring, a polygon or a shape. */
export type PointPosition = 'inside' | 'boundary' | 'outside';

/** A shape's polygons, each an outer ring followed by its holes. */
export const polygonsOf = (geometry: AreaGeometry): ReadonlyArray<readonly Ring[]> =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

export function boundingBox(geometry: AreaGeometry): BoundingBox {
  const box = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  // The outer rings hold the holes, so they alone bound the shape.
  for (const [outer] of polygonsOf(geometry)) {
    for (const [lng, lat] of outer ?? []) {
      box.minLng = Math.min(box.minLng, lng);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLng = Math.max(box.maxLng, lng);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

/** Whether the box holds the point, its edges included. */
export const boxContains = (box: BoundingBox, [lng, lat]: Position): boolean =>
  lng >= box.minLng && lng <= box.maxLng && lat >= box.minLat && lat <= box.maxLat;

/** Whether two boxes share a point, touching edges included. */
export const boxesIntersect = (a: BoundingBox, b: BoundingBox): boolean =>
  a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;

/**
 * Where the point is relative to a closed ring: on one of its edges (exactly, by the cross product),
 * else inside or outside by counting the edges a ray to the east crosses (each edge taken with one
 * end open, so a ray through a vertex counts it once).
 */
export function ringPosition(ring: Ring, [x, y]: Position): PointPosition {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const onLine = (x - xi) * (yj - yi) === (y - yi) * (xj - xi);
    if (onLine && x >= Math.min(xi, xj) && x <= Math.max(xi, xj) && y >= Math.min(yi, yj) && y <= Math.max(yi, yj)) return 'boundary';
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

/** A polygon holds what its outer ring holds and no hole holds strictly: a hole's edge is the polygon's boundary. */
export function polygonPosition(rings: readonly Ring[], point: Position): PointPosition {
  const [outer, ...holes] = rings;
  if (!outer) return 'outside';
  const outerPosition = ringPosition(outer, point);
  if (outerPosition !== 'inside') return outerPosition;
  for (const hole of holes) {
    const holePosition = ringPosition(hole, point);
    if (holePosition === 'inside') return 'outside';
    if (holePosition === 'boundary') return 'boundary';
  }
  return 'inside';
}

/** Where the point is relative to a polygon or a multipolygon (inside any of its polygons is inside). */
export function pointPosition(geometry: AreaGeometry, point: Position): PointPosition {
  let position: PointPosition = 'outside';
  for (const polygon of polygonsOf(geometry)) {
    const here = polygonPosition(polygon, point);
    if (here === 'inside') return 'inside';
    if (here === 'boundary') position = 'boundary';
  }
  return position;
}

/** A click on a parcel's edge finds the parcel, as one inside it does. */
export const geometryContains = (geometry: AreaGeometry, point: Position): boolean => pointPosition(geometry, point) !== 'outside';

/** Twice the signed area of a ring in the plane of its coordinates (positive when anticlockwise). */
function ringDoubleArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum;
}

const EARTH_RADIUS_M = 6_371_008.8;

/**
 * A shape's area in square metres, on an equirectangular projection about its own latitude: within
 * a fraction of a percent for a parcel or a ward, enough to check a declared area against its shape.
 */
export function approximateAreaM2(geometry: AreaGeometry): number {
  const box = boundingBox(geometry);
  const latitude = (((box.minLat + box.maxLat) / 2) * Math.PI) / 180;
  const metresPerDegree = (EARTH_RADIUS_M * Math.PI) / 180;
  let degreesSquared = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    degreesSquared += Math.abs(ringDoubleArea(outer ?? [])) / 2;
    for (const hole of holes) degreesSquared -= Math.abs(ringDoubleArea(hole)) / 2;
  }
  return degreesSquared * metresPerDegree * metresPerDegree * Math.cos(latitude);
}

/** What is wrong with a GeoJSON geometry meant as an area, or undefined; `path` names the place at fault under the geometry. */
export interface GeometryProblem {
  path: string;
  vi: string;
  en: string;
}

/** Enough for a parcel drawn with care; more would be a mistake or an attack on the lookups' speed. */
export const MAX_POSITIONS_PER_SHAPE = 20_000;

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) && value.length >= 2 && value.length <= 3 && value.every((item) => typeof item === 'number' && Number.isFinite(item));

const cross = (o: Position, a: Position, b: Position) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const within = (a: number, b: number, value: number) => Math.min(a, b) <= value && value <= Math.max(a, b);
/** `point`, known to be on the line through a and b, lies between them. */
const onSegment = (a: Position, b: Position, point: Position) => within(a[0], b[0], point[0]) && within(a[1], b[1], point[1]);

/** Where segments ab and cd meet (a point they share), or undefined when they do not. */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): Position | undefined {
  const [d1, d2, d3, d4] = [cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)];
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (d1 === 0 && onSegment(c, d, a)) return a;
  if (d2 === 0 && onSegment(c, d, b)) return b;
  if (d3 === 0 && onSegment(a, b, c)) return c;
  if (d4 === 0 && onSegment(a, b, d)) return d;
  return undefined;
}

/**
 * The first place a closed ring touches or crosses itself (two of its edges that are not neighbours
 * meet), or undefined for a simple ring. A point-in-polygon test on a crossed ring answers by
 * chance, so such a shape is refused. Edges are swept by their western end, so that only edges
 * overlapping in longitude are compared.
 */
export function ringSelfIntersection(ring: Ring): Position | undefined {
  const points = ring.filter((position, index) => index === 0 || position[0] !== ring[index - 1]![0] || position[1] !== ring[index - 1]![1]);
  const edges = points.slice(1).map((end, index) => ({ index, from: points[index]!, to: end, west: Math.min(points[index]![0], end[0]), east: Math.max(points[index]![0], end[0]) }));
  const last = edges.length - 1;
  const neighbours = (i: number, j: number) => Math.abs(i - j) === 1 || (Math.min(i, j) === 0 && Math.max(i, j) === last);
  let active: typeof edges = [];
  for (const edge of [...edges].sort((a, b) => a.west - b.west)) {
    active = active.filter((other) => other.east >= edge.west);
    for (const other of active) {
      if (neighbours(edge.index, other.index)) continue;
      const met = segmentsMeet(edge.from, edge.to, other.from, other.to);
      if (met) return met;
    }
    active.push(edge);
  }
  return undefined;
}

const written = ([lng, lat]: Position) => `[${Number(lng.toFixed(7))}, ${Number(lat.toFixed(7))}]`;

function ringProblem(ring: unknown, path: string): GeometryProblem | undefined {
  if (!Array.isArray(ring) || ring.length < 4) {
    return { path, vi: 'Vòng ranh giới phải có ít nhất 4 điểm, điểm cuối trùng điểm đầu.', en: 'A ring needs at least 4 positions, the last the same as the first.' };
  }
  for (const [index, position] of ring.entries()) {
    if (!isPosition(position)) return { path: `${path}.${index}`, vi: 'Tọa độ phải là [kinh độ, vĩ độ] bằng số.', en: 'A position must be [longitude, latitude] in numbers.' };
    const [lng, lat] = position;
    if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
      return {
        path: `${path}.${index}`,
        vi: `Tọa độ [${lng}, ${lat}] nằm ngoài phạm vi kinh độ, vĩ độ (WGS 84, kinh độ trước).`,
        en: `Position [${lng}, ${lat}] is out of range for longitude and latitude (WGS 84, longitude first).`,
      };
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return { path, vi: 'Vòng ranh giới chưa khép kín: điểm cuối phải trùng điểm đầu.', en: 'The ring is not closed: its last position must be its first.' };
  }
  if (Math.abs(ringDoubleArea(ring as Ring)) === 0) return { path, vi: 'Vòng ranh giới không có diện tích.', en: 'The ring encloses no area.' };
  const crossing = ringSelfIntersection(ring as Ring);
  if (crossing) {
    return {
      path,
      vi: `Vòng ranh giới tự cắt hoặc tự chạm tại ${written(crossing)}: các cạnh không liền kề không được gặp nhau.`,
      en: `The ring crosses or touches itself at ${written(crossing)}: edges that are not neighbours must not meet.`,
    };
  }
  return undefined;
}

function polygonProblem(polygon: unknown, path: string): GeometryProblem | undefined {
  if (!Array.isArray(polygon) || polygon.length === 0) {
    return { path, vi: 'Đa giác phải có ít nhất vòng ranh giới ngoài.', en: 'A polygon needs at least its outer ring.' };
  }
  for (const [index, ring] of polygon.entries()) {
    const problem = ringProblem(ring, `${path}.${index}`);
    if (problem) return problem;
  }
  return undefined;
}

/** The first problem of a value meant as a Polygon or MultiPolygon, or undefined when it is one. */
export function areaGeometryProblem(value: unknown): GeometryProblem | undefined {
  if (typeof value !== 'object' || value === null) {
    return { path: '', vi: 'Thiếu hình học (geometry) dạng Polygon hoặc MultiPolygon.', en: 'A Polygon or MultiPolygon geometry is missing.' };
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return { path: 'type', vi: `Hình học phải là Polygon hoặc MultiPolygon, không phải ${String(type)}.`, en: `The geometry must be a Polygon or MultiPolygon, not ${String(type)}.` };
  }
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) {
    return { path: 'coordinates', vi: 'Hình học không có tọa độ.', en: 'The geometry has no coordinates.' };
  }
  for (const [index, polygon] of polygons.entries()) {
    const problem = polygonProblem(polygon, type === 'Polygon' ? 'coordinates' : `coordinates.${index}`);
    if (problem) return problem;
  }
  const positions = polygons.flat(2).length;
  if (positions > MAX_POSITIONS_PER_SHAPE) {
    return {
      path: 'coordinates',
      vi: `Hình học có ${positions} điểm, quá giới hạn ${MAX_POSITIONS_PER_SHAPE} điểm một đối tượng.`,
      en: `The geometry has ${positions} positions, over the limit of ${MAX_POSITIONS_PER_SHAPE} a feature.`,
    };
  }
  return undefined;
}

/** The geometry with positions cut to [lng, lat] (an altitude is dropped), as it is kept. */
export function planarGeometry(geometry: AreaGeometry): AreaGeometry {
  const ring = (positions: Ring): Ring => positions.map(([lng, lat]) => [lng, lat] as const);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}
