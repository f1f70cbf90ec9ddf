import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, SERVICES, createCentre, pairTestDevice } from './support/centre.js';
import { ENGINES } from './support/engines.js';

describe.each(ENGINES)('centres’ configuration and devices on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;

  beforeAll(async () => {
    t = await startTestApp(engine);
    centre = await createCentre(t.db, t.province);
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  describe('what a kiosk and a citizen see', () => {
    it('lists the centres that offer a service', async () => {
      const centres = (await get('/api/public/centres')).json();
      expect(centres).toEqual([{ agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình', address: expect.any(String) }]);
    });

    it('lists a centre’s active services by position, and 404s an unknown centre', async () => {
      const services = (await get(`/api/public/centres/${CENTRE_CODE}/services`)).json();
      expect(services).toEqual(Object.values(SERVICES).map(({ code, name, prefix }) => ({ code, name, nameEn: '', prefix })));
      const unknown = await get('/api/public/centres/999.99.99.H99/services');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'centre_not_found', field: 'agencyCode' });
    });

    it('tells a paired device what it is, where, and at which counter; refuses an unpaired one', async () => {
      const kiosk = await pairTestDevice(t.db, centre, 'kiosk');
      const tablet = await pairTestDevice(t.db, centre, 'tablet', 2);
      expect((await get('/api/public/devices/me', { authorization: `Device ${kiosk.token}` })).json()).toEqual({
        id: kiosk.id,
        kind: 'kiosk',
        name: 'kiosk thử nghiệm',
        centre: { agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình' },
        counter: null,
      });
      expect((await get('/api/public/devices/me', { authorization: `device ${tablet.token}` })).json()).toMatchObject({
        kind: 'tablet',
        counter: { number: 2, name: 'Quầy 2' },
      });
      for (const authorization of [undefined, 'Device not-a-token', `Bearer ${kiosk.token}`]) {
        const refused = await get('/api/public/devices/me', authorization ? { authorization } : {});
        expect(refused.statusCode).toBe(401);
        expect(refused.json()).toMatchObject({ code: 'device_not_paired' });
      }
    });
  });
});
