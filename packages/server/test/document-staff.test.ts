import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';

interface Staff {
  units: Array<{ id: string; code: string; name: string }>;
  officers: Array<{ id: string; fullName: string; role: string; unit: { id: string; name: string } | null }>;
}

/** The choices the back office offers when a document is assigned or passed down, or a work record given to a keeper. */
describe.each(ENGINES)('document staff on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('lists the units of the officer’s agency and its officers with the roles documents are routed among', async () => {
    const leader = await signIn(t.app, 'leader');
    const response = await leader.request('GET', '/api/v1/documents/staff');
    expect(response.statusCode, response.body).toBe(200);
    const staff = response.json() as Staff;
    expect(staff.units.map((unit) => unit.code)).toEqual(['MOTCUA', 'VHXH']);
    const vhxh = staff.units.find((unit) => unit.code === 'VHXH')!;
    const roles = staff.officers.map((officer) => [officer.fullName, officer.role, officer.unit?.id ?? null]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['Đỗ Thị Văn Thư', 'document_clerk', null],
        ['Hoàng Văn Chủ Tịch', 'agency_leader', null],
        ['Phạm Văn Trưởng', 'unit_head', vhxh.id],
        ['Trần Văn Chuyên', 'specialist', vhxh.id],
        ['Lê Thị Hai', 'specialist', vhxh.id],
      ]),
    );
    // A receiving officer holds no role documents are routed among; other agencies' officers are not listed.
    expect(roles.map(([name]) => name)).not.toContain('Nguyễn Thị Tiếp Nhận');
    expect(roles.map(([name]) => name)).not.toContain('Lý Văn Khác');
    expect(staff.officers).toHaveLength(5);
  });

  it('refuses another agency’s staff to its officers', async () => {
    const other = await signIn(t.app, 'other.leader');
    const response = await other.request('GET', `/api/v1/documents/staff?agency=${encodeURIComponent(AGENCIES.commune.code)}`);
    expect(response.statusCode, response.body).toBe(403);
  });

  it('says which agencies a signed-in officer reads the registers of', async () => {
    const clerk = await signIn(t.app, 'clerk');
    const me = (await clerk.request('GET', '/api/v1/auth/me')).json() as { documentAgencyIds: string[] };
    expect(me.documentAgencyIds).toEqual([t.province.agencyIds.commune]);
  });
});
