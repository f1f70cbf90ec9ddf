import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DossierChanges, findDossier, persistChange } from '../src/modules/dossiers/repo.js';
import { auditEntry } from '../src/platform/audit.js';
import { type TestApp, startTestApp } from './support/app.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

/**
 * A dossier change writes the columns of the one list of writable columns that it names, and no
 * other: not the identity of the dossier, nor a column it leaves out.
 */
describe.each(ENGINES)('dossier writes on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('sets the named writable columns, keeps the others, and moves the version on', async () => {
    const received = await receiveWalkIn(await signIn(t.app, 'reception'));
    const before = (await findDossier(t.db, received.code))!;
    const now = new Date();
    // A handler that assigned more than it may: the applicant's name and the code are not dossier writes.
    const changes = { supplement_count: 3, clock_paused_at: now, applicant_name: 'Người khác', code: 'ĐỔI-MÃ' } as DossierChanges;
    await persistChange(t.db, {
      mode: 'update',
      dossierId: before.id,
      expectedVersion: before.version,
      dossier: changes,
      stepUpdates: [],
      stepInserts: [],
      event: {
        dossier_id: before.id,
        action: 'suspend',
        from_state: before.state,
        to_state: before.state,
        from_step_index: before.current_step_index,
        to_step_index: before.current_step_index,
        from_agency_id: before.receiving_agency_id,
        to_agency_id: before.receiving_agency_id,
        actor_kind: 'system',
        actor_officer_id: null,
        actor_name: 'Hệ thống',
        comment: '',
        comment_for_applicant: false,
        attachment_ids: [],
        data: {},
        occurred_at: now,
      },
      notifications: [],
      audit: auditEntry({ kind: 'system', ip: '127.0.0.1' }, { action: 'dossier.suspend', entityType: 'dossier', entityId: before.code }),
    });
    const after = (await findDossier(t.db, received.code))!;
    expect(after).toEqual({ ...before, supplement_count: 3, clock_paused_at: now, version: before.version + 1, updated_at: expect.any(Date) });
  });
});
