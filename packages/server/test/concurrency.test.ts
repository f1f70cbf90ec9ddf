import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

describe.each(ENGINES)('concurrent work on $name', (engine) => {
  let t: TestApp;
  let specialist: Session;
  let head: Session;
  let reception: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    reception = await signIn(t.app, 'reception');
    specialist = await signIn(t.app, 'specialist');
    head = await signIn(t.app, 'head');
  });
  afterAll(() => t.close());

  it('two officers acting on the same version: one wins, the other gets 409 and nothing is half-written', async () => {
    const dossier = await receiveWalkIn(reception);
    const [first, second] = await Promise.all([
      specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/hand_over`, { version: dossier.version }),
      specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/request_supplement`, { version: dossier.version, comment: 'Thiếu giấy tờ.' }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({ code: 'version_conflict' });
    const after = (await head.request('GET', `/api/v1/dossiers/${dossier.code}`)).json();
    expect(after.version).toBe(dossier.version + 1);
    expect(after.events).toHaveLength(2);
    const openSteps = await t.db.query("SELECT count(*)::int AS n FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id WHERE d.code = $1 AND s.finished_at IS NULL", [dossier.code]);
    expect(openSteps.rows[0]).toEqual({ n: 1 });
  });

  it.runIf(engine.name === 'postgres')('numbers receptions uniquely across several app instances', async () => {
    const second = await t.startAnotherInstance!();
    const secondReception = await signIn(second, 'reception');
    const received = await Promise.all(Array.from({ length: 30 }, (_, index) => receiveWalkIn(index % 2 ? reception : secondReception)));
    const codes = received.map((dossier) => dossier.code);
    expect(new Set(codes).size).toBe(codes.length);
    const stored = await t.db.query<{ n: number }>('SELECT count(DISTINCT code)::int AS n FROM dossiers WHERE code = ANY($1)', [codes]);
    expect(stored.rows[0]!.n).toBe(30);
  });

  it('gives every concurrent reception its own code, numbered without gaps', async () => {
    const received = await Promise.all(Array.from({ length: 12 }, () => receiveWalkIn(reception)));
    const codes = received.map((dossier) => dossier.code);
    expect(new Set(codes).size).toBe(codes.length);
    const sequences = codes.map((code) => Number(code.split('-').at(-1))).sort((a, b) => a - b);
    for (let index = 1; index < sequences.length; index++) expect(sequences[index]).toBe(sequences[index - 1]! + 1);
  });

  it("numbers each agency's day from 0001, whichever day came before", async () => {
    const numbered = async (at: string) => {
      t.clock.at = new Date(at);
      const dossier = await receiveWalkIn(await signIn(t.app, 'reception'));
      return dossier.code.split('-').slice(-2).join('-');
    };
    expect(await numbered('2031-03-03T08:00:00+07:00')).toBe('310303-0001');
    expect(await numbered('2031-03-03T09:00:00+07:00')).toBe('310303-0002');
    expect(await numbered('2031-03-04T08:00:00+07:00')).toBe('310304-0001');
    expect(await numbered('2031-03-04T10:00:00+07:00')).toBe('310304-0002');
  });
});
