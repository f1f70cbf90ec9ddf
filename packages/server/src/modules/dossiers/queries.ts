import {
  type DossierState,
  type OfficerRole,
  type ProcedureDefinition,
  readDossierCode,
  ROLE_LABELS,
  STATE_LABELS,
  type TransitionRule,
  availableActions,
  commentReachesApplicant,
  fixedFeeVnd,
} from '@motcua/core';
import { deliveryView } from './delivery.js';
import { dossierNotifications } from '../notifications/index.js';
import type { AppContext } from '../../app-context.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { containsText } from '../../db/like.js';
import { SqlParams } from '../../db/sql-params.js';
import { invalid, notFound } from '../../platform/errors.js';
import { officerKindsFor } from '../../platform/policies.js';
import { BANDS, type EntryKey, QUEUES, type Queue, type QueueScan, type RuleClock, dossierAgencyIds, queueRule } from '../../platform/dossier-rules.js';
import { pageOf } from '../../platform/keyset.js';
import { afterCursor, decodeCursor } from './cursor.js';
import { describeFiles } from '../files/index.js';
import { definitionOf } from './definitions.js';
import * as repo from './repo.js';
import { DOSSIER, assertOfficerSees, currentStepOf } from './service.js';
import { applicantOf, assistanceFacts, dossierDeadline, stateView, stepHistory, stepTiming } from './views.js';
import { filledDeclaration } from './declaration.js';
import type { Queryable } from '../../db/database.js';
import { iso } from '../../platform/instants.js';
import { ticketOfDossier } from './ticket-journey.js';

/** Everything an officer sees on the dossier page, with exactly the actions they may take now. */
/** The parcels a land officer linked the dossier to (the land module's view): what the public may read of them, never their holder. */
async function landParcelsOf(db: Queryable, dossierId: string) {
  const { rows } = await db.query<{
    purpose: string;
    sheet_number: number;
    parcel_number: number;
    area_m2: string;
    land_uses: Array<{ code: string }>;
    address: string | null;
    commune_code: string;
    commune_name: string;
  }>(
    `SELECT v.purpose, v.sheet_number, v.parcel_number, v.area_m2, v.land_uses, v.address, a.code AS commune_code, a.name AS commune_name
       FROM dossier_land_parcels v JOIN agency_directory a ON a.id = v.commune_id WHERE v.dossier_id = $1 ORDER BY v.linked_at, v.sheet_number, v.parcel_number`,
    [dossierId],
  );
  return rows.map((row) => ({
    commune: { code: row.commune_code, name: row.commune_name },
    sheet: row.sheet_number,
    parcel: row.parcel_number,
    areaM2: Number(row.area_m2),
    landUses: row.land_uses.map((use) => use.code),
    address: row.address,
    purpose: row.purpose,
  }));
}

/** An approval waiting for the approver to confirm their remote signature (the results module's view): the dossier is unchanged until then. */
async function awaitingSignatureOf(db: Queryable, dossierId: string) {
  const { rows } = await db.query<{ id: string; requested_at: Date; expires_at: Date; signer_name: string }>(
    `SELECT w.id, w.requested_at, w.expires_at, o.full_name AS signer_name
       FROM approval_awaiting_signature_facts w JOIN officer_directory o ON o.id = w.officer_id WHERE w.dossier_id = $1`,
    [dossierId],
  );
  const row = rows[0];
  return row ? { id: row.id, requestedAt: iso(row.requested_at)!, expiresAt: iso(row.expires_at)!, signerName: row.signer_name } : null;
}

