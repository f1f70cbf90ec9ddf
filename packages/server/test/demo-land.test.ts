import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY } from '../src/demo/data/index.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { type DemoApp, startDemoApp } from './support/demo-app.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

describe.each(ENGINES)('the demo’s land register on $name', (engine) => {
  let demo: DemoApp;
  let app: FastifyInstance;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    app = demo.app;
  });
  afterAll(() => demo?.close());

  it("has a ward's parcels the public finds by number and on the map, and its land officer sees their holders", async () => {
    const communes = (await app.inject({ method: 'GET', url: '/api/public/land/communes' })).json();
    expect(communes).toMatchObject([{ code: AGENCY.hacThanh, name: expect.stringMatching(/Hạc Thành/) }]);
    expect(communes[0].parcels).toBeGreaterThan(2_000);
    const [minLng, minLat, maxLng, maxLat] = communes[0].bbox as number[];

    const parcel = (await app.inject({ method: 'GET', url: `/api/public/land/parcels?commune=${AGENCY.hacThanh}&sheet=1&parcel=1` })).json();
    expect(parcel).toMatchObject({ sheet: 1, parcel: 1, landUses: [{ code: expect.any(String) }], planningZone: { code: expect.stringMatching(/^QH-/) } });
    // A click in the middle of the parcel's first corners finds it.
    const ring = parcel.geometry.coordinates[0] as Array<[number, number]>;
    const middle = ring.slice(0, 4).reduce((sum, [lng, lat]) => [sum[0]! + lng / 4, sum[1]! + lat / 4], [0, 0]);
    const found = (await app.inject({ method: 'GET', url: `/api/public/land/parcels/at?lng=${middle[0]}&lat=${middle[1]}` })).json();
    expect(found.parcels.map((item: { sheet: number; parcel: number }) => `${item.sheet}/${item.parcel}`)).toEqual(['1/1']);

    const map = (await app.inject({ method: 'GET', url: `/api/public/land/map?bbox=${minLng},${minLat},${maxLng},${maxLat}&limit=5000` })).json();
    expect(map.features.length).toBe(communes[0].parcels);
    expect(JSON.stringify(map)).not.toMatch(/holder|certificate|038\d{9}/);

    const officer = await signIn(app, 'diachinh.hacthanh', DEMO_PASSWORD);
    const onFile = (await officer.request('GET', `/api/v1/land/parcels?commune=${AGENCY.hacThanh}&sheet=1&parcel=1`)).json();
    expect(onFile.holder).toMatchObject({ name: expect.any(String), idNumber: expect.stringMatching(/^038\d{9}$/) });
  });
});
