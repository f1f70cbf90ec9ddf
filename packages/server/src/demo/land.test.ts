import { type AreaGeometry, type Position, boxContains, geometryContains, readLandCollection } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { DEMO_WARD, wardCollection } from './land.js';

/** The mean of a shape's first ring's corners: inside any lot of the demo (they are convex quadrilaterals), in the pond for the park. */
function corners(geometry: AreaGeometry): Position {
  const ring = (geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]![0])!;
  const count = ring.length - 1;
  const sum = ring.slice(0, count).reduce<[number, number]>((total, [lng, lat]) => [total[0] + lng, total[1] + lat], [0, 0]);
  return [sum[0] / count, sum[1] / count];
}

describe("the demo ward's land register", () => {
  const collection = wardCollection(DEMO_WARD);
  const read = readLandCollection(collection);

  it('is a valid import file of a few thousand parcels, with zones and a boundary, the same on every run', () => {
    expect(read.problems).toEqual([]);
    expect(read.parcels.length).toBeGreaterThan(2_000);
    expect(read.parcels.length).toBeLessThan(5_000);
    expect(read.zones.map((zone) => zone.code)).toEqual(expect.arrayContaining(['QH-DGT-01', 'QH-DKV-01', 'QH-ODT-0101']));
    expect(read.boundary).not.toBeNull();
    expect(JSON.stringify(wardCollection(DEMO_WARD))).toBe(JSON.stringify(collection));
  });

  it('lies in phường Hạc Thành, Thanh Hóa, within the ward’s boundary', () => {
    const box = read.boundary!.bbox;
    expect(box.minLng).toBeGreaterThan(105.76);
    expect(box.maxLng).toBeLessThan(105.80);
    expect(box.minLat).toBeGreaterThan(19.79);
    expect(box.maxLat).toBeLessThan(19.82);
    expect(read.parcels.every((parcel) => boxContains(box, [parcel.bbox.minLng, parcel.bbox.minLat]) && boxContains(box, [parcel.bbox.maxLng, parcel.bbox.maxLat]))).toBe(true);
  });

  it('has parcels that do not overlap: the middle of each lies in it alone', () => {
    // Parcels filed by the cells of a 0.001° grid their boxes cover, so that each middle is tried against its neighbours only.
    const cell = (lng: number, lat: number) => `${Math.floor(lng * 1000)}/${Math.floor(lat * 1000)}`;
    const cells = new Map<string, typeof read.parcels>();
    for (const parcel of read.parcels) {
      for (let lng = Math.floor(parcel.bbox.minLng * 1000); lng <= Math.floor(parcel.bbox.maxLng * 1000); lng++) {
        for (let lat = Math.floor(parcel.bbox.minLat * 1000); lat <= Math.floor(parcel.bbox.maxLat * 1000); lat++) {
          const key = `${lng}/${lat}`;
          cells.set(key, [...(cells.get(key) ?? []), parcel]);
        }
      }
    }
    const overlapping = read.parcels.filter((parcel) => {
      const middle = corners(parcel.geometry);
      const holders = (cells.get(cell(...middle)) ?? []).filter((other) => boxContains(other.bbox, middle) && geometryContains(other.geometry, middle));
      // The park's middle is in its pond, a parcel of its own in the park's hole.
      return holders.length !== 1 || (holders[0] !== parcel && !(parcel.uses[0]!.code === 'DKV' && holders[0]!.uses[0]!.code === 'MNC'));
    });
    expect(overlapping.map((parcel) => `${parcel.sheet}/${parcel.parcel}`)).toEqual([]);
  });

  it('has the land uses, holders and planning a lookup shows', () => {
    const codes = new Set(read.parcels.flatMap((parcel) => parcel.uses.map((use) => use.code)));
    expect([...codes].sort()).toEqual(['CLN', 'DCH', 'DGD', 'DKV', 'MNC', 'ODT', 'TMD', 'TON']);
    const lots = read.parcels.filter((parcel) => parcel.uses[0]!.code === 'ODT');
    expect(lots.every((parcel) => parcel.holder !== null && /^038\d{9}$/.test(parcel.holder.idNumber!))).toBe(true);
    expect(lots.filter((parcel) => parcel.certificateSerial !== null).length / lots.length).toBeGreaterThan(0.7);
    const widened = read.parcels.filter((parcel) => parcel.planningZone === 'QH-DGT-01');
    expect(widened.length).toBeGreaterThan(20);
    expect(widened.every((parcel) => parcel.planningStatus === 'partly_planned' && parcel.restrictions.length === 1)).toBe(true);
    const park = read.parcels.find((parcel) => parcel.uses[0]!.code === 'DKV')!;
    expect(park.geometry.coordinates).toHaveLength(2);
    // Lot areas are those of their shapes: a town lot of 4.5 to 34 m by about 30 m.
    expect(lots.every((parcel) => parcel.areaM2 > 60 && parcel.areaM2 < 1_200)).toBe(true);
  });
});
