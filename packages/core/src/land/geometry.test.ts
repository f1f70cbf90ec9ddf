import { describe, expect, it } from 'vitest';
import {
  type MultiPolygonGeometry,
  type PolygonGeometry,
  approximateAreaM2,
  areaGeometryProblem,
  boundingBox,
  boxContains,
  boxesIntersect,
  geometryContains,
  planarGeometry,
  pointPosition,
  type Ring,
  ringSelfIntersection,
} from './geometry.js';

/** A 10 × 10 square with a 2 × 2 hole in its middle. */
const SQUARE_WITH_HOLE: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]],
  ],
};

/** Two islands: the square with its hole, and a triangle far to the east. */
const ISLANDS: MultiPolygonGeometry = {
  type: 'MultiPolygon',
  coordinates: [SQUARE_WITH_HOLE.coordinates, [[[20, 0], [30, 0], [25, 8], [20, 0]]]],
};

/** An L shape: concave, so a ray from a point in its notch crosses it twice. */
const L_SHAPE: PolygonGeometry = { type: 'Polygon', coordinates: [[[0, 0], [6, 0], [6, 2], [2, 2], [2, 6], [0, 6], [0, 0]]] };

describe('where a point is relative to a parcel', () => {
  it('finds points inside, outside, and inside a hole (which is outside)', () => {
    expect(pointPosition(SQUARE_WITH_HOLE, [1, 1])).toBe('inside');
    expect(pointPosition(SQUARE_WITH_HOLE, [11, 5])).toBe('outside');
    expect(pointPosition(SQUARE_WITH_HOLE, [5, 5])).toBe('outside');
    expect(pointPosition(SQUARE_WITH_HOLE, [3.9, 5])).toBe('inside');
  });

  it('takes points on an edge or a vertex, of the outer ring or of a hole, as on the boundary, hence found', () => {
    expect(pointPosition(SQUARE_WITH_HOLE, [10, 5])).toBe('boundary');
    expect(pointPosition(SQUARE_WITH_HOLE, [0, 0])).toBe('boundary');
    expect(pointPosition(SQUARE_WITH_HOLE, [5, 4])).toBe('boundary');
    expect(pointPosition(SQUARE_WITH_HOLE, [6, 6])).toBe('boundary');
    expect(geometryContains(SQUARE_WITH_HOLE, [10, 5])).toBe(true);
    // On the line of an edge, beyond its end, is not on the edge.
    expect(pointPosition(SQUARE_WITH_HOLE, [12, 10])).toBe('outside');
  });

  it('counts a ray through a vertex once, and handles concave shapes', () => {
    expect(pointPosition(L_SHAPE, [1, 2])).toBe('inside');
    expect(pointPosition(L_SHAPE, [4, 4])).toBe('outside');
    expect(pointPosition(L_SHAPE, [-1, 2])).toBe('outside');
    expect(pointPosition(L_SHAPE, [1, 5.999])).toBe('inside');
  });

  it('looks in every polygon of a multipolygon', () => {
    expect(pointPosition(ISLANDS, [25, 2])).toBe('inside');
    expect(pointPosition(ISLANDS, [1, 1])).toBe('inside');
    expect(pointPosition(ISLANDS, [5, 5])).toBe('outside');
    expect(pointPosition(ISLANDS, [15, 2])).toBe('outside');
    expect(pointPosition(ISLANDS, [25, 0])).toBe('boundary');
  });
});

describe('bounding boxes', () => {
  it('bound a multipolygon by its outer rings', () => {
    expect(boundingBox(ISLANDS)).toEqual({ minLng: 0, minLat: 0, maxLng: 30, maxLat: 10 });
  });

  it('hold points on their edges and meet boxes that touch them', () => {
    const box = boundingBox(SQUARE_WITH_HOLE);
    expect(boxContains(box, [10, 10])).toBe(true);
    expect(boxContains(box, [10.001, 5])).toBe(false);
    expect(boxesIntersect(box, { minLng: 10, minLat: 10, maxLng: 12, maxLat: 12 })).toBe(true);
    expect(boxesIntersect(box, { minLng: 10.5, minLat: 0, maxLng: 12, maxLat: 12 })).toBe(false);
  });
});

