import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAdministrator } from './support/administrators.js';
import { type TestApp, startTestApp } from './support/app.js';
import { CENTRE_CODE, type Centre, SERVICES, createCentre, pairTestDevice } from './support/centre.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';

const OTHER_CENTRE_CODE = AGENCIES.otherCommune.code;

describe.each(ENGINES)('centres’ configuration and devices on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let admin: Session;
  let communeAdmin: Session;
  let otherAdmin: Session;
  let leader: Session;
  let reception: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    centre = await createCentre(t.db, t.province);
    admin = await signIn(t.app, 'admin');
    communeAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.commune, 'quantri.xa');
    otherAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.otherCommune, 'quantri.xakhac');
    [leader, reception] = await Promise.all([signIn(t.app, 'leader'), signIn(t.app, 'reception')]);
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
  const centreUrl = (path: string, code: string = CENTRE_CODE) => `/api/v1/centres/${code}${path}`;
  const audited = async (action: string) =>
    (await t.db.query<{ details: Record<string, unknown> }>('SELECT details FROM audit_log WHERE action = $1 ORDER BY seq', [action])).rows.map((row) => row.details);

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

  describe('the centres an officer works at', () => {
    it('says for each what the officer may do there', async () => {
      const mine = async (session: Session) => (await session.request('GET', '/api/v1/centres')).json() as Array<Record<string, unknown>>;
      const commune = { agencyCode: CENTRE_CODE, name: 'UBND xã Hòa Bình' };
      expect(await mine(reception)).toEqual([{ ...commune, mayServe: true, mayManage: false, mayConfigure: false }]);
      expect(await mine(leader)).toEqual([{ ...commune, mayServe: false, mayManage: true, mayConfigure: false }]);
      expect(await mine(communeAdmin)).toEqual([{ ...commune, mayServe: false, mayManage: true, mayConfigure: true }]);
      expect((await mine(admin)).map((item) => item.agencyCode).sort()).toEqual([CENTRE_CODE, OTHER_CENTRE_CODE]);
      expect(await mine(await signIn(t.app, 'specialist'))).toEqual([]);
      expect((await get('/api/v1/centres')).statusCode).toBe(401);
    });
  });

  describe('settings', () => {
    const settings = {
      timeZone: 'Asia/Ho_Chi_Minh',
      openingHours: { '1': [['07:00', '11:30'], ['13:00', '17:00']], '6': [['07:30', '11:30']] },
      callsBeforeNoShow: 2,
      callOrder: ['booking_due', 'priority', 'queued_at'],
      bookingSlotMinutes: 20,
      bookingsPerCounterSlot: 3,
      bookingEarlyMinutes: 20,
      bookingLateMinutes: 10,
    };

    it('has the defaults until an administrator of the centre changes them, which the audit log records', async () => {
      expect((await communeAdmin.request('GET', centreUrl('/settings'))).json()).toMatchObject({
        timeZone: 'Asia/Ho_Chi_Minh',
        callsBeforeNoShow: 3,
        callOrder: ['priority', 'booking_due', 'queued_at'],
        openingHours: { '1': [['07:30', '11:30'], ['13:30', '17:00']] },
      });
      const saved = await communeAdmin.request('PUT', centreUrl('/settings'), settings);
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await communeAdmin.request('GET', centreUrl('/settings'))).json()).toEqual(settings);
      expect(await audited('centre.settings')).toEqual([expect.objectContaining({ callsBeforeNoShow: 2 })]);
    });

    it('refuses opening hours, a time zone or a calling rule that cannot be, naming the field', async () => {
      const refusal = async (changes: Record<string, unknown>) => (await communeAdmin.request('PUT', centreUrl('/settings'), { ...settings, ...changes })).json();
      expect(await refusal({ openingHours: { '3': [['13:30', '17:00'], ['07:30', '11:30']] } })).toMatchObject({
        code: 'invalid_opening_hours',
        field: 'openingHours.3',
        message: expect.stringContaining('thứ Tư'),
      });
      expect(await refusal({ openingHours: { '2': [['11:30', '07:30']] } })).toMatchObject({ code: 'invalid_opening_hours', field: 'openingHours.2' });
      expect(await refusal({ openingHours: { '8': [] } })).toMatchObject({ code: 'validation_failed' });
      expect(await refusal({ openingHours: { '1': [['7h30', '11:30']] } })).toMatchObject({ code: 'validation_failed' });
      expect(await refusal({ timeZone: 'Asia/Hanoi_Mars' })).toMatchObject({ code: 'invalid_time_zone', field: 'timeZone' });
      expect(await refusal({ callOrder: ['priority', 'priority'] })).toMatchObject({ code: 'invalid_call_order', field: 'callOrder' });
      expect(await refusal({ callsBeforeNoShow: 0 })).toMatchObject({ code: 'validation_failed', field: 'body.callsBeforeNoShow' });
    });

    it('belong to administrators of the centre or above it only', async () => {
      for (const session of [leader, reception, otherAdmin]) {
        expect((await session.request('GET', centreUrl('/settings'))).statusCode).toBe(403);
        const refused = await session.request('PUT', centreUrl('/settings'), settings);
        expect(refused.statusCode).toBe(403);
        expect(refused.json()).toMatchObject({ rule: 'administer-agencies' });
      }
      expect((await admin.request('GET', centreUrl('/settings'))).statusCode).toBe(200);
      expect((await admin.request('GET', centreUrl('/settings', '999.99.99.H99'))).json()).toMatchObject({ code: 'centre_not_found' });
    });
  });

  describe('services', () => {
    const passports = { code: 'ho-chieu', name: 'Hộ chiếu', nameEn: 'Passports', prefix: 'HC', field: 'ho-tich', unit: 'MOTCUA', procedures: ['1.001193'], position: 5 };

    it('are added and changed by the centre’s administrators; the kiosk offers the active ones', async () => {
      const created = await communeAdmin.request('POST', centreUrl('/services'), passports);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({ ...passports, active: true });
      const changed = await communeAdmin.request('PUT', centreUrl('/services/ho-chieu'), { ...passports, code: undefined, name: 'Hộ chiếu phổ thông', active: false, procedures: [] });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ code: 'ho-chieu', name: 'Hộ chiếu phổ thông', active: false, procedures: [] });
      const general = await communeAdmin.request('PUT', centreUrl('/services/ho-chieu'), { ...passports, code: undefined, field: null, unit: null, active: false });
      expect(general.json()).toMatchObject({ field: null, unit: null });
      const all = (await communeAdmin.request('GET', centreUrl('/services'))).json() as Array<{ code: string }>;
      expect(all.map((service) => service.code)).toEqual(['ho-tich', 'dat-dai', 'tong-hop', 'ho-chieu']);
      const offered = (await get(`/api/public/centres/${CENTRE_CODE}/services`)).json() as Array<{ code: string }>;
      expect(offered.map((service) => service.code)).not.toContain('ho-chieu');
      expect((await audited('centre.service.update'))[0]).toMatchObject({ name: 'Hộ chiếu phổ thông', before: expect.objectContaining({ name: 'Hộ chiếu' }) });
    });

    it('refuses a taken code or prefix, a malformed one, and references to what does not exist', async () => {
      const refusal = async (changes: Record<string, unknown>) => {
        const response = await communeAdmin.request('POST', centreUrl('/services'), { ...passports, code: 'moi', prefix: 'M', ...changes });
        return { status: response.statusCode, ...(response.json() as { code: string; field?: string }) };
      };
      expect(await refusal({ code: 'ho-tich' })).toMatchObject({ status: 409, code: 'service_code_taken', field: 'code' });
      expect(await refusal({ prefix: 'A' })).toMatchObject({ status: 409, code: 'prefix_taken', field: 'prefix' });
      expect(await refusal({ prefix: 'Đ' })).toMatchObject({ status: 400, code: 'invalid_prefix', field: 'prefix' });
      expect(await refusal({ code: 'Hộ tịch' })).toMatchObject({ status: 400, code: 'invalid_service_code', field: 'code' });
      expect(await refusal({ field: 'khong-co' })).toMatchObject({ status: 400, code: 'unknown_field', field: 'field' });
      expect(await refusal({ unit: 'HCTP' })).toMatchObject({ status: 400, code: 'unknown_unit', field: 'unit' });
      expect(await refusal({ procedures: ['9.999999'] })).toMatchObject({ status: 400, code: 'unknown_procedure', field: 'procedures' });
      expect(await refusal({ name: '   ' })).toMatchObject({ status: 400, code: 'validation_failed' });
      const missing = await communeAdmin.request('PUT', centreUrl('/services/khong-co'), { ...passports, code: undefined });
      expect(missing.json()).toMatchObject({ code: 'service_not_found' });
      expect((await otherAdmin.request('POST', centreUrl('/services'), { ...passports, code: 'moi', prefix: 'M' })).statusCode).toBe(403);
    });
  });

  describe('counters', () => {
    it('are added with the services they serve, and changed', async () => {
      const created = await communeAdmin.request('POST', centreUrl('/counters'), { number: 4, name: 'Quầy 4 — Đất đai', services: ['dat-dai'] });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toEqual({ number: 4, name: 'Quầy 4 — Đất đai', priority: false, active: true, services: ['dat-dai'], status: 'closed' });
      const changed = await communeAdmin.request('PUT', centreUrl('/counters/4'), { name: 'Quầy 4', priority: true, active: true, services: ['tong-hop', 'ho-tich'] });
      expect(changed.json()).toMatchObject({ priority: true, services: ['ho-tich', 'tong-hop'] });
      const counters = (await communeAdmin.request('GET', centreUrl('/counters'))).json() as Array<{ number: number; services: string[] }>;
      expect(counters.map((counter) => [counter.number, counter.services])).toEqual([
        [1, ['ho-tich', 'tong-hop']],
        [2, ['ho-tich', 'dat-dai']],
        [3, ['ho-tich', 'dat-dai', 'tong-hop']],
        [4, ['ho-tich', 'tong-hop']],
      ]);
      expect(await audited('centre.counter.create')).toEqual([expect.objectContaining({ number: 4 })]);
    });

    it('refuse a taken number, an unknown service, an unknown counter, and taking one in use out of service', async () => {
      expect((await communeAdmin.request('POST', centreUrl('/counters'), { number: 1, services: [] })).json()).toMatchObject({ code: 'counter_number_taken', field: 'number' });
      expect((await communeAdmin.request('POST', centreUrl('/counters'), { number: 9, services: ['khong-co'] })).json()).toMatchObject({ code: 'unknown_service', field: 'services' });
      expect((await communeAdmin.request('POST', centreUrl('/counters'), { number: 1000, services: [] })).statusCode).toBe(400);
      // Two administrators adding the same counter at the same instant: one gets it, the other is told, never a failure.
      const raced = await Promise.all([20, 20].map((number) => communeAdmin.request('POST', centreUrl('/counters'), { number, services: [] })));
      expect(raced.map((response) => response.statusCode).sort()).toEqual([201, 409]);
      expect((await communeAdmin.request('PUT', centreUrl('/counters/42'), { services: [] })).json()).toMatchObject({ code: 'counter_not_found' });
      const officer = await t.db.query<{ id: string }>("SELECT id FROM officers WHERE username = 'reception'");
      await t.db.query(`UPDATE counters SET status = 'open', officer_id = $2 WHERE id = $1`, [centre.counterIds[1], officer.rows[0]!.id]);
      const inUse = await communeAdmin.request('PUT', centreUrl('/counters/1'), { active: false, services: ['ho-tich'] });
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json()).toMatchObject({ code: 'counter_in_use', field: 'active' });
      expect((await leader.request('GET', centreUrl('/counters'))).statusCode).toBe(403);
    });
  });

  describe('devices', () => {
    it('are paired by an administrator of the centre, the token shown once, and revoked', async () => {
      const paired = await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'board', name: 'Màn hình sảnh' });
      expect(paired.statusCode, paired.body).toBe(201);
      const { id, token } = paired.json() as { id: string; token: string };
      expect((await get('/api/public/devices/me', { authorization: `Device ${token}` })).json()).toMatchObject({ id, kind: 'board', name: 'Màn hình sảnh' });
      const tablet = await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'tablet', name: 'Máy đánh giá quầy 3', counter: 3 });
      expect(tablet.statusCode).toBe(201);
      const listed = await communeAdmin.request('GET', centreUrl('/devices'));
      expect(listed.body).not.toContain(token);
      expect(listed.json()).toContainEqual(expect.objectContaining({ id, kind: 'board', pairedBy: 'Quản Trị Cấp Xã', lastSeenAt: expect.any(String), revokedAt: null }));
      expect(listed.json()).toContainEqual(expect.objectContaining({ kind: 'tablet', counter: { number: 3, name: 'Quầy 3' } }));

      const revoked = await communeAdmin.request('DELETE', centreUrl(`/devices/${id}`));
      expect(revoked.statusCode).toBe(204);
      expect((await get('/api/public/devices/me', { authorization: `Device ${token}` })).statusCode).toBe(401);
      expect(await audited('centre.device.pair')).toHaveLength(2);
      expect(await audited('centre.device.revoke')).toEqual([expect.objectContaining({ kind: 'board', name: 'Màn hình sảnh' })]);
    });

    it('refuse a tablet without its counter, a counter for a kiosk, another centre’s device, and non-administrators', async () => {
      expect((await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'tablet', name: 'Máy đánh giá' })).json()).toMatchObject({ code: 'counter_required', field: 'counter' });
      expect((await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'tablet', name: 'Máy đánh giá', counter: 42 })).json()).toMatchObject({ code: 'counter_not_found' });
      expect((await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'kiosk', name: 'Ki-ốt', counter: 1 })).json()).toMatchObject({ code: 'counter_not_allowed', field: 'counter' });
      expect((await communeAdmin.request('POST', centreUrl('/devices'), { kind: 'printer', name: 'Máy in' })).json()).toMatchObject({ code: 'validation_failed', field: 'body.kind' });
      const kiosk = await pairTestDevice(t.db, centre, 'kiosk');
      expect((await otherAdmin.request('DELETE', centreUrl(`/devices/${kiosk.id}`, OTHER_CENTRE_CODE))).json()).toMatchObject({ code: 'device_not_found' });
      expect((await otherAdmin.request('DELETE', centreUrl(`/devices/${kiosk.id}`))).statusCode).toBe(403);
      expect((await reception.request('POST', centreUrl('/devices'), { kind: 'kiosk', name: 'Ki-ốt' })).statusCode).toBe(403);
      expect((await get('/api/public/devices/me', { authorization: `Device ${kiosk.token}` })).statusCode).toBe(200);
    });
  });

  describe('priority groups', () => {
    it('are DOMAIN’s list until a root administrator reorders, renames or retires one', async () => {
      expect(((await get('/api/public/priority-groups')).json() as Array<{ code: string }>).map((group) => group.code)).toEqual([
        'elderly',
        'disability',
        'pregnant',
        'young_child',
        'meritorious',
      ]);
      const groups = (await admin.request('GET', '/api/v1/priority-groups')).json() as Array<{ code: string; name: string; nameEn: string; active: boolean }>;
      const reordered = [groups[2]!, { ...groups[0]!, name: 'Người từ đủ 75 tuổi' }, ...groups.slice(3), { code: 'child_alone', name: 'Trẻ em đi một mình', nameEn: 'Children alone', active: true }];
      const saved = await admin.request('PUT', '/api/v1/priority-groups', { groups: reordered });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(((await get('/api/public/priority-groups')).json() as Array<{ code: string; name: string }>).slice(0, 2)).toEqual([
        expect.objectContaining({ code: 'pregnant' }),
        expect.objectContaining({ code: 'elderly', name: 'Người từ đủ 75 tuổi' }),
      ]);
      const all = (await admin.request('GET', '/api/v1/priority-groups')).json() as Array<{ code: string; active: boolean }>;
      expect(all.find((group) => group.code === 'disability')).toMatchObject({ active: false });
      expect(await audited('centre.priority_groups')).toHaveLength(1);
    });

    it('refuse a malformed or repeated code, and anyone but a root administrator', async () => {
      const group = { code: 'elderly', name: 'Người cao tuổi', nameEn: 'Elderly', active: true };
      expect((await admin.request('PUT', '/api/v1/priority-groups', { groups: [{ ...group, code: 'Cao Tuoi' }] })).json()).toMatchObject({ code: 'invalid_priority_group_code', field: 'groups.0.code' });
      expect((await admin.request('PUT', '/api/v1/priority-groups', { groups: [group, group] })).json()).toMatchObject({ code: 'duplicate_priority_group', field: 'groups.1.code' });
      expect((await communeAdmin.request('PUT', '/api/v1/priority-groups', { groups: [group] })).json()).toMatchObject({ rule: 'change-calendar' });
      expect((await communeAdmin.request('GET', '/api/v1/priority-groups')).statusCode).toBe(403);
    });
  });
});