export async function dossierDetail(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string) {
  const { db } = ctx;
  const { officer } = actor;
  const found = await repo.findDossierAtStep(db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(officer, found);
  const { dossier, open: current } = found;
  // Personal data law: every officer's look at a dossier is recorded.
  await appendAudit(db, actor, { action: 'dossier.view', entityType: 'dossier', entityId: dossier.code });
  const [definition, steps, calendar, events, notifications, ticket, names] = await Promise.all([
    definitionOf(db, dossier.procedure_version_id),
    stepHistory(db, dossier.id),
    ctx.calendar.current(),
    repo.listEvents(db, dossier.id),
    dossierNotifications(db, dossier.id),
    ticketOfDossier(db, dossier.id, ctx.now()),
    db.query<{ receiving: string; competent: string; receiving_code: string; version: number }>(
      `SELECT r.name AS receiving, r.code AS receiving_code, c.name AS competent, v.version
         FROM agency_directory r, agency_directory c, procedure_version_catalogue v WHERE r.id = $1 AND c.id = $2 AND v.id = $3`,
      [dossier.receiving_agency_id, dossier.competent_agency_id, dossier.procedure_version_id],
    ),
  ]);
  // The name, type and size of every file the dossier holds, in one query.
  const files = await describeFiles(db, [...dossier.components.flatMap((component) => component.fileIds), ...events.flatMap((event) => event.attachment_ids)]);
  const filesOf = (ids: readonly string[]) => ids.flatMap((id) => files.get(id.toLowerCase()) ?? []);
  const now = ctx.now();
  const kindsFor = (rule: TransitionRule) =>
    officerKindsFor(officer, rule, { receivingAgencyId: dossier.receiving_agency_id, currentStep: currentStepOf(current) });
  const name = names.rows[0]!;
  return {
    code: dossier.code,
    lookupCode: dossier.lookup_code,
    version: dossier.version,
    channel: dossier.channel,
    status: stateView(dossier.state),
    procedure: { code: definition.code, name: definition.name, version: name.version, processingDays: definition.processingDays, process: definition.process },
    receivingAgency: { id: dossier.receiving_agency_id, code: name.receiving_code, name: name.receiving },
    competentAgency: { id: dossier.competent_agency_id, name: name.competent },
    assistance: await assistanceFacts(db, dossier.id),
    applicant: applicantOf(dossier),
    summary: dossier.summary,
    declaration: await filledDeclaration(db, definition, dossier),
    components: dossier.components.map((component) => ({ ...component, files: filesOf(component.fileIds) })),
    submittedAt: iso(dossier.submitted_at),
    receivedAt: iso(dossier.received_at),
    originalDueAt: iso(dossier.original_due_at),
    dueAt: iso(dossier.due_at),
    finishedAt: iso(dossier.finished_at),
    returnedAt: iso(dossier.returned_at),
    returnMethod: dossier.return_method,
    delivery: await deliveryView(db, dossier, events, 'applicant'),
    outcome: dossier.outcome,
    awaitingSignature: await awaitingSignatureOf(db, dossier.id),
    supplementCount: dossier.supplement_count,
    extensionCount: dossier.extension_count,
    deadlineStatus: dossierDeadline(calendar, now, dossier),
    ticket,
    landParcels: await landParcelsOf(db, dossier.id),
    currentStepIndex: dossier.current_step_index,
    steps: steps.map((step) => ({
      index: step.step_index,
      code: step.step_code,
      name: step.name,
      role: step.role,
      roleLabel: ROLE_LABELS[step.role as OfficerRole].vi,
      agency: { id: step.agency_id, name: step.agency_name },
      unitName: step.unit_name,
      assigneeName: step.assignee_name,
      finishedByName: step.finished_by_name,
      ...stepTiming(calendar, now, step, dossier.clock_paused_at),
    })),
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      fromState: event.from_state,
      toState: event.to_state,
      toStateLabel: STATE_LABELS[event.to_state].vi,
      fromStepIndex: event.from_step_index,
      toStepIndex: event.to_step_index,
      fromAgency: event.from_agency_name,
      toAgency: event.to_agency_name,
      actorKind: event.actor_kind,
      actorName: event.actor_name,
      comment: event.comment,
      commentForApplicant: commentReachesApplicant({ action: event.action, actorKind: event.actor_kind, markedForApplicant: event.comment_for_applicant }),
      attachmentIds: event.attachment_ids,
      attachments: filesOf(event.attachment_ids),
      data: event.data,
      occurredAt: iso(event.occurred_at)!,
    })),
    notifications,
    availableActions: availableActions(
      { state: dossier.state, stepIndex: dossier.current_step_index, stepCount: definition.process.length },
      kindsFor,
    ).filter((action) => action !== 'confirm_fee_paid_at_submission' || feeDueAtSubmission(dossier, definition, events)),
  };
}

/** An online dossier of a procedure with a fixed fee owes it from its submission until it is confirmed paid. */
function feeDueAtSubmission(dossier: repo.DossierRow, definition: ProcedureDefinition, events: readonly repo.DossierEventRow[]): boolean {
  return dossier.channel === 'online' && fixedFeeVnd(definition.fees) > 0 && !events.some((event) => event.action === 'confirm_fee_paid_at_submission');
}

