import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditLog, verifyAuditChain } from '../src/platform/audit.js';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

describe.each(ENGINES)('append-only, hash-chained audit log on $name', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const reception = await signIn(t.app, 'reception');
    const specialist = await signIn(t.app, 'specialist');
    const dossier = await receiveWalkIn(reception);
    await act(specialist, dossier.code, 'hand_over', dossier.version);
    await specialist.request('GET', `/api/v1/dossiers/${dossier.code}`);
  });
  afterAll(() => t.close());

  it('records who did what, when and from where', async () => {
    const { rows } = await t.db.query<{ action: string; actor_name: string; entity_type: string; ip: string }>('SELECT action, actor_name, entity_type, ip FROM audit_log ORDER BY seq');
    expect(rows.map((row) => row.action)).toEqual(['auth.sign_in', 'auth.sign_in', 'dossier.receive_at_counter', 'dossier.hand_over', 'dossier.view']);
    expect(rows[3]).toMatchObject({ actor_name: 'Trần Văn Chuyên', entity_type: 'dossier', ip: '127.0.0.1' });
    expect(rows[4]).toMatchObject({ actor_name: 'Trần Văn Chuyên', action: 'dossier.view' });
  });

  it('seals finished entries into a chain and verifies it', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 0, unsealed: 5 });
    expect(await sealAuditLog(t.db)).toBe(5);
    expect(await sealAuditLog(t.db)).toBe(0);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 5, unsealed: 0 });
  });

  it('refuses updates and deletes, and a second sealing', async () => {
    await expect(t.db.query(`UPDATE audit_log SET actor_name = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`UPDATE audit_log SET hash = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM dossier_events')).rejects.toThrow(/append-only/);
  });

  it('detects an entry altered behind the triggers, and entries removed from the end', async () => {
    await t.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await t.db.query(`UPDATE audit_log SET details = '{"to":"returned"}' WHERE chain_position = 3`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'content altered', entries: 2 });
    await t.db.query('DELETE FROM audit_log WHERE chain_position = 3');
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'missing entry' });
    await t.db.query('DELETE FROM audit_log WHERE chain_position > 3');
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 3, reason: 'entries removed from the end' });
    await t.db.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });
});
