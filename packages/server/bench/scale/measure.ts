import { parseArgs } from 'node:util';
import { OFFICER_COOKIES } from '@motcua/contract';
import { addDays, nextDay, vietnamDate, vietnamInstant } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { createCalendarService } from '../../src/modules/calendar/service.js';
import { ruleClock } from '../../src/modules/dossiers/queries.js';
import type { Queue } from '../../src/platform/dossier-rules.js';
import type { AuthenticatedOfficer } from '../../src/platform/actor.js';
import { listPlanProblems } from './plans.js';
import { subtreeOf } from '../../src/modules/statistics/index.js';
import { DRILL_FIGURES } from '../../src/modules/statistics/drill-down.js';
import { BEFORE_QUEUES, type BeforeGroup, countsBefore, figuresBefore, lateDossiersBefore, pageBefore, popularBefore, resultBoardBefore, statisticsBefore } from './before.js';

/**
 * `npm run bench:scale -- --schema motcua_scale`: on a province seeded by `npm run seed:scale`,
 * times every read path of the back office and the portal through the real HTTP routes, as three
 * kinds of officer use them (a commune's receiving officer, a department's specialist, the
 * province's administrator), and prints the median and 95th percentile of each, next to the same
 * figure for the query it replaced (bench/scale/before.ts; `--before-runs 0` skips those). Each
 * path is run more than five times, so that the plans PostgreSQL switches to after five runs of a
 * prepared statement are measured too.
 *
 * Then the statistics of issue 15, as the province's leader reads them, for the province, its
 * busiest department and its busiest commune, over this month, this quarter, this year and the
 * last five years: the figures, their breakdowns by agency, procedure, officer and month, the
 * portal's figures and scorecard, the yearly report and the dossiers behind each figure (page 1
 * and page `depth`), each next to the plain query over the dossiers that would count it
 * (`--statistics-before-runs`). `--part lists` or `--part statistics` runs one half.
 */
