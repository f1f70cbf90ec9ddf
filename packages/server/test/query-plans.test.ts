import { nextDay, vietnamDate, vietnamInstant } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPlanProblems, planOf, recorded, rowsRead, unboundedReads } from '../bench/scale/plans.js';
import { seedProvince } from '../bench/scale/seed-province.js';
import { createCalendarService } from '../src/modules/calendar/service.js';
import type { AuthenticatedOfficer } from '../src/platform/actor.js';
import { QUEUES } from '../src/platform/dossier-rules.js';
import { queueCounts } from '../src/modules/dossiers/queries.js';
import { type BoardFilters, RESULT_KINDS, resultBoard } from '../src/modules/statistics/service.js';
import { figuresBy, figuresOf } from '../src/modules/statistics/index.js';
import { DRILL_FIGURES, figureDossiers } from '../src/modules/statistics/drill-down.js';
import { agencyNotifications, failedNoticeCount } from '../src/modules/notifications/service.js';
import { noticeFollowUpAgencyIds } from '../src/platform/policies.js';
import { remindApplicants } from '../src/modules/notifications/reminders.js';
import { POSTGRES } from './support/engines.js';
import type { Database } from '../src/db/database.js';

/**
 * On PostgreSQL, with a province of some thousands of dossiers ANALYZEd, every work-queue page and
 * search is planned as index scans that a LIMIT stops after the page, for a commune's officer, a
 * department's and the province's administrator, both as the custom plan of its first runs and as
 * the generic plan a prepared statement may switch to after five: the shape that keeps a page as
 * cheap at 5,000,000 dossiers as at 300 (the scale bench measures it there).
 */
