import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAdministrator } from './support/administrators.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { PASSWORD } from './support/province.js';
import { receiveWalkIn } from './support/dossiers.js';

describe.each(ENGINES)('administration of agencies and officers on $name', (engine) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await signIn(t.app, 'admin');
  });
  afterAll(() => t.close());

  it('adds a commune under the province, with a one-stop unit', async () => {
    const created = await admin.request('POST', '/api/v1/agencies', {
      code: '003.03.03.H99',
      name: 'UBND xã Tân Phong',
      shortName: 'Xã Tân Phong',
      kind: 'commune',
      parentId: t.province.agencyIds.province,
    });
    expect(created.statusCode, created.body).toBe(201);
    const unit = await admin.request('POST', `/api/v1/agencies/${created.json().id}/units`, { code: 'MOTCUA', name: 'Bộ phận Một cửa', kind: 'one_stop' });
    expect(unit.statusCode).toBe(201);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/public/agencies' })).json() as Array<{ code: string; units: unknown[]; parentId: string }>;
    const commune = listed.find((agency) => agency.code === '003.03.03.H99')!;
    expect(commune).toMatchObject({ parentId: t.province.agencyIds.province, units: [expect.objectContaining({ code: 'MOTCUA' })] });
  });

  it('refuses a malformed or taken agency code, and non-administrators', async () => {
    const base = { name: 'UBND xã Thử', shortName: 'Xã Thử', kind: 'commune', parentId: t.province.agencyIds.province };
    expect((await admin.request('POST', '/api/v1/agencies', { ...base, code: 'H99' })).json()).toMatchObject({ code: 'invalid_agency_code', field: 'code' });
    expect((await admin.request('POST', '/api/v1/agencies', { ...base, code: '001.01.01.H99' })).statusCode).toBe(409);
    const leader = await signIn(t.app, 'leader');
    expect((await leader.request('POST', '/api/v1/agencies', { ...base, code: '004.04.04.H99' })).statusCode).toBe(403);
  });

  it('records an abolished agency and its successor (the 2025 reform)', async () => {
    const response = await admin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.otherCommune}`, {
      abolishedOn: '2025-07-01',
      successorId: t.province.agencyIds.commune,
    });
    expect(response.statusCode, response.body).toBe(200);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/public/agencies' })).json() as Array<{ id: string; abolishedOn: string | null; successorId: string | null }>;
    expect(listed.find((agency) => agency.id === t.province.agencyIds.otherCommune)).toMatchObject({
      abolishedOn: '2025-07-01',
      successorId: t.province.agencyIds.commune,
    });
  });

  it('lets a commune administrator name a successor only among the agencies they administer', async () => {
    const communeAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.commune, 'quantri.xa');
    const handedToDepartment = await communeAdmin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.commune}`, { successorId: t.province.agencyIds.department });
    expect(handedToDepartment.statusCode, handedToDepartment.body).toBe(403);
    const unknown = await admin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.commune}`, { successorId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode, unknown.body).toBe(404);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/public/agencies' })).json() as Array<{ id: string; successorId: string | null }>;
    expect(listed.find((agency) => agency.id === t.province.agencyIds.commune)!.successorId).toBeNull();
    // Their own agency's details stay theirs to change.
    expect((await communeAdmin.request('PATCH', `/api/v1/agencies/${t.province.agencyIds.commune}`, { phone: '0237 3852 000' })).statusCode).toBe(200);
  });

  it('creates an officer with roles, who can sign in; changing the roles ends their sessions', async () => {
    const created = await admin.request('POST', '/api/v1/officers', {
      username: 'tiepnhan.moi',
      fullName: 'Phan Thị Mới',
      password: 'test-password-123',
      grants: [{ role: 'receiving_officer', agencyId: t.province.agencyIds.commune }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const officer = await signIn(t.app, 'tiepnhan.moi');
    expect((await officer.request('GET', '/api/v1/auth/me')).json()).toMatchObject({ fullName: 'Phan Thị Mới', grants: [{ role: 'receiving_officer' }] });
    const officers = (await admin.request('GET', `/api/v1/officers?agencyId=${t.province.agencyIds.commune}`)).json() as { items: Array<{ username: string }> };
    expect(officers.items.map((item) => item.username)).toContain('tiepnhan.moi');

    const changed = await admin.request('PUT', `/api/v1/officers/${created.json().id}/grants`, {
      grants: [{ role: 'specialist', agencyId: t.province.agencyIds.commune }],
    });
    expect(changed.statusCode).toBe(204);
    expect((await officer.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const again = await signIn(t.app, 'tiepnhan.moi');
    expect((await again.request('GET', '/api/v1/auth/me')).json().grants).toEqual([expect.objectContaining({ role: 'specialist' })]);
  });

  it('refuses a duplicate username, a weak password and a unit of another agency', async () => {
    const base = { fullName: 'Người Thử', password: 'test-password-123', grants: [{ role: 'specialist', agencyId: t.province.agencyIds.commune }] };
    expect((await admin.request('POST', '/api/v1/officers', { ...base, username: 'reception' })).statusCode).toBe(409);
    expect((await admin.request('POST', '/api/v1/officers', { ...base, username: 'new.one', password: 'short' })).json()).toMatchObject({
      code: 'validation_failed',
      field: expect.stringContaining('password'),
    });
    const departmentUnit = (await t.app.inject({ method: 'GET', url: '/api/public/agencies' }))
      .json()
      .find((agency: { id: string }) => agency.id === t.province.agencyIds.department).units[0].id;
    const wrongUnit = await admin.request('POST', '/api/v1/officers', {
      ...base,
      username: 'new.two',
      grants: [{ role: 'specialist', agencyId: t.province.agencyIds.commune, unitId: departmentUnit }],
    });
    expect(wrongUnit.json()).toMatchObject({ code: 'unit_not_in_agency' });
  });

  const search = async (session: Session, query: string) => {
    const response = await session.request('GET', `/api/v1/officers?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Array<{ id: string; username: string; fullName: string; active: boolean }>; total: number };
  };

  it('finds officers across every agency administered, by name without diacritics, username or e-mail, a page at a time', async () => {
    // "khac" finds Ngô Thị Khác and the other two of the other commune; "Vũ Minh" the department's specialist.
    const khac = await search(admin, 'q=khac');
    expect(khac.items.map((officer) => officer.username).sort()).toEqual(['other.leader', 'other.reception', 'other.specialist']);
    expect(khac.total).toBe(3);
    expect((await search(admin, `q=${encodeURIComponent('VŨ MINH')}`)).items.map((officer) => officer.username)).toEqual(['dept.specialist']);
    expect((await search(admin, 'q=dept.lead')).items.map((officer) => officer.fullName)).toEqual(['Bùi Quang Giám Đốc']);
    // In the order of names without diacritics: Dương Văn Khác, Lý Văn Khác, Ngô Thị Khác.
    const first = await search(admin, 'q=khac&pageSize=2');
    const second = await search(admin, 'q=khac&pageSize=2&page=2');
    expect([...first.items, ...second.items].map((officer) => officer.username)).toEqual(['other.specialist', 'other.leader', 'other.reception']);
    expect([first.total, second.total]).toEqual([3, 3]);
    expect((await search(admin, 'q=khac&pageSize=2&page=5')).total).toBe(3);
    // A search for "%" matches the character, not everything.
    expect((await search(admin, 'q=%25')).total).toBe(0);
    // Narrowed to one agency.
    const commune = await search(admin, `agencyId=${t.province.agencyIds.otherCommune}&q=van`);
    expect(commune.items.map((officer) => officer.username).sort()).toEqual(['other.leader', 'other.specialist']);
  });

  it('shows a commune administrator only the officers of what they administer', async () => {
    const communeAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.otherCommune, 'quantri.xakhac');
    const found = await search(communeAdmin, 'q=v');
    expect(found.items.length).toBeGreaterThan(0);
    const usernames = (await search(communeAdmin, 'pageSize=100')).items.map((officer) => officer.username);
    expect(usernames.sort()).toEqual(['other.leader', 'other.reception', 'other.specialist', 'quantri.xakhac']);
    expect((await communeAdmin.request('GET', `/api/v1/officers?agencyId=${t.province.agencyIds.department}`)).statusCode).toBe(403);
    const specialist = await signIn(t.app, 'specialist');
    expect((await specialist.request('GET', '/api/v1/officers')).statusCode).toBe(403);
  });

  it('disables an officer: sessions end at once, sign-in is refused, no step is offered to them; enabling lets them back', async () => {
    const id = t.province.officerIds['specialist2']!;
    const session = await signIn(t.app, 'specialist2');
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    const departmentAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.department, 'quantri.so');
    expect((await departmentAdmin.request('PUT', `/api/v1/officers/${id}/active`, { active: false })).statusCode).toBe(403);
    const head = await signIn(t.app, 'head');
    const dossier = await receiveWalkIn(await signIn(t.app, 'reception'));
    const pickable = async () =>
      ((await head.request('GET', `/api/v1/dossiers/${dossier.code}/assignable-officers`)).json() as { officers: Array<{ id: string }> }).officers.map((officer) => officer.id);
    expect(await pickable()).toContain(id);

    expect((await admin.request('PUT', `/api/v1/officers/${id}/active`, { active: false })).statusCode).toBe(204);
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'specialist2', password: PASSWORD } });
    expect(refused.statusCode).toBe(401);
    expect((await search(admin, 'q=specialist2')).items).toEqual([expect.objectContaining({ username: 'specialist2', active: false })]);
    const audit = await t.db.query<{ actor_name: string }>(`SELECT actor_name FROM audit_log WHERE action = 'officer.disable' AND entity_id = $1`, [id]);
    expect(audit.rows).toEqual([{ actor_name: 'Quản Trị Viên' }]);
    expect(await pickable()).not.toContain(id);

    expect((await admin.request('PUT', `/api/v1/officers/${id}/active`, { active: true })).statusCode).toBe(204);
    expect((await (await signIn(t.app, 'specialist2')).request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses an administrator disabling themselves', async () => {
    const response = await admin.request('PUT', `/api/v1/officers/${t.province.officerIds['admin']}/active`, { active: false });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'cannot_disable_self', message: 'Bạn không thể tự khoá tài khoản của chính mình.' });
  });

  it('signs out', async () => {
    const session = await signIn(t.app, 'clerk');
    expect((await session.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });
});
