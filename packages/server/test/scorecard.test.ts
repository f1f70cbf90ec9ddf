import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldDigitisedDocumentTallies } from '../src/modules/digitisation/index.js';
import { publishVersion } from '../src/modules/procedures/repo.js';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn, submitAnonymously } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

const at = (iso: string) => new Date(iso);
const NOVEMBER = '/api/public/scorecard?from=2026-11-01&to=2026-11-30';

type GroupPoints = { transparency: number; progress: number; digitisation: number; online: number; satisfaction: number };
/** Decision 766's groups, out of 18, 20, 22, 22 and 18. */
const DECISION_766_MAX: GroupPoints = { transparency: 18, progress: 20, digitisation: 22, online: 22, satisfaction: 18 };

/** A scorecard as the API gives it: its total and its groups in order, each with its points out of its maximum. */
const scorecard = (total: number, points: GroupPoints, max: GroupPoints = DECISION_766_MAX) => ({
  total,
  groups: Object.entries(points).map(([key, groupPoints]) => ({ key, points: groupPoints, max: max[key as keyof GroupPoints] })),
});

/**
 * November 2026 in the test province (now: 2 December), the weights of Decision 766 (migration 030):
 * - the commune decides two procedures (birth registration fully online, the inter-agency one
 *   partly), the other commune one (not online), all published before decisions were recorded;
 * - received in the commune on 2 Nov: A and E (approved 4 Nov, early; A rated very satisfied),
 *   B (approved 10 Nov, after its appointment of 9 Nov: late; rated not satisfied), C (submitted
 *   online with scans, still open past its appointment); on 27 Nov D (open, due 4 Dec);
 * - each approval signs a result, digitised; no fee paid, no document reused.
 */