export { QUEUES, type Queue } from '../../platform/dossier-rules.js';

export interface ListFilters {
  queue: Queue;
  q?: string | undefined;
  state?: DossierState | undefined;
  procedureCode?: string | undefined;
  limit: number;
  /** Where the previous page ended (its `nextCursor`); the first page without. */
  cursor?: string | undefined;
}

interface ListRow {
  id: string;
  code: string;
  state: DossierState;
  channel: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  receiving_agency_name: string;
  step_name: string | null;
  step_agency_name: string | null;
  step_assignee_name: string | null;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  original_due_at: Date | null;
  finished_at: Date | null;
  clock_paused_at: Date | null;
  version: number;
  /** The queue entry's key (band, position in microseconds, as text: exact where a JavaScript number is not). */
  band: string;
  position: string;
}

/** What the queue rules compare deadlines with: now, and the end of the next working day. */
export async function ruleClock(ctx: QueryDeps): Promise<RuleClock> {
  const calendar = await ctx.calendar.current();
  const now = ctx.now();
  return { now, dueSoonUntil: calendar.addWorkingMinutes(now, calendar.minutesPerWorkingDay) };
}

/** What the lists and counts need of the application. */
export type QueryDeps = Pick<AppContext, 'db' | 'calendar' | 'now'>;

/**
 * The entries in hand: running towards a due date or being processed, the queues they are in
 * depending on the clock or the step; as many as the work in hand, however many years the
 * installation holds. `queue_entry_in_hand()` (db/functions/dossier-queues.sql) is the same rule.
 */
const IN_HAND_ENTRY = `(e.band = ${BANDS.running} OR e.state = 'processing')`;

/**
 * The columns the queue rules weigh (their `scope`), from the entries in hand of the officer's
 * agencies, each dossier once, and from the state tallies of the sets of agencies that meet theirs:
 * rows of a number of dossiers, with no position and no step (no queue that weighs those holds a
 * dossier that is not in hand).
 */
function countedRows(mine: string, agencies: number): string {
  const columns = 'e.state, e.receiving_agency_id, e.band, e.position, e.step_agency_id, e.step_role, e.step_unit_id, e.step_assignee_id';
  // An officer of one agency has one entry per dossier; of several, a dossier may have one for each.
  return `SELECT ${agencies > 1 ? 'DISTINCT ON (e.dossier_id) ' : ''}${columns}, 1::bigint AS dossiers
            FROM dossier_queue_entries e WHERE e.agency_id = ANY(${mine}::uuid[]) AND ${IN_HAND_ENTRY}
          UNION ALL
          SELECT t.state, t.receiving_agency_id, t.band, NULL::bigint, NULL::uuid, NULL::text, NULL::uuid, NULL::uuid, t.dossiers
            FROM dossier_state_counts t WHERE t.agency_ids && ${mine}::uuid[]`;
}

/** How many dossiers wait in each of the officer's queues, for the navigation: one pass over their work in hand and the tallies. */
export async function queueCounts(ctx: QueryDeps, officer: AuthenticatedOfficer): Promise<Record<Queue, number>> {
  const p = new SqlParams();
  const clock = await ruleClock(ctx);
  const agencies = dossierAgencyIds(officer);
  const mine = p.add(agencies);
  const { rows } = await ctx.db.query<Record<Queue, number>>(
    `SELECT ${QUEUES.map((queue) => `coalesce(sum(e.dossiers) FILTER (WHERE ${queueRule(queue).holds.scope(officer, p, clock)}), 0)::int AS ${queue}`).join(',\n            ')}
       FROM (${countedRows(mine, agencies.length)}) e`,
    p.values,
  );
  return rows[0]!;
}

const ENTRY_KEY_TYPES: Record<EntryKey, 'uuid' | 'text'> = {
  agency_id: 'uuid',
  state: 'text',
  step_agency_id: 'uuid',
  step_role: 'text',
  step_assignee_id: 'uuid',
};

/**
 * One scan of a queue and what its entries must meet. `procedures` (an SQL array of ids) narrows a
 * scan by agency to those procedures, read from the entries' index by agency and procedure.
 */
interface Branch {
  scan: QueueScan;
  conditions: readonly string[];
  procedures?: string;
}

/**
 * A branch as SQL: for each of its keys, the first `limit` entries in the queues' order that meet
 * its conditions, read from the index that leads with those keys. Each key is a value of its own
 * (not an element of an array the scan is joined with), so that a plan made for these values knows
 * how many entries the key has: a department's, read whole beside a search's trigrams, would cost
 * more than the search.
 */