describe('checking a GeoJSON geometry', () => {
  it('accepts polygons and multipolygons, and drops altitudes', () => {
    expect(areaGeometryProblem(SQUARE_WITH_HOLE)).toBeUndefined();
    expect(areaGeometryProblem(ISLANDS)).toBeUndefined();
    const withAltitude = { type: 'Polygon' as const, coordinates: [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]]] } as unknown as PolygonGeometry;
    expect(areaGeometryProblem(withAltitude)).toBeUndefined();
    expect(planarGeometry(withAltitude).coordinates[0]![0]).toEqual([0, 0]);
  });

  it('names the place of each kind of mistake', () => {
    expect(areaGeometryProblem({ type: 'Point', coordinates: [1, 2] })).toMatchObject({ path: 'type', en: expect.stringMatching(/not Point/) });
    expect(areaGeometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] })).toMatchObject({ path: 'coordinates.0', en: expect.stringMatching(/not closed/) });
    expect(areaGeometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] })).toMatchObject({ path: 'coordinates.0', en: expect.stringMatching(/at least 4/) });
    expect(areaGeometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 'a'], [1, 1], [0, 0]]] })).toMatchObject({ path: 'coordinates.0.1' });
    expect(areaGeometryProblem({ type: 'MultiPolygon', coordinates: [SQUARE_WITH_HOLE.coordinates, [[[10.8, 106.8], [10.9, 106.8], [10.9, 106.9], [10.8, 106.8]]]] })).toMatchObject({
      path: 'coordinates.1.0.0',
      vi: expect.stringMatching(/kinh độ trước/),
    });
    expect(areaGeometryProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [2, 2], [0, 0]]] })).toMatchObject({ en: expect.stringMatching(/no area/) });
    expect(areaGeometryProblem(null)).toMatchObject({ path: '' });
  });

  it('refuses a ring that crosses or touches itself, naming where, and keeps simple rings with repeated points', () => {
    // A bow tie with lobes of unequal area: two of its edges cross at (4/3, 4/3).
    const bowTie = { type: 'Polygon', coordinates: [[[0, 0], [4, 4], [4, 0], [0, 2], [0, 0]]] };
    expect(areaGeometryProblem(bowTie)).toMatchObject({
      path: 'coordinates.0',
      vi: expect.stringContaining('tự cắt hoặc tự chạm tại [1.3333333, 1.3333333]'),
      en: expect.stringContaining('at [1.3333333, 1.3333333]'),
    });
    // A ring that comes back to touch one of its vertices.
    const pinched = [[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]];
    expect(ringSelfIntersection(pinched as unknown as Ring)).toEqual([2, 0]);
    // A hole crossing itself is found in its place.
    expect(areaGeometryProblem({ type: 'Polygon', coordinates: [SQUARE_WITH_HOLE.coordinates[0], [[1, 1], [3, 3], [3, 1], [1, 2], [1, 1]]] })).toMatchObject({ path: 'coordinates.1', en: expect.stringMatching(/crosses/) });
    // A point repeated is not a crossing; neither is a concave ring.
    expect(ringSelfIntersection([[0, 0], [1, 0], [1, 0], [1, 1], [0.5, 0.2], [0, 1], [0, 0]])).toBeUndefined();
    expect(areaGeometryProblem(SQUARE_WITH_HOLE)).toBeUndefined();
  });
});

describe('area of a shape', () => {
  it('is close to the area on the ground for a parcel near Biên Hòa, less its holes', () => {
    // 0.0005° of longitude × 0.0005° of latitude at 10.95° N: about 54.6 m × 55.3 m.
    const lot: PolygonGeometry = { type: 'Polygon', coordinates: [[[106.82, 10.95], [106.8205, 10.95], [106.8205, 10.9505], [106.82, 10.9505], [106.82, 10.95]]] };
    expect(approximateAreaM2(lot)).toBeGreaterThan(3_000);
    expect(approximateAreaM2(lot)).toBeLessThan(3_040);
    expect(approximateAreaM2(SQUARE_WITH_HOLE) / approximateAreaM2({ type: 'Polygon', coordinates: [SQUARE_WITH_HOLE.coordinates[0]!] })).toBeCloseTo(0.96, 2);
  });
});
