import { describe, expect, it } from 'vitest';
import { derivedPlanningStatus, landUseTermLabel } from './land-use.js';
import { normaliseCertificateSerial, parcelLabel, readLandCollection, readParcelNumber } from './parcel.js';

const lot = (lng: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + 0.0002, lat], [lng + 0.0002, lat + 0.0002], [lng, lat + 0.0002], [lng, lat]]],
});

const parcel = (properties: Record<string, unknown>, geometry: unknown = lot(106.82, 10.95)) => ({ type: 'Feature', properties: { sheet: 12, parcel: 125, area: 480.5, landUse: 'ODT', ...properties }, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parcel numbers and certificates', () => {
  it('reads sheet and parcel numbers given as numbers or digits, and nothing else', () => {
    expect(readParcelNumber(12, 9999)).toBe(12);
    expect(readParcelNumber('012', 9999)).toBe(12);
    expect(readParcelNumber(0, 9999)).toBeUndefined();
    expect(readParcelNumber(12.5, 9999)).toBeUndefined();
    expect(readParcelNumber('12a', 9999)).toBeUndefined();
    expect(readParcelNumber(10_000, 9999)).toBeUndefined();
    expect(parcelLabel(12, 125).vi).toBe('Thửa đất số 125, tờ bản đồ số 12');
  });

  it('writes certificate serials one way', () => {
    expect(normaliseCertificateSerial('cs123456')).toBe('CS 123456');
    expect(normaliseCertificateSerial(' DA-01234567 ')).toBe('DA 01234567');
    expect(normaliseCertificateSerial('C 123456')).toBeUndefined();
  });

  it('labels terms and derives the planning status from the planned use', () => {
    expect(landUseTermLabel({ kind: 'long_term' }).vi).toBe('Lâu dài');
    expect(landUseTermLabel({ kind: 'until', date: '2064-10-15' }).vi).toBe('Đến ngày 15/10/2064');
    const residential = [{ code: 'ODT' as const, areaM2: null, term: { kind: 'long_term' as const } }];
    expect(derivedPlanningStatus(residential, 'ODT')).toBe('consistent');
    expect(derivedPlanningStatus(residential, 'DGT')).toBe('to_be_converted');
    expect(derivedPlanningStatus(residential, null)).toBeNull();
  });
});

describe('reading an import file', () => {
  it('reads parcels, their uses, terms, holder and planning, zones and the boundary', () => {
    const read = readLandCollection(
      collection(
        parcel({ landUse: [{ code: 'ODT', area: 300.5 }, { code: 'CLN', area: 180 }], term: '2064-10-15', certificateSerial: 'cs 123456', holderName: 'Nguyễn Văn An', plannedUse: 'ODT', restrictions: 'Hành lang an toàn đường bộ 20 m' }),
        { type: 'Feature', properties: { SoHieuToBanDo: '12', SoThuTuThua: '126', DienTich: '75,2', MaLoaiDat: 'ont' }, geometry: lot(106.8202, 10.95) },
        { type: 'Feature', properties: { kind: 'planning_zone', code: 'QH-01', name: 'Khu dân cư hiện hữu chỉnh trang', plannedUse: 'ODT' }, geometry: lot(106.82, 10.95) },
        { type: 'Feature', properties: { kind: 'commune_boundary' }, geometry: lot(106.8, 10.9) },
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.parcels[0]).toMatchObject({
      sheet: 12,
      parcel: 125,
      areaM2: 480.5,
      uses: [{ code: 'ODT', areaM2: 300.5, term: { kind: 'until', date: '2064-10-15' } }, { code: 'CLN', areaM2: 180 }],
      certificateSerial: 'CS 123456',
      holder: { name: 'Nguyễn Văn An', idNumber: null, address: null },
      planningStatus: 'to_be_converted',
      restrictions: ['Hành lang an toàn đường bộ 20 m'],
      bbox: { minLng: 106.82, minLat: 10.95 },
    });
    expect(read.parcels[1]).toMatchObject({ sheet: 12, parcel: 126, areaM2: 75.2, uses: [{ code: 'ONT', term: { kind: 'long_term' } }], holder: null, planningStatus: null });
    expect(read.zones).toMatchObject([{ code: 'QH-01', plannedUse: 'ODT', feature: 2 }]);
    expect(read.boundary?.bbox).toMatchObject({ minLng: 106.8, minLat: 10.9 });
  });

  it('names the feature and the property of every problem, in Vietnamese and English', () => {
    const read = readLandCollection(
      collection(
        parcel({ sheet: 0 }),
        parcel({ landUse: 'XYZ' }),
        parcel({ landUse: 'CLN' }),
        parcel({ parcel: 7 }, { type: 'Polygon', coordinates: [[[106.82, 10.95], [106.83, 10.95], [106.83, 10.96]]] }),
        parcel({ parcel: 8, certificateSerial: '12345' }),
        parcel({ parcel: 125 }),
        { type: 'Feature', properties: { kind: 'road' }, geometry: lot(106.82, 10.95) },
        'not a feature',
      ),
    );
    expect(read.problems.map((problem) => [problem.feature, problem.property])).toEqual([
      [0, 'properties.sheet'],
      [1, 'properties.landUse'],
      [2, 'properties.term'],
      [3, 'geometry.coordinates.0'],
      [4, 'properties.certificateSerial'],
      [6, 'properties.kind'],
      [7, 'type'],
    ]);
    expect(read.problems[0]!.vi).toBe('Đối tượng số 0 (features[0]), thuộc tính "properties.sheet": số tờ bản đồ phải là số nguyên từ 1 đến 9999, không phải 0.');
    expect(read.problems[1]!.en).toMatch(/land-use code "XYZ" is not in the list/);
    // Features 0 to 2 were refused, so feature 5 is the first good parcel 125 of sheet 12, not a repeat; a repeat names the first.
    const duplicate = readLandCollection(collection(parcel({}), parcel({})));
    expect(duplicate.problems).toMatchObject([{ feature: 1, property: 'properties.parcel', en: expect.stringMatching(/also feature 0/) }]);
  });

  it('refuses what is not a FeatureCollection, or an empty one', () => {
    expect(readLandCollection({ type: 'Feature' }).problems).toMatchObject([{ feature: null, property: 'type' }]);
    expect(readLandCollection(collection()).problems).toMatchObject([{ feature: null, property: 'features' }]);
  });

  it('checks split areas against the parcel’s area', () => {
    const read = readLandCollection(collection(parcel({ landUse: [{ code: 'ODT', area: 100 }, { code: 'CLN', area: 100 }], term: 'long-term' })));
    expect(read.problems).toMatchObject([{ feature: 0, property: 'properties.landUse', en: expect.stringMatching(/do not add up/) }]);
  });
});