function scanSql({ scan, conditions, procedures }: Branch, limit: string, p: SqlParams): string[] {
  const columns = Object.keys(scan.keys) as EntryKey[];
  const keyCount = scan.keys[columns[0]!]!.length;
  return Array.from({ length: keyCount }, (_, index) => {
    const matches = [
      ...columns.map((column) => `e.${column} = ${p.add(scan.keys[column]![index])}::${ENTRY_KEY_TYPES[column]}`),
      ...(procedures ? ['e.procedure_id = pr.procedure_id'] : []),
      ...(scan.atStep ? ['e.agency_id = e.step_agency_id'] : []),
      ...conditions,
    ];
    const first = `SELECT e.band, e.position, e.dossier_id FROM dossier_queue_entries e
                    WHERE ${matches.join('\n                      AND ')}
                    ORDER BY e.band, e.position, e.dossier_id LIMIT ${limit}`;
    return procedures ? `SELECT found.* FROM unnest(${procedures}) AS pr (procedure_id) CROSS JOIN LATERAL (${first}) found` : `(${first})`;
  });
}

/** The ids of the procedures that meet a condition on the catalogue, as an array expression. */
const procedureIdsWhere = (condition: string) => `ARRAY(SELECT id FROM procedure_catalogue WHERE ${condition})`;

/**
 * A scan narrowed to some procedures: a scan by agency reads the entries' index by agency and
 * procedure, one key per pair; another (by state, by step: the work in hand) keeps its keys and
 * filters.
 */
function ofProcedures(branch: Branch, procedureIds: string): Branch {
  const { keys, atStep } = branch.scan;
  if (atStep || branch.procedures || Object.keys(keys).some((column) => column !== 'agency_id')) {
    return { ...branch, conditions: [...branch.conditions, `e.procedure_id = ANY(${procedureIds})`] };
  }
  return { ...branch, procedures: procedureIds };
}

/** A whole number as typed (spaces, dots, brackets and a plus aside): 9 to 12 digits make an identity card's, a phone's or an enterprise's. */
const WHOLE_NUMBER = /^[0-9 .()+]+$/;
const WHOLE_NUMBER_DIGITS = { min: 9, max: 12 };

/**
 * The dossiers a search names exactly, as an array expression of their ids, read from the
 * dossiers' own indexes: a whole dossier code, or what the receipt's QR code or barcode carries when scanned into the box, or a whole identity
 * or phone number. Undefined for any other text, which the search text's trigrams find.
 */
function exactlyNamedDossiers(q: string, p: SqlParams): string | undefined {
  const code = readDossierCode(q);
  if (code) return `ARRAY(SELECT id FROM dossiers WHERE code = ${p.add(code)})`;
  const digits = q.replace(/\D/g, '');
  if (!WHOLE_NUMBER.test(q) || digits.length < WHOLE_NUMBER_DIGITS.min || digits.length > WHOLE_NUMBER_DIGITS.max) return undefined;
  const number = p.add(digits);
  return `ARRAY(SELECT id FROM dossiers WHERE applicant_id_number = ${number}
                UNION SELECT id FROM dossiers WHERE regexp_replace(applicant_phone, '\\D', '', 'g') = ${number} AND applicant_phone <> '')`;
}

/** Text of letters alone (a name, or words of it): found by whole words (migrations/021), not by any part of a word. */
const WORDS = /^[\p{L}\p{M}\s]+$/u;

/** The shortest text the search box looks for: shorter ones would match most dossiers and no index could help. */
export const SEARCH_MIN_LENGTH = 3;

/**
 * A page of a queue in the queues' order (those whose clock runs, due soonest first; then those
 * waiting, the latest submitted first; then the finished, the latest first), after the cursor:
 * each page starts where the last one ended, at any depth. Each of the queue's scans reads at
 * most a page of entries from an index; their union, each dossier once, makes the page.
 */
