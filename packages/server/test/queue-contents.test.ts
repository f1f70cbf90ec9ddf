import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { act, detail, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { signInFirstTime } from './support/administrators.js';

/**
 * Each work queue holds what the officer can act on there, by the rules the API authorises the
 * actions with, and its count says how many that is: a unit head's "to approve" holds the steps
 * of their own unit, not another unit's nor the chairman's; the applicant's answers wait at the
 * reception desk; what runs late is the queue of those who take its step or lead where it is.
 */
describe.each(ENGINES)('what each officer’s queues hold on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<'reception' | 'specialist' | 'head' | 'otherHead' | 'leader' | 'otherLeader', Session>;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    const admin = await signIn(t.app, 'admin');
    // The head of the commune's one-stop section: a unit head, of another unit than the birth registration's.
    const oneStop = await t.db.query<{ id: string }>(`SELECT id FROM units WHERE agency_id = $1 AND code = 'MOTCUA'`, [t.province.agencyIds.commune]);
    s.otherHead = await signInFirstTime(t.app, admin, {
      username: 'truongbophan.motcua',
      fullName: 'Trưởng Bộ Phận Một Cửa',
      grants: [{ role: 'unit_head', agencyId: t.province.agencyIds.commune, unitId: oneStop.rows[0]!.id }],
    });
    for (const [key, username] of [['reception', 'reception'], ['specialist', 'specialist'], ['head', 'head'], ['leader', 'leader'], ['otherLeader', 'other.leader']] as const) {
      s[key] = await signIn(t.app, username);
    }
  });
  afterAll(() => t.close());

  const list = async (session: Session, queue: string) => {
    const response = await session.request('GET', `/api/v1/dossiers?queue=${queue}&limit=100`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as Array<{ code: string }>).map((item) => item.code);
  };

  /** Every queue of every officer: its count is its list's length, and each dossier in an action queue offers the officer an action that is not destructive. */
  async function expectQueuesMeanWhatTheySay() {
    const useful: Record<string, readonly string[]> = {
      awaiting_reception: ['receive', 'request_supplement_at_reception'],
      my_steps: ['hand_over', 'approve', 'request_supplement', 'request_fee', 'return_to_previous_step'],
      to_approve: ['hand_over', 'approve', 'refuse_result'],
      to_return: ['return_result'],
      waiting_applicant: ['submit_supplement', 'confirm_fee_paid'],
      due_soon: ['hand_over', 'approve', 'assign', 'extend'],
      overdue: ['hand_over', 'approve', 'assign', 'extend'],
    };
    for (const session of Object.values(s)) {
      const me = (await session.request('GET', '/api/v1/auth/me')).json() as { queues: Array<{ queue: string }> };
      const counts = (await session.request('GET', '/api/v1/dossiers/counts')).json() as Record<string, number>;
      for (const { queue } of me.queues) {
        const codes = await list(session, queue);
        expect(counts[queue], `${session.username} ${queue}`).toBe(codes.length);
        for (const code of useful[queue] ? codes : []) {
          const actions = (await detail(session, code)).availableActions;
          expect(actions.some((action) => useful[queue]!.includes(action)), `${session.username} ${queue} ${code}: ${actions.join(', ')}`).toBe(true);
        }
      }
    }
  }

  it('puts a step to approve in the queue of the unit head of its unit only, then in the chairman’s', async () => {
    const dossier = await receiveWalkIn(s.reception);
    let version = await act(s.specialist, dossier.code, 'hand_over', dossier.version);
    expect(await list(s.head, 'to_approve')).toEqual([dossier.code]);
    // The one-stop section's head and the chairman lead at the commune, but this step is the unit head's of Văn hóa - Xã hội.
    expect(await list(s.otherHead, 'to_approve')).toEqual([]);
    expect(await list(s.leader, 'to_approve')).toEqual([]);
    expect((await s.otherHead.request('POST', `/api/v1/dossiers/${dossier.code}/actions/hand_over`, { version })).statusCode).toBe(403);
    await expectQueuesMeanWhatTheySay();

    version = await act(s.head, dossier.code, 'hand_over', version);
    expect(await list(s.leader, 'to_approve')).toEqual([dossier.code]);
    expect(await list(s.head, 'to_approve')).toEqual([]);
    expect(await list(s.otherLeader, 'to_approve')).toEqual([]);
    await expectQueuesMeanWhatTheySay();
    await act(s.leader, dossier.code, 'approve', version);
    expect(await list(s.leader, 'to_approve')).toEqual([]);
    expect(await list(s.reception, 'to_return')).toEqual([dossier.code]);
  });

  it('keeps what waits for the applicant at the reception desk, which receives their answer', async () => {
    const dossier = await receiveWalkIn(s.reception);
    await act(s.specialist, dossier.code, 'request_supplement', dossier.version, {
      comment: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ.',
      missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không đọc được' }],
    });
    expect(await list(s.reception, 'waiting_applicant')).toEqual([dossier.code]);
    const specialistQueues = ((await s.specialist.request('GET', '/api/v1/auth/me')).json() as { queues: Array<{ queue: string }> }).queues.map((entry) => entry.queue);
    expect(specialistQueues).not.toContain('waiting_applicant');
    expect((await s.specialist.request('GET', '/api/v1/dossiers?queue=waiting_applicant')).json().items).toEqual([]);
    await expectQueuesMeanWhatTheySay();
  });

  it('lists what runs late for those who take its step or lead where it is, not for the desk that can only withdraw it', async () => {
    const dossier = await receiveWalkIn(s.reception);
    t.clock.at = new Date('2026-12-03T10:00:00+07:00');
    const late = async (session: Session) => (await list(session, 'overdue')).includes(dossier.code);
    expect(await late(s.specialist)).toBe(true);
    expect(await late(s.head)).toBe(true);
    expect(await late(s.otherHead)).toBe(true);
    expect(await late(s.leader)).toBe(true);
    expect(await late(s.reception)).toBe(false);
    expect(await late(s.otherLeader)).toBe(false);
    expect((await detail(s.reception, dossier.code)).availableActions).toEqual(['withdraw']);
    await expectQueuesMeanWhatTheySay();
  });
});