describe.skipIf(!POSTGRES)('query plans of the work queues on postgres', () => {
  let db: Database;
  let dispose: () => Promise<void>;
  const officers: AuthenticatedOfficer[] = [];
  let sample: { code: string; applicant_id_number: string; applicant_phone: string };

  beforeAll(async () => {
    ({ db, dispose } = await POSTGRES!.open());
    await seedProvince(db, { dossiers: 6000, communes: 12, years: 2, seed: 7, templates: 60, log: () => undefined });
    const { rows } = await db.query<{ username: string; id: string; role: string; agency_id: string; unit_id: string | null }>(
      `SELECT DISTINCT ON (r.role, a.kind) o.username, o.id, r.role, r.agency_id, r.unit_id
         FROM officers o JOIN officer_roles r ON r.officer_id = o.id JOIN agencies a ON a.id = r.agency_id
        WHERE (r.role, a.kind) IN (('receiving_officer', 'commune'), ('unit_head', 'commune'), ('specialist', 'department'), ('admin', 'province'))
        ORDER BY r.role, a.kind, o.username`,
    );
    for (const row of rows) {
      const grants = await db.query<{ role: string; agency_id: string; unit_id: string | null }>('SELECT role, agency_id, unit_id FROM officer_roles WHERE officer_id = $1', [row.id]);
      officers.push({
        id: row.id,
        username: row.username,
        fullName: row.username,
        grants: grants.rows.map((grant) => ({ role: grant.role, agencyId: grant.agency_id, unitId: grant.unit_id })),
      } as AuthenticatedOfficer);
    }
    sample = (await db.query<typeof sample>(`SELECT code, applicant_id_number, applicant_phone FROM dossiers WHERE applicant_phone <> '' ORDER BY code LIMIT 1`)).rows[0]!;
  }, 600_000);
  afterAll(() => dispose?.());

  it('plans every queue page and search as index scans bounded by the page, custom and generic', async () => {
    expect(officers.length).toBe(4);
    const checked: string[] = [];
    for (const officer of officers) {
      const searches = ['nguyen van', '0912', sample.code.toLowerCase(), sample.applicant_id_number, sample.applicant_phone];
      for (const [queue, q] of [...QUEUES.map((queue) => [queue, undefined] as const), ...searches.map((q) => ['all', q] as const)]) {
        expect(await listPlanProblems(db, officer, { queue, q }), `${officer.username} ${queue} ${q ?? ''}`).toEqual([]);
        checked.push(`${officer.username}/${queue}/${q ?? ''}`);
      }
    }
    expect(checked.length).toBe(officers.length * (QUEUES.length + 5));
  });

  it('counts the queues and the failed notices, lists the notices and reads the public figures and boards without reading every dossier, entry or notice', async () => {
    const now = new Date();
    const deps = { calendar: createCalendarService(db), now: () => now };
    const communeId = officers.find((officer) => officer.grants.some((grant) => grant.role === 'unit_head'))!.grants[0]!.agencyId;
    const readers: Array<(recording: Database) => Promise<unknown>> = [
      ...officers.map((officer) => (recording: Database) => queueCounts({ ...deps, db: recording }, officer)),
      // The counter's follow-up of notices: its count on every page, its list newest first.
      ...officers.flatMap((officer) => [
        (recording: Database) => failedNoticeCount(recording, noticeFollowUpAgencyIds(officer)),
        (recording: Database) => agencyNotifications(recording, noticeFollowUpAgencyIds(officer), { limit: 20 }),
        (recording: Database) => agencyNotifications(recording, noticeFollowUpAgencyIds(officer), { limit: 20, status: 'failed' }),
      ]),
      (recording: Database) => figuresOf(recording, {}, { from: '2026-01-01', to: vietnamDate(now) }, now),
      (recording: Database) => figuresOf(recording, { agencyIds: [communeId] }, { from: '2025-07-15', to: '2026-03-20' }, now),
      (recording: Database) => figuresBy(recording, {}, { from: '2026-01-01', to: vietnamDate(now) }, now, 'agency'),
      (recording: Database) => resultBoard(recording, now, 'finished', {}, { limit: 20 }),
      (recording: Database) => resultBoard(recording, now, 'late', {}, { limit: 20 }),
    ];
    for (const read of readers) {
      const { sent } = await recorded(db, read);
      for (const { sql, params } of sent.filter((statement) => /dossier|figures|counts|notifications|statistics/.test(statement.sql))) {
        for (const kind of ['custom', 'generic'] as const) {
          const plan = await db.transaction((tx) => planOf(tx, sql, params, kind));
          const wholeTables = unboundedReads(plan).filter((problem) => problem.why === 'reads the whole table');
          expect(wholeTables, `${kind}: ${sql.slice(0, 120)}`).toEqual([]);
        }
      }
    }
  });

  it('reads a page of a counter’s notices, not every notice, whoever follows them up', async () => {
    const [{ n: notices }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications')).rows as [{ n: number }];
    expect(notices).toBeGreaterThan(1000);
    for (const officer of officers) {
      const agencies = noticeFollowUpAgencyIds(officer);
      for (const status of [undefined, 'failed'] as const) {
        const { sent } = await recorded(db, (recording) => agencyNotifications(recording, agencies, { limit: 20, status }));
        const { sql, params } = sent.find((statement) => statement.sql.includes('notifications'))!;
        // A page (and the row that says there is another) per counter, however many notices the installation holds.
        expect(await rowsRead(db, sql, params, 'notifications'), `${officer.username} ${status ?? ''}`).toBeLessThanOrEqual(2 * 21 * Math.max(agencies.length, 1));
      }
    }
  });

  it('reads a page of a filtered results board, by agency, procedure, period or all three, not every dossier they hold', async () => {
    const now = new Date();
    // The busiest procedure and its agency, over the months that hold most of their results.
    const busiest = (await db.query<{ agency_id: string; code: string; results: number; from: string; to: string }>(
      `SELECT d.competent_agency_id AS agency_id, p.code, count(*)::int AS results,
              to_char(percentile_disc(0.2) WITHIN GROUP (ORDER BY d.finished_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS from,
              to_char(percentile_disc(0.8) WITHIN GROUP (ORDER BY d.finished_at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS to
         FROM dossiers d JOIN procedures p ON p.id = d.procedure_id WHERE d.state IN ('result_ready', 'returned')
        GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    )).rows[0]!;
    expect(busiest.results).toBeGreaterThan(100);
    const filters: BoardFilters[] = [
      { agencyId: busiest.agency_id },
      { procedureCode: busiest.code },
      { from: busiest.from, to: busiest.to },
      { agencyId: busiest.agency_id, procedureCode: busiest.code, from: busiest.from, to: busiest.to },
    ];
    for (const kind of RESULT_KINDS) {
      for (const filter of filters) {
        const first = await recorded(db, (recording) => resultBoard(recording, now, kind, filter, { limit: 20 }));
        const cursor = first.result.nextCursor ?? undefined;
        const pages = [first, ...(cursor ? [await recorded(db, (recording) => resultBoard(recording, now, kind, filter, { limit: 20, cursor }))] : [])];
        for (const { sent } of pages) {
          const { sql, params } = sent.find((statement) => statement.sql.includes('WITH board'))!;
          const label = `${kind} ${JSON.stringify(filter)}`;
          // Each part of the board a page and one more, then the page's own rows by their codes;
          // where the filters leave few dossiers the planner may read them all instead.
          expect.soft(await rowsRead(db, sql, params, 'dossiers'), label).toBeLessThanOrEqual(orFew(3 * 21, await boardRowsWithin(filter), 1));
          for (const plan of ['custom', 'generic'] as const) {
            expect(unboundedReads(await db.transaction((tx) => planOf(tx, sql, params, plan))), `${plan} ${label}`).toEqual([]);
          }
        }
      }
    }
  });

  /**
   * The rows a page may read: its bound, or all of the `within` dossiers its filters leave when they
   * are no more than a thousand (per agency read), which the planner may find cheaper to read and sort.
   */
  const orFew = (bound: number, within: number, agencies: number) => (within <= 1000 * Math.max(agencies, 1) ? Math.max(bound, within) : bound);

  /** The dossiers a filtered board may hold (results by the day they ended, open ones by their appointment) and the page's own rows. */
  async function boardRowsWithin(filter: BoardFilters): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers d
        WHERE ($1::uuid IS NULL OR d.competent_agency_id = $1) AND ($2::text IS NULL OR d.procedure_id = (SELECT id FROM procedures WHERE code = $2))
          AND CASE WHEN d.finished_at IS NULL THEN coalesce(d.original_due_at, d.due_at) ELSE d.finished_at END
              BETWEEN coalesce($3::date, '-infinity') - interval '1 day' AND coalesce($4::date, 'infinity') + interval '2 days'`,
      [filter.agencyId ?? null, filter.procedureCode ?? null, filter.from ?? null, filter.to ?? null],
    );
    return rows[0]!.n + 21;
  }

  it('reads a page of the dossiers behind any figure of the statistics, for a commune, several agencies or the province, as index scans bounded by the page', async () => {
    const now = new Date();
    const communes = (await db.query<{ id: string }>(`SELECT id FROM agencies WHERE kind = 'commune' ORDER BY code LIMIT 3`)).rows.map((row) => row.id);
    const scopes = [{ agencyIds: communes.slice(0, 1) }, { agencyIds: communes }, {}];
    const periods = [
      { from: `${vietnamDate(now).slice(0, 4)}-01-01`, to: vietnamDate(now) },
      { from: '2025-07-01', to: '2025-09-30' },
    ];
    for (const figure of DRILL_FIGURES) {
      for (const scope of scopes) {
        for (const period of periods) {
          const first = await recorded(db, (recording) => figureDossiers(recording, figure, scope, period, now, { limit: 20 }));
          const cursor = first.result.nextCursor ?? undefined;
          const pages = [first, ...(cursor ? [await recorded(db, (recording) => figureDossiers(recording, figure, scope, period, now, { limit: 20, cursor }))] : [])];
          for (const { sent } of pages) {
            const { sql, params } = sent.find((statement) => statement.sql.includes('listed AS'))!;
            const label = `${figure} ${scope.agencyIds?.length ?? 'province'} ${period.from}`;
            // A page (and one more) per part and agency, then the page's own rows; a list read whole
            // reads the dossiers its figure counts (and those overdue a pause ago). Where a small
            // agency's period holds few dossiers the planner may read them all instead.
            const perPage = 2 * 21 * Math.max(scope.agencyIds?.length ?? 1, 1) + 21 + (await readWhole(figure, scope, period, now));
            expect.soft(await rowsRead(db, sql, params, 'dossiers'), label).toBeLessThanOrEqual(orFew(perPage, await inPeriod(figure, scope, period, now), scope.agencyIds?.length ?? 1));
            for (const plan of ['custom', 'generic'] as const) {
              expect(unboundedReads(await db.transaction((tx) => planOf(tx, sql, params, plan))), `${plan} ${label}`).toEqual([]);
            }
          }
        }
      }
    }
  });

  /**
   * How many dossiers a list reads whole: those of the scope open at the past instant it lists, or
   * overdue now (their statutory appointment passed); none for the lists read in index order.
   */
  async function readWhole(figure: string, scope: { agencyIds?: string[] }, period: { from: string; to: string }, now: Date): Promise<number> {
    const current = period.to >= vietnamDate(now);
    const edge = figure === 'carried_over' ? period.from : figure.startsWith('in_progress') || figure === 'overdue' ? (current ? null : nextDay(period.to)) : null;
    const where = edge
      ? 'received_at < $1 AND (finished_at IS NULL OR finished_at >= $1)'
      : figure === 'overdue' && current
        ? 'finished_at IS NULL AND coalesce(original_due_at, due_at) <= $1'
        : null;
    if (!where) return 0;
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers WHERE received_at IS NOT NULL AND ${where} AND ($2::uuid[] IS NULL OR competent_agency_id = ANY($2))`,
      [edge ? vietnamInstant(edge) : now, scope.agencyIds ?? null],
    );
    return rows[0]!.n;
  }

  /** The scope's dossiers dated in the period by the instant the figure's list is sorted by, and the page's own rows. */
  async function inPeriod(figure: string, scope: { agencyIds?: string[] }, period: { from: string; to: string }, now: Date): Promise<number> {
    const column = figure === 'refused' ? 'updated_at' : /^(finished|rejected|withdrawn|stopped)/.test(figure) ? 'finished_at' : 'received_at';
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers WHERE ${column} >= $1 AND ${column} < $2 AND ($3::uuid[] IS NULL OR competent_agency_id = ANY($3))`,
      [vietnamInstant(period.from), vietnamInstant(nextDay(period.to < vietnamDate(now) ? period.to : vietnamDate(now))), scope.agencyIds ?? null],
    );
    return rows[0]!.n + 21;
  }

  it('finds the dossiers waiting for their applicant, for the reminders, without reading every dossier', async () => {
    const calendar = await createCalendarService(db).current();
    const { sent } = await recorded(db, (recording) => remindApplicants(recording, calendar, new Set(['email']), new Date()));
    const { sql, params } = sent.find((statement) => statement.sql.includes('dossier_facts'))!;
    for (const kind of ['custom', 'generic'] as const) {
      const plan = await db.transaction((tx) => planOf(tx, sql, params, kind));
      expect(JSON.stringify(plan), kind).toContain('dossiers_waiting_for_applicant');
    }
  });

  it('finds an unbounded read when there is one', async () => {
    const plan = await planOf(db, 'SELECT * FROM dossier_queue_entries e WHERE e.state = $1 ORDER BY e.position', ['processing']);
    expect(unboundedReads(plan).length).toBeGreaterThan(0);
  });
});
