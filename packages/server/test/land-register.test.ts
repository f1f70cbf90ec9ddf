import { readFile } from 'node:fs/promises';
import { type AreaGeometry, type Position, geometryContains } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/platform/passwords.js';
import { type TestApp, startTestApp } from './support/app.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES, PASSWORD } from './support/province.js';

const FILE = new URL('./fixtures/land/hoa-binh.geojson', import.meta.url);
const COMMUNE = AGENCIES.commune.code;
/** What only the land office may read of the file's parcels: none of it may appear in a public answer. */
const HOLDER_FACTS = ['Trần Thị Bích Ngọc', '075190004321', 'Phan Trung', 'CS 123456', 'DA 01234567', 'Tân Phong', 'holder', 'certificate', 'Serial'];

const byNumber = (sheet: number, parcel: number, commune: string = COMMUNE) => `/api/public/land/parcels?commune=${commune}&sheet=${sheet}&parcel=${parcel}`;
const atPoint = ([lng, lat]: Position) => `/api/public/land/parcels/at?lng=${lng}&lat=${lat}`;

describe.each(ENGINES)('land register on $name', (engine) => {
  let t: TestApp;
  let file: { type: string; features: Array<{ properties: Record<string, unknown>; geometry: AreaGeometry }> };
  let landOfficer: Session;
  let otherLandOfficer: Session;
  let specialist: Session;
  let admin: Session;

  const anonymous = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const importFile = (session: Session, body: unknown, commune: string = COMMUNE) => session.request('POST', `/api/v1/land/communes/${commune}/import`, body);
  const parcelCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM land_parcels')).rows[0]!.n;
  const addOfficer = async (username: string, fullName: string, grants: Array<{ role: string; agency: keyof typeof AGENCIES }>) => {
    const { rows } = await t.db.query<{ id: string }>('INSERT INTO officers (username, full_name, password_hash) VALUES ($1, $2, $3) RETURNING id', [username, fullName, await hashPassword(PASSWORD)]);
    for (const grant of grants) {
      await t.db.query('INSERT INTO officer_roles (officer_id, role, agency_id) VALUES ($1, $2, $3)', [rows[0]!.id, grant.role, t.province.agencyIds[grant.agency]]);
    }
    return signIn(t.app, username);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2027-03-02T09:00:00+07:00') });
    file = JSON.parse(await readFile(FILE, 'utf8'));
    // The commune's land officer also handles its dossiers, as a commune's công chức địa chính does.
    landOfficer = await addOfficer('diachinh', 'Lê Văn Địa Chính', [{ role: 'land_officer', agency: 'commune' }, { role: 'specialist', agency: 'commune' }]);
    otherLandOfficer = await addOfficer('other.diachinh', 'Phan Thị Khác', [{ role: 'land_officer', agency: 'otherCommune' }]);
    specialist = await signIn(t.app, 'specialist');
    admin = await signIn(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('refuses a bad file with each problem named by feature and property, and writes nothing', async () => {
    const bad = structuredClone(file);
    bad.features[3]!.properties.sheet = 'mười hai';
    bad.features[4]!.properties.landUse = 'XYZ';
    bad.features[5]!.geometry = { type: 'Polygon', coordinates: [[[106.8215, 10.9505], [106.8216, 10.9505], [106.8216, 10.9506]]] };
    const response = await importFile(landOfficer, bad);
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json();
    expect(body.code).toBe('invalid_land_import');
    expect(body.message).toMatch(/^Tệp dữ liệu đất đai có 3 lỗi; chưa ghi gì vào sổ\./);
    expect(body.problems.map((problem: { field: string }) => problem.field)).toEqual(['features.3.properties.sheet', 'features.4.properties.landUse', 'features.5.geometry.coordinates.0']);
    expect(body.problems[0].message).toBe('Đối tượng số 3 (features[3]), thuộc tính "properties.sheet": số tờ bản đồ phải là số nguyên từ 1 đến 9999, không phải "mười hai".');
    expect(body.problems[2].messageEn).toMatch(/at least 4 positions/);
    expect(await parcelCount()).toBe(0);
  });

  it('rolls back the whole file when a parcel names a planning zone found neither in it nor on file', async () => {
    const bad = structuredClone(file);
    bad.features.splice(2, 1);
    const response = await importFile(landOfficer, bad);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().problems).toMatchObject([{ field: 'features.3.properties.planningZone', messageEn: expect.stringMatching(/"QH-DGT-01" is neither in the file nor on file/) }]);
    expect(await parcelCount()).toBe(0);
    expect((await t.db.query('SELECT 1 FROM land_planning_zones')).rowCount).toBe(0);
  });

  it('lets only the land office and administrators of the commune or above import', async () => {
    expect((await importFile(specialist, file)).statusCode).toBe(403);
    const other = await importFile(otherLandOfficer, file);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'forbidden', rule: 'import-land-register' });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/land/communes/${COMMUNE}/import`, payload: file })).statusCode).toBe(401);
    expect((await importFile(landOfficer, file, AGENCIES.department.code)).json()).toMatchObject({ code: 'not_a_commune' });
    expect(await parcelCount()).toBe(0);
  });

  it('imports a GeoJSON file, audited, and importing it again changes nothing', async () => {
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/v1/land/communes/${COMMUNE}/import`,
      headers: { ...landOfficer.headers, 'content-type': 'application/geo+json' },
      payload: await readFile(FILE, 'utf8'),
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      commune: { code: COMMUNE, name: AGENCIES.commune.name },
      parcelsAdded: 3,
      parcelsChanged: 0,
      parcelsUnchanged: 0,
      holdersChanged: 2,
      planningZones: 2,
      boundary: true,
    });
    // The province's administrator may import the commune's file too.
    const again = await importFile(admin, file);
    expect(again.json()).toMatchObject({ parcelsAdded: 0, parcelsChanged: 0, parcelsUnchanged: 3, holdersChanged: 0, planningZones: 0 });
    const changed = structuredClone(file);
    changed.features[5]!.properties.DienTich = '97';
    expect((await importFile(landOfficer, changed)).json()).toMatchObject({ parcelsAdded: 0, parcelsChanged: 1, parcelsUnchanged: 2 });
    const audit = await t.db.query<{ actor_name: string; details: { parcelsAdded: number } }>(
      `SELECT actor_name, details FROM audit_log WHERE action = 'land.register_imported' AND entity_id = $1 ORDER BY seq`,
      [COMMUNE],
    );
    expect(audit.rows.map((row) => [row.actor_name, row.details.parcelsAdded])).toEqual([
      ['Lê Văn Địa Chính', 3],
      ['Quản Trị Viên', 0],
      ['Lê Văn Địa Chính', 0],
    ]);
  });

  it('looks a parcel up by commune, sheet and number: land uses, area, planning and shape', async () => {
    const response = await anonymous(byNumber(12, 125));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      commune: { code: COMMUNE, name: AGENCIES.commune.name },
      sheet: 12,
      parcel: 125,
      label: 'Thửa đất số 125, tờ bản đồ số 12',
      areaM2: 1520.4,
      landUses: [
        { code: 'ODT', label: 'Đất ở tại đô thị', areaM2: 300, term: { kind: 'long_term', label: 'Lâu dài' } },
        { code: 'CLN', label: 'Đất trồng cây lâu năm', areaM2: 1220.4 },
      ],
      address: 'Khu phố 3, xã Hòa Bình',
      plannedUse: { code: 'ODT' },
      planningStatus: { code: 'to_be_converted', label: 'Thuộc quy hoạch chuyển mục đích sử dụng đất' },
      planningZone: { code: 'QH-ODT-01', name: 'Khu dân cư hiện hữu chỉnh trang', decision: 'Quyết định số 2345/QĐ-UBND ngày 20/12/2024 của UBND tỉnh' },
      restrictions: ['Hành lang bảo vệ mương thoát nước 3 m'],
      geometry: { type: 'Polygon' },
    });
    expect((await anonymous(byNumber(13, 7))).json()).toMatchObject({ areaM2: 97, landUses: [{ code: 'ODT', term: { label: 'Lâu dài' } }], planningStatus: null });
    const missing = await anonymous(byNumber(12, 999));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`Không tìm thấy thửa đất số 999, tờ bản đồ số 12 của xã, phường có mã ${COMMUNE}.`);
    expect((await anonymous(byNumber(12, 125, AGENCIES.otherCommune.code))).statusCode).toBe(404);
    expect((await anonymous('/api/public/land/parcels?commune=x&sheet=0&parcel=1')).statusCode).toBe(400);
  });

  it('finds the parcel under a point: inside, in a hole, outside, on a shared edge, in a second polygon', async () => {
    const parcelsAt = async (point: Position) => {
      const response = await anonymous(atPoint(point));
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().parcels as Array<{ parcel: number }>).map((parcel) => parcel.parcel);
    };
    expect(await parcelsAt([106.82005, 10.95005])).toEqual([125]);
    // The hole of parcel 125 is no one's parcel in this file.
    expect(await parcelsAt([106.82015, 10.95015])).toEqual([]);
    expect(await parcelsAt([106.8225, 10.9515])).toEqual([]);
    // Parcels 125 and 126 share the edge at longitude 106.8204: a click on it finds both.
    expect(await parcelsAt([106.8204, 10.9502])).toEqual([125, 126]);
    expect(await parcelsAt([106.8211, 10.9501])).toEqual([126]);
    expect(await parcelsAt([106.8209, 10.9501])).toEqual([]);
    expect((await anonymous('/api/public/land/parcels/at?lng=200&lat=10')).statusCode).toBe(400);
  });

  it('decides a point as core does, in SQL, on a grid over the shapes, their edges and holes', async () => {
    const shapes = file.features.map((feature) => feature.geometry);
    const points: Position[] = [];
    for (let i = 0; i <= 40; i += 1) for (let j = 0; j <= 16; j += 1) points.push([Number((106.8198 + i * 0.00005).toFixed(5)), Number((10.9498 + j * 0.00005).toFixed(5))]);
    const expected = shapes.map((shape) => points.map((point) => geometryContains(shape, point)));
    const { rows } = await t.db.query<{ inside: boolean[] }>(
      `SELECT array_agg(land_geometry_contains(s.shape, p.lng, p.lat) ORDER BY p.ordinality) AS inside
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS s(shape, shape_index)
         CROSS JOIN LATERAL (SELECT (value->>0)::float8 AS lng, (value->>1)::float8 AS lat, ordinality FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY) p
        GROUP BY s.shape_index ORDER BY s.shape_index`,
      [JSON.stringify(shapes), JSON.stringify(points)],
    );
    expect(rows.map((row) => row.inside)).toEqual(expected);
    // The grid crosses both kinds of answer for every parcel.
    expect(expected.slice(3).every((row) => row.includes(true) && row.includes(false))).toBe(true);
  });

  it('gives a map the parcels, zones and boundary within a box, limited in count', async () => {
    const box = '106.8199,10.9499,106.8209,10.9505';
    const parcels = (await anonymous(`/api/public/land/map?bbox=${box}`)).json();
    expect(parcels.type).toBe('FeatureCollection');
    expect(parcels.truncated).toBe(false);
    expect(parcels.features.map((feature: { id: string }) => feature.id).sort()).toEqual([`${COMMUNE}/12/125`, `${COMMUNE}/12/126`]);
    expect(parcels.features.find((feature: { id: string }) => feature.id.endsWith('/125')).properties).toEqual({
      commune: COMMUNE,
      sheet: 12,
      parcel: 125,
      landUse: 'ODT+CLN',
      areaM2: 1520.4,
      planningStatus: 'to_be_converted',
    });
    const limited = (await anonymous(`/api/public/land/map?bbox=${box}&limit=1`)).json();
    expect([limited.features.length, limited.truncated]).toEqual([1, true]);
    expect((await anonymous(`/api/public/land/map?bbox=${box}&layer=planning_zones`)).json().features.map((feature: { properties: { code: string } }) => feature.properties.code).sort()).toEqual([
      'QH-DGT-01',
      'QH-ODT-01',
    ]);
    expect((await anonymous(`/api/public/land/map?bbox=${box}&layer=commune_boundaries`)).json().features).toMatchObject([{ id: COMMUNE, properties: { name: AGENCIES.commune.name } }]);
    expect((await anonymous('/api/public/land/map?bbox=106.9,10.9,106.8,11')).json()).toMatchObject({ code: 'invalid_bbox' });
    expect((await anonymous('/api/public/land/communes')).json()).toEqual([
      { code: COMMUNE, name: AGENCIES.commune.name, parcels: 3, bbox: [106.819, 10.949, 106.823, 10.952] },
    ]);
  });

  it('never tells an anonymous client who holds a parcel, whatever it asks for', async () => {
    const guesses = [
      byNumber(12, 125),
      `${byNumber(12, 125)}&includeHolder=true&fields=holder,certificateSerial&view=officer&role=land_officer`,
      `${atPoint([106.82005, 10.95005])}&holder=1`,
      '/api/public/land/map?bbox=106.819,10.949,106.823,10.952&properties=holderName,certificateSerial',
      '/api/public/land/map?bbox=106.819,10.949,106.823,10.952&layer=parcels&limit=5000',
    ];
    const accepts = ['application/json', 'application/geo+json', 'text/csv', 'application/xml', '*/*'];
    for (const url of guesses) {
      for (const accept of accepts) {
        const response = await anonymous(url, { accept });
        expect(response.statusCode, `${url} ${accept}`).toBeLessThan(500);
        for (const fact of HOLDER_FACTS) expect(response.body, `${url} (${accept}) shows ${fact}`).not.toContain(fact);
      }
    }
    const parcelId = (await t.db.query<{ id: string }>('SELECT id FROM land_parcels WHERE parcel_number = 125')).rows[0]!.id;
    for (const url of [`/api/v1/land/parcels/${parcelId}`, `/api/v1/land/parcels?commune=${COMMUNE}&sheet=12&parcel=125`]) {
      const response = await anonymous(url);
      expect(response.statusCode).toBe(401);
      for (const fact of HOLDER_FACTS.slice(0, 6)) expect(response.body).not.toContain(fact);
    }
    // A citizen's session is no officer's either.
    expect((await anonymous(`/api/v1/land/parcels/${parcelId}`, { cookie: 'motcua_citizen=forged' })).statusCode).toBe(401);
  });

  it('shows the holder and certificate to the commune’s land office only, and links parcels to its land dossiers', async () => {
    const onFile = await landOfficer.request('GET', `/api/v1/land/parcels?commune=${COMMUNE}&sheet=12&parcel=125`);
    expect(onFile.statusCode, onFile.body).toBe(200);
    const parcel = onFile.json();
    expect(parcel).toMatchObject({
      certificateSerial: 'CS 123456',
      holder: { name: 'Trần Thị Bích Ngọc', idNumber: '075190004321', address: 'Số 18, đường Phan Trung, khu phố 3' },
      dossiers: [],
      areaM2: 1520.4,
    });
    expect((await landOfficer.request('GET', `/api/v1/land/parcels?commune=${COMMUNE}&sheet=13&parcel=7`)).json()).toMatchObject({ holder: null, certificateSerial: null });
    // Another commune's land office, the commune's other officers and its administrators above: as if there were no such parcel.
    for (const session of [otherLandOfficer, specialist, admin]) {
      const refused = await session.request('GET', `/api/v1/land/parcels/${parcel.id}`);
      expect(refused.statusCode, session.username).toBe(404);
      expect(refused.body).not.toContain('Trần Thị Bích Ngọc');
    }

    const dossier = await receiveWalkIn(await signIn(t.app, 'reception'));
    const linked = await landOfficer.request('POST', `/api/v1/land/parcels/${parcel.id}/dossiers`, { dossierCode: dossier.code, purpose: 'transfer' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().dossiers).toMatchObject([{ code: dossier.code, purpose: 'transfer', purposeLabel: 'Chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất' }]);
    // Linking again changes nothing and is not audited twice.
    await landOfficer.request('POST', `/api/v1/land/parcels/${parcel.id}/dossiers`, { dossierCode: dossier.code, purpose: 'transfer' });
    expect((await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'land.parcel_linked' AND entity_id = $1`, [dossier.code])).rowCount).toBe(1);
    expect((await otherLandOfficer.request('POST', `/api/v1/land/parcels/${parcel.id}/dossiers`, { dossierCode: dossier.code, purpose: 'transfer' })).statusCode).toBe(404);

    // The dossier's page shows its parcel, without its holder.
    const detail = await specialist.request('GET', `/api/v1/dossiers/${dossier.code}`);
    expect(detail.json().landParcels).toEqual([
      { commune: { code: COMMUNE, name: AGENCIES.commune.name }, sheet: 12, parcel: 125, areaM2: 1520.4, landUses: ['ODT', 'CLN'], address: 'Khu phố 3, xã Hòa Bình', purpose: 'transfer' },
    ]);
    expect(detail.body).not.toContain('Trần Thị Bích Ngọc');

    const unlinked = await landOfficer.request('DELETE', `/api/v1/land/parcels/${parcel.id}/dossiers/${dossier.code}`);
    expect(unlinked.json().dossiers).toEqual([]);
    expect((await landOfficer.request('DELETE', `/api/v1/land/parcels/${parcel.id}/dossiers/${dossier.code}`)).json()).toMatchObject({ code: 'not_linked' });
    expect((await specialist.request('GET', `/api/v1/dossiers/${dossier.code}`)).json().landParcels).toEqual([]);
  });
});

describe('the public land lookups', () => {
  it('are rate-limited per address like the other public endpoints', async () => {
    const t = await startTestApp(ENGINES[0]!, { publicRequestsPerMinute: 3 });
    try {
      // Nothing is imported in this app: the lookup by number finds nothing, the others find nothing in their lists.
      for (const [url, status] of [[byNumber(12, 125), 404], [atPoint([106.82, 10.95]), 200], ['/api/public/land/map?bbox=106.8,10.9,106.9,11', 200]] as const) {
        const answers = [];
        for (let request = 0; request < 4; request++) answers.push((await t.app.inject({ method: 'GET', url })).statusCode);
        expect(answers, url).toEqual([status, status, status, 429]);
      }
    } finally {
      await t.close();
    }
  });
});