describe.each(ENGINES)('the Decision 766 scorecard on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<'reception' | 'specialist' | 'head' | 'leader', Session>;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: at('2026-11-02T09:00:00+07:00') });
    await publishVersion(
      t.db,
      { ...BIRTH_REGISTRATION, code: '1.000894', name: 'Xác nhận tình trạng hôn nhân', competentAgencyCode: AGENCIES.otherCommune.code, onlineMode: 'none' },
      t.province.agencyIds.otherCommune,
      null,
    );
    for (const name of ['reception', 'specialist', 'head', 'leader'] as const) s[name] = await signIn(t.app, name);
    const toLeader = async (code: string, version: number) => act(s.head, code, 'hand_over', await act(s.specialist, code, 'hand_over', version));

    const a = await receiveWalkIn(s.reception);
    const b = await receiveWalkIn(s.reception);
    const e = await receiveWalkIn(s.reception);
    const c = await submitAnonymously(t.app);
    await act(s.reception, c.code, 'receive', c.version);
    const versions = { a: await toLeader(a.code, a.version), b: await toLeader(b.code, b.version), e: await toLeader(e.code, e.version) };

    t.clock.at = at('2026-11-04T10:00:00+07:00');
    await act(s.leader, a.code, 'approve', versions.a);
    await act(s.leader, e.code, 'approve', versions.e);
    t.clock.at = at('2026-11-10T10:00:00+07:00');
    await act(s.leader, b.code, 'approve', versions.b);
    const rate = async (dossier: { code: string; lookupCode: string }, score: string) => {
      const response = await t.app.inject({ method: 'POST', url: `/api/public/dossiers/${dossier.code}/rating`, payload: { lookupCode: dossier.lookupCode, score } });
      expect(response.statusCode, response.body).toBe(201);
    };
    await rate(a, 'very_satisfied');
    await rate(b, 'not_satisfied');

    t.clock.at = at('2026-11-27T09:00:00+07:00');
    await receiveWalkIn(s.reception);
    t.clock.at = at('2026-12-02T12:00:00+07:00');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  it("scores the commune's month group by group", async () => {
    const response = await get(NOVEMBER);
    expect(response.statusCode, response.body).toBe(200);
    const commune = response.json().agencies.find((agency: { code: string }) => agency.code === AGENCIES.commune.code);
    expect(commune).toEqual({
      code: AGENCIES.commune.code,
      name: AGENCIES.commune.name,
      // 18 + 12.8 + 9 + 8.2 + 3.33
      ...scorecard(51.33, {
        // Both procedures published; 5 of 5 received dossiers published (synced).
        transparency: 18,
        // 2 of 3 finished on time: 12 × 2/3 = 8; with the 2 open, 3 of 5 within their time: 8 × 0.6 = 4.8.
        progress: 12.8,
        // 1 of 5 digitised: 8 × 0.2/0.8 = 2; 3 results of 3 digitised: 7; none of C's 2 scans reused.
        digitisation: 9,
        // 1 of 2 procedures fully online: 8 × 0.5/0.8 = 5; 1 of 5 online: 8 × 0.2/0.5 = 3.2; no fee paid.
        online: 8.2,
        // 100 % − 1/3 late − 1/2 not satisfied = 1/6: 18 × (1/6)/0.9 = 3.33.
        satisfaction: 3.33,
      }),
    });
  });

  it("scores the province from the whole province's figures and every agency's procedures", async () => {
    const { province } = (await get(NOVEMBER)).json();
    expect(province).toEqual(
      // 18 + 12.8 + 9 + 6.53 + 3.33
      scorecard(49.66, {
        transparency: 18,
        progress: 12.8,
        digitisation: 9,
        // 1 of 3 procedures fully online: 8 × (1/3)/0.8 = 3.33, plus 3.2.
        online: 6.53,
        satisfaction: 3.33,
      }),
    );
  });

  it('ranks the communes, departments and centres by total, ties by name', async () => {
    const { agencies } = (await get(NOVEMBER)).json();
    expect(agencies.map((agency: { code: string; total: number }) => [agency.code, agency.total])).toEqual([
      [AGENCIES.commune.code, 51.33],
      // Its one procedure published: 9 points; nothing else to measure.
      [AGENCIES.otherCommune.code, 9],
      [AGENCIES.department.code, 0],
    ]);
  });

  it('counts digitised documents from tallies that equal a recount at every span, folded or not, and scores the same once folded', async () => {
    const SPANS = { d: 'day', m: 'month', y: 'year' } as const;
    const tallied = async (span: keyof typeof SPANS) =>
      (await t.db.query(`SELECT day::text, agency_id, sum(components)::int AS components, sum(reused)::int AS reused, sum(results)::int AS results
                           FROM digitised_document_rows WHERE span = $1 GROUP BY 1, 2 ORDER BY 1, 2`, [span])).rows;
    const recounted = async (span: keyof typeof SPANS) => (await t.db.query(
      `SELECT date_trunc($1, vietnam_day(a.digitised_at))::date::text AS day, d.competent_agency_id AS agency_id, count(*) FILTER (WHERE a.kind = 'component')::int AS components,
              count(*) FILTER (WHERE a.kind = 'component' AND a.reused_from IS NOT NULL)::int AS reused, count(*) FILTER (WHERE a.kind = 'result')::int AS results
         FROM digitised_documents a JOIN dossiers d ON d.id = a.dossier_id GROUP BY 1, 2 ORDER BY 1, 2`,
      [SPANS[span]],
    )).rows;
    // C's two scans on 2 Nov; A's and E's results on 4 Nov, B's on 10 Nov.
    expect(await recounted('d')).toEqual([
      { day: '2026-11-02', agency_id: t.province.agencyIds.commune, components: 2, reused: 0, results: 0 },
      { day: '2026-11-04', agency_id: t.province.agencyIds.commune, components: 0, reused: 0, results: 2 },
      { day: '2026-11-10', agency_id: t.province.agencyIds.commune, components: 0, reused: 0, results: 1 },
    ]);
    expect(await recounted('m')).toEqual([{ day: '2026-11-01', agency_id: t.province.agencyIds.commune, components: 2, reused: 0, results: 3 }]);
    const everySpan = async (read: typeof tallied) => [await read('d'), await read('m'), await read('y')];
    const expected = await everySpan(recounted);
    expect(await everySpan(tallied)).toEqual(expected);
    const before = (await get(NOVEMBER)).json();
    // Each of the three days, its month and its year.
    expect(await foldDigitisedDocumentTallies(t.db)).toBe(5);
    expect(await everySpan(tallied)).toEqual(expected);
    expect((await get(NOVEMBER)).json()).toEqual(before);
    // October's last days read from day rows and November from its month row: the same as November alone.
    const fromOctober = (await get('/api/public/scorecard?from=2026-10-20&to=2026-11-30')).json();
    const digitisation = (card: { province: { groups: Array<{ key: string; points: number }> } }) => card.province.groups.find((group) => group.key === 'digitisation');
    expect(digitisation(fromOctober)).toEqual(digitisation(before));
  });

  it('scores a period with the weights in force on its last day', async () => {
    await t.db.query(`INSERT INTO scorecard_weight_versions (effective_from, decision) VALUES ('2026-11-15', 'Thử nghiệm')`);
    await t.db.query(`INSERT INTO scorecard_weights (effective_from, indicator, position, points, threshold) VALUES ('2026-11-15', 'satisfaction', 1, 100, 0.5)`);
    try {
      const before = (await get('/api/public/scorecard?from=2026-11-01&to=2026-11-14')).json();
      expect(before.province.groups.map((group: { max: number }) => group.max)).toEqual(Object.values(DECISION_766_MAX));
      const { province } = (await get(NOVEMBER)).json();
      // Only satisfaction counts, out of 100, in full at 50 %: 100 × (1/6)/0.5 = 33.33.
      const onlySatisfaction = (satisfaction: number): GroupPoints => ({ transparency: 0, progress: 0, digitisation: 0, online: 0, satisfaction });
      expect(province).toEqual(scorecard(33.33, onlySatisfaction(33.33), onlySatisfaction(100)));
    } finally {
      await t.db.query(`DELETE FROM scorecard_weights WHERE effective_from = '2026-11-15'`);
      await t.db.query(`DELETE FROM scorecard_weight_versions WHERE effective_from = '2026-11-15'`);
    }
  });

  it('refuses a period that ends before it starts, starts in the future, spans over ten years, precedes every weight or is not a date', async () => {
    for (const [query, field] of [
      ['from=2026-11-30&to=2026-11-01', 'to'],
      ['from=2026-12-03&to=2026-12-31', 'from'],
      ['from=2022-01-01&to=2022-06-22', 'to'],
      ['from=2022-06-23&to=2032-12-31', 'to'],
    ] as const) {
      const response = await get(`/api/public/scorecard?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_input', field });
    }
    expect((await get('/api/public/scorecard?from=2026-13-01&to=2026-12-31')).statusCode).toBe(400);
    expect((await get('/api/public/scorecard?from=2026-11-01')).statusCode).toBe(400);
  });
});