export async function listDossiers(ctx: QueryDeps, officer: AuthenticatedOfficer, filters: ListFilters) {
  const calendar = await ctx.calendar.current();
  const clock = await ruleClock(ctx);
  const p = new SqlParams();
  const rule = queueRule(filters.queue);
  const conditions = [rule.holds.scope(officer, p, clock)];
  if (filters.state) conditions.push(`e.state = ${p.add(filters.state)}`);
  if (filters.cursor) conditions.push(afterCursor(decodeCursor(filters.cursor), p));
  // A scan with no key (a role the officer does not hold) reads nothing, and its conditions' values would go unused.
  let scans: Branch[] = rule.scans(officer).filter((scan) => Object.values(scan.keys).every((values) => values.length > 0)).map((scan) => ({ scan, conditions: scan.atStep ? [rule.within.scope(officer, p, clock), ...conditions] : conditions }));
  if (filters.procedureCode) scans = scans.map((branch) => ofProcedures(branch, procedureIdsWhere(`code = ${p.add(filters.procedureCode)}`)));
  const q = filters.q?.trim();
  if (q) {
    if ([...q].length < SEARCH_MIN_LENGTH) {
      throw invalid('q', `Nhập ít nhất ${SEARCH_MIN_LENGTH} ký tự để tìm hồ sơ.`, `Type at least ${SEARCH_MIN_LENGTH} characters to search.`);
    }
    const exact = exactlyNamedDossiers(q, p);
    if (exact) {
      scans = scans.map((branch) => ({ ...branch, conditions: [...branch.conditions, `e.dossier_id = ANY(${exact})`] }));
    } else {
      const term = `dossier_search_term(${p.add(q)})`;
      // The applicant by the words of their name, a code or a number by part of it, in the search text;
      // or a procedure's name, whose dossiers the entries' index by procedure finds.
      const inSearchText = WORDS.test(q) ? `to_tsvector('simple', e.search_text) @@ dossier_search_words(${p.add(q)})` : containsText('e.search_text', term);
      const named = procedureIdsWhere(containsText('search_name', term));
      scans = [
        ...scans.map((branch) => ({ ...branch, conditions: [...branch.conditions, inSearchText] })),
        ...scans.map((branch) => ofProcedures(branch, named)),
      ];
    }
  }
  const limit = p.add(filters.limit + 1);
  // An officer with no dossier role has no key to scan: nothing to list.
  if (!scans.length) return { nextCursor: null, items: [] };
  const branches = scans.flatMap((branch) => scanSql(branch, limit, p));
  const { rows } = await ctx.db.query<ListRow>(
    `WITH page AS (
       SELECT DISTINCT band, position, dossier_id FROM (${branches.join('\n UNION ALL ')}) found
        ORDER BY band, position, dossier_id LIMIT ${limit})
     SELECT d.id, d.code, d.state, d.channel, p.code AS procedure_code, p.name AS procedure_name, d.applicant_name,
            ra.name AS receiving_agency_name, s.name AS step_name, sa.name AS step_agency_name, so.full_name AS step_assignee_name,
            d.submitted_at, d.received_at, d.due_at, d.original_due_at, d.finished_at, d.clock_paused_at, d.version,
            page.band::text AS band, page.position::text AS position
       FROM page
       JOIN dossiers d ON d.id = page.dossier_id
       JOIN procedure_catalogue p ON p.id = d.procedure_id
       JOIN agency_directory ra ON ra.id = d.receiving_agency_id
       LEFT JOIN dossier_steps s ON s.dossier_id = d.id AND s.finished_at IS NULL
       LEFT JOIN agency_directory sa ON sa.id = s.agency_id
       LEFT JOIN officer_directory so ON so.id = s.assignee_id
      ORDER BY page.band, page.position, page.dossier_id`,
    p.values,
    // How many dossiers a search term matches decides the plan (an index of trigrams, or the queue's order).
    { planEachRun: q !== undefined && q !== '' },
  );
  const page = pageOf(rows, filters.limit, (row) => [row.band, row.position, row.id]);
  return {
    nextCursor: page.nextCursor,
    items: page.rows.map((row) => ({
      code: row.code,
      status: stateView(row.state),
      channel: row.channel,
      procedure: { code: row.procedure_code, name: row.procedure_name },
      applicantName: row.applicant_name,
      receivingAgency: row.receiving_agency_name,
      currentStep: row.step_name ? { name: row.step_name, agency: row.step_agency_name, assignee: row.step_assignee_name } : null,
      submittedAt: iso(row.submitted_at)!,
      receivedAt: iso(row.received_at),
      dueAt: iso(row.due_at),
      finishedAt: iso(row.finished_at),
      deadlineStatus: dossierDeadline(calendar, clock.now, row),
      version: row.version,
    })),
  };
}