const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: 'motcua_scale' },
    runs: { type: 'string', default: '8' },
    depth: { type: 'string', default: '20' },
    'before-runs': { type: 'string', default: '6' },
    'statistics-before-runs': { type: 'string', default: '3' },
    part: { type: 'string', default: 'all' },
    url: { type: 'string', default: process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const RUNS = Number(values.runs);
const DEPTH = Number(values.depth);
const BEFORE_RUNS = Number(values['before-runs']);
const STATISTICS_BEFORE_RUNS = Number(values['statistics-before-runs']);
/** What every dashboard figure, scorecard and report answers within (issue 15). */
const TARGET_MS = 300;

interface Officer {
  label: string;
  headers: Record<string, string>;
  /** Who they are to the queries of before. */
  who: AuthenticatedOfficer;
}

interface Figure {
  median: number;
  p95: number;
}

const db = openPostgres({ connectionString: values.url, schema: values.schema });
// A province seeded before the code's latest migrations is brought up to them, as an upgrade would,
// so that what is measured is the schema the code runs on.
const upgraded = await migrate(db);
if (upgraded.length) {
  console.log(`Migrated the seeded province: ${upgraded.join(', ')}.`);
  await db.exec('ANALYZE');
}
const app: FastifyInstance = await buildApp({ ...loadConfig({}), publicRequestsPerMinute: 100_000_000, seedDemo: false }, db, { logger: false, backgroundJobs: false });

async function get(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; body: unknown }> {
  const started = process.hrtime.bigint();
  const response = await app.inject({ method: 'GET', url, headers });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
  return { ms, body: response.headers['content-type']?.toString().startsWith('application/json') ? response.json() : response.rawPayload };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const results: Array<{ path: string; who: string; dossiers: number; median: number; p95: number; before: Figure | null }> = [];
let dossierCount = 0;

async function figureOf(runs: number, once: () => Promise<unknown>): Promise<Figure> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
}

const shown = (figure: Figure | null) => (figure ? `${String(figure.median).padStart(8)} ${String(figure.p95).padStart(8)}` : ' '.repeat(17));

const planProblems: Array<{ path: string; who: string; problems: string[] }> = [];
/** From this many dossiers on, a list planned otherwise than as bounded index scans fails the bench. */
const PLANS_MATTER_FROM = 100_000;

/** Whether the list's statement is planned, custom and generic, as index scans bounded by the page (bench/scale/plans.ts). */
async function checkPlan(path: string, officer: Officer, filters: { queue: Queue; q?: string }): Promise<void> {
  const problems = await listPlanProblems(db, officer.who, filters);
  if (problems.length) planProblems.push({ path, who: officer.label, problems });
  console.log(`${`  plan of ${path}`.padEnd(34)} ${officer.label.padEnd(42)} ${problems.length ? problems.join('; ') : 'index scans bounded by the page'}`);
}

/** Times a path through HTTP and, when given, the query it replaced, on the same data. */
async function time(path: string, who: string, url: string, headers: Record<string, string> = {}, before?: () => Promise<unknown>, beforeRuns = BEFORE_RUNS): Promise<Figure> {
  const now = await figureOf(RUNS, () => get(url, headers));
  const then = before && beforeRuns > 0 ? await figureOf(beforeRuns, before) : null;
  results.push({ path, who, dossiers: dossierCount, ...now, before: then });
  console.log(`${path.padEnd(34)} ${who.padEnd(42)} ${shown(now)}   ${shown(then)}${now.p95 > TARGET_MS ? `   over ${TARGET_MS} ms` : ''}`);
  return now;
}

/** Whether the app serves `url` (a route another part of issue 15 may not have yet). */
async function served(url: string, headers: Record<string, string>): Promise<boolean> {
  const response = await app.inject({ method: 'GET', url, headers });
  return response.statusCode !== 404 || (response.json() as { code?: string }).code !== 'route_not_found';
}

/** The periods a leader reads most, as Vietnam days: the running month, quarter and year, and the last five years. */
function statisticsPeriods(now: Date): Array<{ label: string; from: string; to: string; year?: string }> {
  const today = vietnamDate(now);
  const quarterMonth = String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0');
  return [
    { label: 'this month', from: `${today.slice(0, 7)}-01`, to: today },
    { label: 'this quarter', from: `${today.slice(0, 4)}-${quarterMonth}-01`, to: today },
    { label: 'this year', from: `${today.slice(0, 4)}-01-01`, to: today, year: today.slice(0, 4) },
    { label: 'five years', from: addDays(today, -Math.round(5 * 365.25) + 1), to: today },
  ];
}

/** The province, and the department and the commune with most dossiers: the scopes a leader reads. */
async function statisticsScopes(): Promise<Array<{ label: string; code: string | null; ids: string[] | null }>> {
  const busiestOf = async (kind: string) => {
    const { rows } = await db.query<{ code: string }>(
      `SELECT a.code FROM agencies a WHERE a.kind = $1 ORDER BY (SELECT sum(t.received) FROM statistics_tallies t WHERE t.span = 'm' AND t.agency_id = a.id) DESC NULLS LAST, a.code LIMIT 1`,
      [kind],
    );
    const subtree = await subtreeOf(db, { code: rows[0]!.code });
    return { label: `${kind} ${subtree!.code}`, code: subtree!.code, ids: subtree!.ids };
  };
  return [{ label: 'province', code: null, ids: null }, await busiestOf('department'), await busiestOf('commune')];
}

async function measureStatistics(now: Date): Promise<void> {
  const leader = await signIn('province leader', busiest('agency_leader', 'province'));
  console.log(`Statistics as ${leader.label}; the plain query over the dossiers run ${STATISTICS_BEFORE_RUNS} times.`);
  const scopes = await statisticsScopes();
  for (const period of statisticsPeriods(now)) {
    const from = vietnamInstant(period.from);
    const to = vietnamInstant(nextDay(period.to));
    const dates = `from=${period.from}&to=${period.to}`;
    for (const scope of scopes) {
      const agency = scope.code ? `&agency=${scope.code}` : '';
      const who = `${scope.label}, ${period.label}`;
      const before = (group: BeforeGroup) => () => figuresBefore(db, scope.ids, from, to, now, group);
      const timed = (path: string, url: string, group: BeforeGroup, headers = leader.headers) => time(path, who, url, headers, before(group), STATISTICS_BEFORE_RUNS);
      await timed('statistics', `/api/v1/statistics?${dates}${agency}`, 'none');
      for (const by of ['agency', 'procedure', 'officer', 'month'] as const) await timed(`statistics by ${by}`, `/api/v1/statistics/breakdown?by=${by}&${dates}${agency}`, by);
      await timed('portal statistics', `/api/public/statistics?${dates}${agency}`, 'none', {});
      if (!scope.code) {
        const scorecard = `/api/public/scorecard?${dates}`;
        if (await served(scorecard, {})) await timed('portal scorecard', scorecard, 'agency', {});
      }
      const report = `/api/v1/statistics/reports/year.xlsx?period=${period.year}${agency}`;
      if (period.year && (await served(report, leader.headers))) await timed('yearly report (.xlsx)', report, 'agency');
      // The dossiers behind each figure, page 1 and page `depth` (the late ones next to the plain query).
      for (const figure of DRILL_FIGURES) {
        const list = `/api/v1/statistics/dossiers?figure=${figure}&${dates}${agency}&limit=20`;
        if (!(await served(list, leader.headers))) continue;
        const plain = (page: number) => (figure === 'finished_late' ? () => lateDossiersBefore(db, scope.ids, from, to, page) : undefined);
        await time(`${figure} dossiers, page 1`, who, list, leader.headers, plain(1), STATISTICS_BEFORE_RUNS);
        let cursor: string | null | undefined;
        for (let page = 1; page < DEPTH; page++) {
          cursor = ((await get(`${list}${cursor ? `&cursor=${cursor}` : ''}`, leader.headers)).body as { nextCursor?: string | null }).nextCursor;
          if (!cursor) break;
        }
        if (cursor) await time(`${figure} dossiers, page ${DEPTH}`, who, `${list}&cursor=${cursor}`, leader.headers, plain(DEPTH), STATISTICS_BEFORE_RUNS);
      }
    }
  }
}

async function signIn(label: string, sql: string): Promise<Officer> {
  const { rows } = await db.query<{ username: string }>(sql);
  if (!rows[0]) throw new Error(`no officer for ${label}`);
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: rows[0].username, password: DEMO_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in of ${rows[0].username}: ${login.statusCode}`);
  const cookie = login.cookies.find((item) => item.name === OFFICER_COOKIES.session)!;
  const grants = await db.query<{ id: string; role: string; agency_id: string; unit_id: string | null }>(
    'SELECT o.id, r.role, r.agency_id, r.unit_id FROM officers o JOIN officer_roles r ON r.officer_id = o.id WHERE o.username = $1',
    [rows[0].username],
  );
  const who = {
    id: grants.rows[0]!.id,
    username: rows[0].username,
    fullName: rows[0].username,
    grants: grants.rows.map((grant) => ({ role: grant.role, agencyId: grant.agency_id, unitId: grant.unit_id })),
  } as AuthenticatedOfficer;
  return { label: `${label} (${rows[0].username})`, headers: { cookie: `${cookie.name}=${cookie.value}` }, who };
}

// The busiest of each kind: the officer whose agency has to do with the most dossiers.
const busiest = (role: string, kind: string) =>
  `SELECT o.username FROM officers o JOIN officer_roles r ON r.officer_id = o.id JOIN agencies a ON a.id = r.agency_id
    WHERE r.role = '${role}' AND a.kind = '${kind}'
    ORDER BY (SELECT count(*) FROM dossier_queue_entries e WHERE e.agency_id = a.id) DESC, o.username LIMIT 1`;

try {
  dossierCount = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers')).rows[0]!.n;
  console.log(`${dossierCount.toLocaleString('en')} dossiers in schema ${values.schema}; ${RUNS} runs per path, ${BEFORE_RUNS} of the query it replaced.`);
  console.log('Each path through HTTP (median, p95), then the query it replaced alone, without HTTP (median, p95), in ms.');
  console.log(`${'path'.padEnd(34)} ${'who'.padEnd(42)} ${'median'.padStart(8)} ${'p95'.padStart(8)}   ${'before'.padStart(8)} ${'p95'.padStart(8)}`);
  const now = new Date();
  if (values.part !== 'statistics') await measureLists(now);
  if (values.part !== 'lists') await measureStatistics(now);
  console.log(JSON.stringify({ schema: values.schema, dossiers: dossierCount, runs: RUNS, results, planProblems }));
  // A few hundred rows are read whole, rightly: the shape matters where the tables are big.
  if (planProblems.length && dossierCount >= PLANS_MATTER_FROM) process.exitCode = 1;
} finally {
  await app.close();
  await db.close();
}

async function measureLists(now: Date): Promise<void> {
  const { dueSoonUntil } = await ruleClock({ db, calendar: createCalendarService(db), now: () => now });
  const officers = [
    await signIn('commune receiving officer', busiest('receiving_officer', 'commune')),
    await signIn('department specialist', busiest('specialist', 'department')),
    await signIn('province administrator', busiest('admin', 'province')),
  ];
  for (const officer of officers) {
    const me = (await get('/api/v1/auth/me', officer.headers)).body as { queues: Array<{ queue: string }>; followsUpNotices?: boolean };
    await time('queue counts', officer.label, '/api/v1/dossiers/counts', officer.headers, () => countsBefore(db, officer.who, now, dueSoonUntil));
    if (me.followsUpNotices) {
      // Fetched on every page too, beside the queue counts, for the officers who follow up the notices.
      await time('failed notices count', officer.label, '/api/v1/notifications/counts', officer.headers);
      await time('notices, page 1', officer.label, '/api/v1/notifications?limit=20', officer.headers);
    }
    for (const { queue } of me.queues) {
      const before = BEFORE_QUEUES.includes(queue) ? () => pageBefore(db, officer.who, queue, now, dueSoonUntil) : undefined;
      await time(`queue ${queue}, page 1`, officer.label, `/api/v1/dossiers?queue=${queue}&limit=20`, officer.headers, before);
      let cursor: string | undefined;
      for (let page = 1; page < DEPTH; page++) {
        const next = ((await get(`/api/v1/dossiers?queue=${queue}&limit=20${cursor ? `&cursor=${cursor}` : ''}`, officer.headers)).body as { nextCursor?: string | null }).nextCursor;
        if (!next) break;
        cursor = next;
      }
      if (cursor) await time(`queue ${queue}, page ${DEPTH}`, officer.label, `/api/v1/dossiers?queue=${queue}&limit=20&cursor=${cursor}`, officer.headers);
      await checkPlan(`queue ${queue}`, officer, { queue: queue as Queue });
    }
    const sample = ((await get('/api/v1/dossiers?limit=1', officer.headers)).body as { items: Array<{ code: string }> }).items[0];
    if (sample) {
      const dossier = (await get(`/api/v1/dossiers/${sample.code}`, officer.headers)).body as { applicant: { name: string; idNumber: string; phone: string } };
      await time('dossier page', officer.label, `/api/v1/dossiers/${encodeURIComponent(sample.code)}`, officer.headers);
      const plainName = dossier.applicant.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
      const search = async (path: string, q: string) =>
        time(path, officer.label, `/api/v1/dossiers?q=${encodeURIComponent(q)}&limit=20`, officer.headers, () => pageBefore(db, officer.who, 'all', now, dueSoonUntil, q));
      await checkPlan('search by name', officer, { queue: 'all', q: plainName });
      await search('search by name without diacritics', plainName);
      await search('search by identity number', dossier.applicant.idNumber);
      if (dossier.applicant.phone) await search('search by phone', dossier.applicant.phone);
      await search('search by code', sample.code);
    }
  }
  // The filtered boards: the procedure with most dossiers, its agency, and the last month.
  const filter = (await db.query<{ agency_id: string; code: string }>(
    `SELECT p.competent_agency_id AS agency_id, p.code FROM procedures p
      ORDER BY (SELECT sum(t.received) FROM statistics_tallies t WHERE t.span = 'y' AND t.procedure_id = p.id) DESC NULLS LAST LIMIT 1`,
  )).rows[0]!;
  const lastMonth = `from=${new Date(now.getTime() - 30 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)}`;
  for (const kind of ['finished', 'late'] as const) {
    await time(`results board (${kind})`, 'anyone', `/api/public/results?kind=${kind}&limit=20`, {}, () => resultBoardBefore(db, kind, now));
    for (const [label, narrowed] of [['agency', `agencyId=${filter.agency_id}`], ['procedure', `procedure=${filter.code}`], ['agency, procedure, month', `agencyId=${filter.agency_id}&procedure=${filter.code}&${lastMonth}`]]) {
      await time(`results board (${kind}) by ${label}`, 'anyone', `/api/public/results?kind=${kind}&limit=20&${narrowed}`, {});
    }
  }
  const year = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const yearStart = new Date(Date.UTC(year, 0, 1) - 7 * 3_600_000);
  const yearEnd = new Date(Date.UTC(year + 1, 0, 1) - 7 * 3_600_000);
  await time('portal statistics', 'anyone', '/api/public/statistics', {}, () => statisticsBefore(db, yearStart, yearEnd, now));
  await time('scorecard of the year (Decision 766)', 'anyone', `/api/public/scorecard?from=${year}-01-01&to=${year}-12-31`);
  await time('scorecard of a month (Decision 766)', 'anyone', `/api/public/scorecard?from=${year}-01-01&to=${year}-01-31`);
  await time('popular procedures', 'anyone', '/api/public/procedures/popular?limit=8', {}, () => popularBefore(db, now));
  const tracked = (await db.query<{ code: string }>('SELECT code FROM dossiers ORDER BY random() LIMIT 1')).rows[0]!.code;
  await time('public tracking', 'anyone', `/api/public/dossiers/${tracked}`);
}
