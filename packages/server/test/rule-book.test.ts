import { randomUUID } from 'node:crypto';
import { DOSSIER_STATES, OFFICER_ROLES } from '@motcua/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarService } from '../src/modules/calendar/service.js';
import { type QueryDeps, listDossiers, queueCounts, ruleClock } from '../src/modules/dossiers/queries.js';
import type { AuthenticatedOfficer, RoleGrant } from '../src/platform/actor.js';
import { type DossierFacts, QUEUES, type Queue, type RuleClock, queueRule } from '../src/platform/dossier-rules.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

/**
 * The rule book's two readings of every work queue agree: on generated officers (random roles in
 * random agencies and units of the test province) and generated dossiers (random states, agencies,
 * steps, assignees and deadlines), the queue's SQL lists, and its count counts, exactly the
 * dossiers its predicate allows; and paging through a list with its cursor yields each of them
 * once, in order, through ties and missing due dates.
 */

const NOW = new Date('2026-11-23T09:00:00+07:00');
const MINUTE = 60_000;

interface GeneratedDossier extends DossierFacts {
  id: string;
  code: string;
  submittedAt: Date;
}

describe.each(ENGINES)('the rule book on $name', (engine) => {
  let t: TestApp;
  let deps: QueryDeps;
  let clock: RuleClock;
  let agencyIds: string[];
  let unitsOf: Map<string, string[]>;
  let officerPool: string[];
  let procedure: { id: string; version_id: string };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: NOW });
    deps = { db: t.db, calendar: createCalendarService(t.db), now: () => NOW };
    clock = await ruleClock(deps);
    agencyIds = Object.values(t.province.agencyIds);
    const units = (await t.db.query<{ id: string; agency_id: string }>('SELECT id, agency_id FROM units')).rows;
    unitsOf = new Map(agencyIds.map((agencyId) => [agencyId, units.filter((unit) => unit.agency_id === agencyId).map((unit) => unit.id)]));
    // Few officers, so that the officer under test is often the one a step is assigned to.
    officerPool = ['specialist', 'specialist2', 'head'].map((username) => t.province.officerIds[username]!);
    procedure = (await t.db.query<{ id: string; version_id: string }>('SELECT p.id, v.id AS version_id FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id LIMIT 1')).rows[0]!;
  });
  afterAll(() => t.close());

  const agency = () => fc.constantFrom(...agencyIds);
  const placed = () => agency().chain((agencyId) => fc.record({ agencyId: fc.constant(agencyId), unitId: fc.constantFrom(null, ...unitsOf.get(agencyId)!) }));
  const grant = (): fc.Arbitrary<RoleGrant> => fc.tuple(fc.constantFrom(...OFFICER_ROLES), placed()).map(([role, place]) => ({ role, ...place }));
  const officer = (): fc.Arbitrary<AuthenticatedOfficer> =>
    fc.record({ id: fc.constantFrom(...officerPool), grants: fc.array(grant(), { maxLength: 4 }) }).map((drawn) => ({ ...drawn, username: 'generated', fullName: 'Cán Bộ Sinh' }));
  // The edges of the deadline queues, often, and ties between dossiers.
  const instant = () =>
    fc.oneof(
      fc.constantFrom(NOW, clock.dueSoonUntil, new Date(clock.dueSoonUntil.getTime() + 1), new Date(NOW.getTime() - 1)),
      fc.integer({ min: -5 * 24 * 60, max: 5 * 24 * 60 }).map((minutes) => new Date(NOW.getTime() + minutes * MINUTE)),
    );
  /** Often where the officer works, so that the rules have something to tell apart; otherwise anywhere. */
  const dossier = (who: AuthenticatedOfficer) => {
    const near = <T,>(theirs: T[], anywhere: fc.Arbitrary<T>) => (theirs.length > 0 ? fc.oneof(fc.constantFrom(...theirs), anywhere) : anywhere);
    const someAgency = near(who.grants.map((held) => held.agencyId), agency());
    return fc.record({
      state: fc.oneof(fc.constant('processing' as const), fc.constantFrom(...DOSSIER_STATES)),
      receivingAgencyId: someAgency,
      competentAgencyId: someAgency,
      earlierStepAgencyIds: fc.array(agency(), { maxLength: 2 }),
      currentStep: fc.option(
        fc.record({
          // The officer's role and agency, in the same unit, another one or none.
          post: near(who.grants, grant()).chain((post) => fc.constantFrom(post.unitId, null, ...unitsOf.get(post.agencyId)!).map((unitId) => ({ ...post, unitId }))),
          assigneeId: fc.option(fc.constantFrom(...officerPool), { freq: 2 }),
        }).map(({ post, assigneeId }) => ({ ...post, assigneeId })),
        { freq: 4 },
      ),
      dueAt: fc.option(instant(), { freq: 4 }),
      // As often absent as not: the deadline queues hold only dossiers with neither.
      finishedAt: fc.option(instant(), { freq: 2 }),
      clockPausedAt: fc.option(instant(), { freq: 2 }),
      submittedAt: instant(),
    });
  };
  const officerAndDossiers = (maxLength: number) => officer().chain((who) => fc.tuple(fc.constant(who), fc.array(dossier(who), { maxLength })));
  type DrawnDossier = ReturnType<typeof dossier> extends fc.Arbitrary<infer D> ? D : never;

  async function store(drawn: DrawnDossier[]): Promise<GeneratedDossier[]> {
    await t.db.query('DELETE FROM dossier_steps');
    await t.db.query('DELETE FROM dossiers');
    const dossiers = drawn.map((facts, index): GeneratedDossier => {
      const current = facts.currentStep;
      return {
        id: randomUUID(),
        code: `RB-${index}`,
        state: facts.state,
        receivingAgencyId: facts.receivingAgencyId,
        competentAgencyId: facts.competentAgencyId,
        stepAgencyIds: [...facts.earlierStepAgencyIds, ...(current ? [current.agencyId] : [])],
        currentStep: current,
        dueAt: facts.dueAt,
        finishedAt: facts.finishedAt,
        clockPausedAt: facts.clockPausedAt,
        submittedAt: facts.submittedAt,
      };
    });
    await t.db.transaction(async (tx) => {
      for (const [index, d] of dossiers.entries()) {
        await tx.query(
          `INSERT INTO dossiers (id, code, lookup_code, procedure_id, procedure_version_id, receiving_agency_id, competent_agency_id, channel, state,
                                 applicant_type, applicant_name, applicant_id_number, submitted_at, due_at, finished_at, clock_paused_at)
           VALUES ($1, $2, 'RULES', $3, $4, $5, $6, 'in_person', $7, 'citizen', 'Người Thử', '001', $8, $9, $10, $11)`,
          [d.id, d.code, procedure.id, procedure.version_id, d.receivingAgencyId, d.competentAgencyId, d.state, d.submittedAt, d.dueAt, d.finishedAt, d.clockPausedAt],
        );
        const steps = [
          ...drawn[index]!.earlierStepAgencyIds.map((agencyId) => ({ role: 'specialist', agencyId, unitId: null, assigneeId: null, finished: true })),
          ...(d.currentStep ? [{ ...d.currentStep, finished: false }] : []),
        ];
        for (const [stepIndex, step] of steps.entries()) {
          await tx.query(
            `INSERT INTO dossier_steps (dossier_id, step_index, step_code, name, role, agency_id, unit_id, assignee_id, started_at, due_at, finished_at)
             VALUES ($1, $2, 'B', 'Bước', $3, $4, $5, $6, $7, $7, $8)`,
            [d.id, stepIndex, step.role, step.agencyId, step.unitId, step.assigneeId, NOW, step.finished ? NOW : null],
          );
        }
      }
      // Written here without the dossiers' write: their queue entries and tallies are made from them as a bulk load's are.
      await tx.query('SELECT rebuild_dossier_queues_and_tallies()');
    });
    return dossiers;
  }

  /** Every page of a queue, following the cursor to the end. */
  async function everyPage(who: AuthenticatedOfficer, queue: Queue, limit: number): Promise<string[]> {
    const codes: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const listed = await listDossiers(deps, who, { queue, limit, cursor });
      codes.push(...listed.items.map((item) => item.code));
      if (listed.nextCursor === null) return codes;
      cursor = listed.nextCursor;
    }
    throw new Error('the cursor never reached the end');
  }

  /** The order of the lists: those whose clock runs, due soonest; then those waiting, latest submitted; then the finished, latest first; then by id. */
  const band = (d: GeneratedDossier) => (d.finishedAt !== null ? 2 : d.clockPausedAt === null && d.dueAt !== null ? 0 : 1);
  const position = (d: GeneratedDossier) => [() => d.dueAt!.getTime(), () => -d.submittedAt.getTime(), () => -d.finishedAt!.getTime()][band(d)]!();
  const listOrder = (a: GeneratedDossier, b: GeneratedDossier) =>
    band(a) - band(b) || position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  it('lists and counts in each queue exactly the dossiers its predicate allows', async () => {
    await fc.assert(
      fc.asyncProperty(officerAndDossiers(30), async ([who, drawn]) => {
        const dossiers = await store(drawn);
        const counts = await queueCounts(deps, who);
        for (const queue of QUEUES) {
          const allowed = dossiers.filter((d) => queueRule(queue).allows(who, d, clock)).map((d) => d.code);
          expect((await everyPage(who, queue, 200)).sort(), queue).toEqual(allowed.sort());
          expect(counts[queue], queue).toBe(allowed.length);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('pages through a queue with its cursor: each dossier once, in order, through ties, missing due dates and every band', async () => {
    const everywhere: AuthenticatedOfficer = { id: officerPool[0]!, username: 'all', fullName: 'Cán Bộ', grants: agencyIds.map((agencyId) => ({ role: 'specialist', agencyId, unitId: null })) };
    await fc.assert(
      fc.asyncProperty(fc.array(dossier(everywhere), { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 4 }), async (drawn, limit) => {
        const dossiers = await store(drawn);
        expect(await everyPage(everywhere, 'all', limit)).toEqual([...dossiers].sort(listOrder).map((d) => d.code));
      }),
      { numRuns: 20 },
    );
  });
});
