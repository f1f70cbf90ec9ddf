import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { act, detail, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

interface Answer {
  step: { index: number; name: string; role: string; agency: { id: string; name: string } };
  assigneeId: string | null;
  officers: Array<{ id: string; fullName: string; title: string; unit: { id: string; name: string } | null }>;
}

const VHXH = 'Phòng Văn hóa - Xã hội';

describe.each(ENGINES)('officers eligible for a step on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<string, Session>;
  const url = (code: string, action?: string) => `/api/v1/dossiers/${code}/assignable-officers${action ? `?action=${action}` : ''}`;
  async function eligible(session: Session, code: string, action?: string): Promise<Answer> {
    const response = await session.request('GET', url(code, action));
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Answer;
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    for (const username of ['reception', 'specialist', 'head', 'leader', 'admin', 'other.leader', 'dept.specialist']) s[username] = await signIn(t.app, username);
  });
  afterAll(() => t.close());

  it('lists, for a unit head, the specialists of the unit the current step needs, and the listed officer can be assigned', async () => {
    const dossier = await receiveWalkIn(s.reception!);
    const answer = await eligible(s.head!, dossier.code);
    expect(answer.step).toMatchObject({ index: 0, name: 'Công chức tư pháp - hộ tịch thẩm định', role: 'specialist', agency: { id: t.province.agencyIds.commune, name: 'UBND xã Hòa Bình' } });
    expect(answer.assigneeId).toBeNull();
    expect(answer.officers.map((officer) => [officer.fullName, officer.unit?.name])).toEqual([
      ['Lê Thị Hai', VHXH],
      ['Trần Văn Chuyên', VHXH],
    ]);

    const chosen = answer.officers.find((officer) => officer.fullName === 'Lê Thị Hai')!;
    expect(chosen.id).toBe(t.province.officerIds.specialist2);
    await act(s.head!, dossier.code, 'assign', dossier.version, { assigneeId: chosen.id });
    expect((await detail(s.head!, dossier.code)).steps[0]!.assigneeName).toBe('Lê Thị Hai');
    // The agency's leader may assign too, and sees who has the step now.
    expect((await eligible(s.leader!, dossier.code, 'assign')).assigneeId).toBe(chosen.id);
  });

  it('lists, for the handler of a step, the officers of the next step', async () => {
    const dossier = await receiveWalkIn(s.reception!);
    const answer = await eligible(s.specialist!, dossier.code, 'hand_over');
    expect(answer.step).toMatchObject({ index: 1, name: 'Lãnh đạo phòng xem xét', role: 'unit_head' });
    expect(answer.officers.map((officer) => officer.id)).toEqual([t.province.officerIds.head]);
  });

  it('follows an inter-agency step to the other agency and its unit', async () => {
    const dossier = await receiveWalkIn(s.reception!, '2.000635');
    const answer = await eligible(s.specialist!, dossier.code, 'hand_over');
    expect(answer.step).toMatchObject({ index: 1, role: 'specialist', agency: { id: t.province.agencyIds.department, name: 'Sở Tư pháp tỉnh Thử Nghiệm' } });
    expect(answer.officers).toEqual([{ id: t.province.officerIds['dept.specialist'], fullName: 'Vũ Minh Sở', title: '', unit: { id: expect.any(String), name: 'Phòng Hành chính tư pháp' } }]);
  });

  it('counts agency-wide grants, and leaves out inactive officers and other units', async () => {
    const dossier = await receiveWalkIn(s.reception!);
    const { commune } = t.province.agencyIds;
    const { clerk, reception, specialist } = t.province.officerIds;
    // The clerk also works as a specialist for the whole commune; the receiving officer as one in the one-stop unit.
    await t.db.query(`INSERT INTO officer_roles (officer_id, role, agency_id, unit_id) VALUES ($1, 'specialist', $2, NULL)`, [clerk, commune]);
    await t.db.query(
      `INSERT INTO officer_roles (officer_id, role, agency_id, unit_id) VALUES ($1, 'specialist', $2, (SELECT id FROM units WHERE agency_id = $2 AND code = 'MOTCUA'))`,
      [reception, commune],
    );
    await t.db.query('UPDATE officers SET active = false WHERE id = $1', [specialist]);
    try {
      const answer = await eligible(s.head!, dossier.code);
      expect(answer.officers.map((officer) => [officer.fullName, officer.unit?.name ?? null])).toEqual([
        ['Đỗ Thị Văn Thư', null],
        ['Lê Thị Hai', VHXH],
      ]);
    } finally {
      await t.db.query(`DELETE FROM officer_roles WHERE role = 'specialist' AND officer_id = ANY($1::uuid[])`, [[clerk, reception]]);
      await t.db.query('UPDATE officers SET active = true WHERE id = $1', [specialist]);
    }
  });

  it('answers 403 to officers who may not take the action on the dossier', async () => {
    const dossier = await receiveWalkIn(s.reception!);
    const refusals: Array<[string, string | undefined]> = [
      // A specialist handles the step but may not assign it.
      ['specialist', 'assign'],
      // The receiving officer sees the dossier but takes no part in its processing.
      ['reception', undefined],
      ['reception', 'hand_over'],
      // The unit head is not the handler of the first step.
      ['head', 'hand_over'],
      // An administrator without a role in dossiers, a leader of another commune, a department not yet involved.
      ['admin', 'assign'],
      ['other.leader', 'assign'],
      ['dept.specialist', 'hand_over'],
    ];
    for (const [username, action] of refusals) {
      const response = await s[username]!.request('GET', url(dossier.code, action));
      expect(response.statusCode, `${username} ${action}`).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
    const anonymous = await t.app.inject({ method: 'GET', url: url(dossier.code) });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 for an unknown dossier, 400 for a malformed request and 409 where the action does not apply', async () => {
    const unknown = await s.head!.request('GET', url('001.01.01.H99-261123-9999'));
    expect(unknown.statusCode).toBe(404);
    expect((await s.head!.request('GET', url('not-a-code'))).statusCode).toBe(400);
    const otherAction = await s.head!.request('GET', url('001.01.01.H99-261123-0001', 'approve'));
    expect(otherAction.statusCode).toBe(400);
    expect(otherAction.json()).toMatchObject({ code: 'validation_failed', field: 'querystring.action' });

    // At the last step there is no next one to hand over to.
    const dossier = await receiveWalkIn(s.reception!);
    let version = await act(s.specialist!, dossier.code, 'hand_over', dossier.version);
    version = await act(s.head!, dossier.code, 'hand_over', version);
    const atLast = await s.leader!.request('GET', url(dossier.code, 'hand_over'));
    expect(atLast.statusCode).toBe(409);
    expect(atLast.json()).toMatchObject({ code: 'invalid_position' });

    // A withdrawn dossier is at no step at all.
    await act(s.reception!, dossier.code, 'withdraw', version, { comment: 'Công dân xin rút hồ sơ.' });
    const withdrawn = await s.leader!.request('GET', url(dossier.code, 'assign'));
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json()).toMatchObject({ code: 'invalid_state' });
  });
});
