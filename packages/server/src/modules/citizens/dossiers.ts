import { APPLICANT_ACTIONS, type ApplicantAction, type DossierAction, type DossierState, availableActions, commentReachesApplicant } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';
import { KEY_PARTS, MICROSECONDS, decodeKey, instantOf, pageOf } from '../../platform/keyset.js';
import { notFound } from '../../platform/errors.js';
import { APPLICANT_KINDS } from '../../platform/policies.js';
import { type FileRecord, readStoredFile } from '../files/index.js';
import { definitionOf, deliveryView, filledDeclaration, listEvents } from '../dossiers/index.js';
import { dossierNotifications } from '../notifications/index.js';
import { DOSSIER, type DossierAtStep, type DossierDeps, actOnDossier, findDossier, findDossierAtStep } from '../dossiers/index.js';
import type { ActionInput } from '../dossiers/index.js';
import { applicantOf, assistanceOf } from '../dossiers/index.js';
import { iso } from '../../platform/instants.js';
import { type PaperFile, applicantDeclaration, applicantReceipt } from '../papers/index.js';
import { applicantResultFile, applicantResults } from '../results/index.js';
import type { CitizenActor } from '../../platform/citizen-authentication.js';

/**
 * The citizen's own dossiers: what they handed in and how it goes, never who the officers are.
 * Another citizen's dossier does not exist for them (404, not 403).
 */

async function findOwnDossier(db: Queryable, citizenId: string, code: string): Promise<DossierAtStep> {
  const found = await findDossierAtStep(db, code);
  if (!found || found.dossier.citizen_id !== citizenId) throw notFound(DOSSIER);
  return found;
}

/**
 * A page of the citizen's dossiers, newest first, after the cursor (platform/keyset.ts): the key
 * of a row is the time of its submission and its code.
 */
export async function listMyDossiers(db: Queryable, citizenId: string, page: { limit: number; cursor?: string | undefined }) {
  const p = new SqlParams();
  const conditions = [`d.citizen_id = ${p.add(citizenId)}`];
  if (page.cursor) {
    const [submitted, code] = decodeKey(page.cursor, [KEY_PARTS.micros, KEY_PARTS.text]);
    conditions.push(`(d.submitted_at, d.code) < (${instantOf(p.add(submitted))}, ${p.add(code)})`);
  }
  const { rows } = await db.query<{
    code: string;
    procedure_code: string;
    procedure_name: string;
    state: DossierState;
    submitted_at: Date;
    received_at: Date | null;
    due_at: Date | null;
    finished_at: Date | null;
    submitted_key: string;
  }>(
    `SELECT d.code, p.code AS procedure_code, p.name AS procedure_name, d.state, d.submitted_at, d.received_at, d.due_at, d.finished_at,
            ${MICROSECONDS('d.submitted_at')} AS submitted_key
       FROM dossier_facts d JOIN procedure_catalogue p ON p.id = d.procedure_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY d.submitted_at DESC, d.code DESC
      LIMIT ${p.add(page.limit + 1)}`,
    p.values,
  );
  const { rows: items, nextCursor } = pageOf(rows, page.limit, (row) => [row.submitted_key, row.code]);
  return {
    nextCursor,
    items: items.map((row) => ({
      code: row.code,
      procedureCode: row.procedure_code,
      procedureName: row.procedure_name,
      state: row.state,
      submittedAt: iso(row.submitted_at),
      receivedAt: iso(row.received_at),
      dueAt: iso(row.due_at),
      finishedAt: iso(row.finished_at),
    })),
  };
}

interface CitizenEventRow {
  action: DossierAction;
  occurred_at: Date;
  from_state: DossierState | null;
  to_state: DossierState;
  comment: string;
  actor_kind: 'officer' | 'applicant' | 'system';
  comment_for_applicant: boolean;
  data: { missingComponents?: Array<{ name: string; reason: string }> } & Record<string, unknown>;
  agency_name: string | null;
}

/** The comment as the applicant may read it: officers' internal notes are left out (empty). */
const commentForApplicant = (event: CitizenEventRow) =>
  commentReachesApplicant({ action: event.action, actorKind: event.actor_kind, markedForApplicant: event.comment_for_applicant }) ? event.comment : '';

const SUPPLEMENT_STATES: ReadonlySet<DossierState> = new Set(['supplement_before_reception', 'supplement_requested']);
const SUPPLEMENT_REQUESTS: ReadonlySet<string> = new Set(['request_supplement', 'request_supplement_at_reception']);

/** The latest request for a supplement, while the dossier waits for it. */
function pendingSupplementRequest(state: DossierState, events: CitizenEventRow[]) {
  if (!SUPPLEMENT_STATES.has(state)) return null;
  const request = events.findLast((event) => SUPPLEMENT_REQUESTS.has(event.action));
  if (!request) return null;
  return { comment: commentForApplicant(request), missingComponents: request.data.missingComponents ?? [], requestedAt: iso(request.occurred_at)! };
}

export async function myDossier(ctx: DossierDeps, citizenId: string, code: string) {
  const { db } = ctx;
  const { dossier, open } = await findOwnDossier(db, citizenId, code);
  const fileIds = [...new Set(dossier.components.flatMap((component) => component.fileIds))];
  const [definition, events, agencies, files, signedResults, notifications] = await Promise.all([
    definitionOf(db, dossier.procedure_version_id),
    // Where each action happened: the agency the dossier was at, or for a submission the one it went to.
    db.query<CitizenEventRow>(
      `SELECT e.action, e.occurred_at, e.from_state, e.to_state, e.comment, e.actor_kind, e.comment_for_applicant, e.data,
              coalesce(fa.name, ta.name) AS agency_name
         FROM dossier_event_facts e LEFT JOIN agency_directory fa ON fa.id = e.from_agency_id LEFT JOIN agency_directory ta ON ta.id = e.to_agency_id
        WHERE e.dossier_id = $1 ORDER BY e.id`,
      [dossier.id],
    ),
    db.query<{ id: string; name: string }>('SELECT id, name FROM agency_directory WHERE id = ANY($1::uuid[])', [[dossier.receiving_agency_id, dossier.competent_agency_id, open?.agency_id ?? dossier.receiving_agency_id]]),
    db.query<{ id: string; name: string }>('SELECT id::text AS id, name FROM file_facts WHERE id = ANY($1::uuid[])', [fileIds]),
    applicantResults(db, dossier.id),
    dossierNotifications(db, dossier.id),
  ]);
  const agencyName = (id: string) => agencies.rows.find((agency) => agency.id === id)?.name ?? '';
  const fileName = new Map(files.rows.map((file) => [file.id, file.name]));
  return {
    code: dossier.code,
    lookupCode: dossier.lookup_code,
    version: dossier.version,
    state: dossier.state,
    procedure: { code: definition.code, name: definition.name },
    applicant: applicantOf(dossier),
    summary: dossier.summary,
    declaration: await filledDeclaration(db, definition, dossier),
    components: dossier.components.map((component) => ({
      code: component.code,
      name: component.name,
      form: component.form,
      copies: component.copies,
      files: component.fileIds.flatMap((id) => (fileName.has(id) ? [{ id, name: fileName.get(id)! }] : [])),
    })),
    submittedAt: iso(dossier.submitted_at),
    receivedAt: iso(dossier.received_at),
    dueAt: iso(dossier.due_at),
    finishedAt: iso(dossier.finished_at),
    returnedAt: iso(dossier.returned_at),
    receivingAgencyName: agencyName(dossier.receiving_agency_id),
    competentAgencyName: agencyName(dossier.competent_agency_id),
    assistance: await assistanceOf(db, dossier.id),
    currentStep: open ? { name: open.name, agencyName: agencyName(open.agency_id), dueAt: iso(open.due_at)! } : null,
    supplementRequest: pendingSupplementRequest(dossier.state, events.rows),
    delivery: await deliveryView(db, dossier, await listEvents(db, dossier.id), 'applicant'),
    signedResults,
    notifications: notifications.map(({ action, channel, recipient, status, subject, text, createdAt, sentAt }) => ({ action, channel, recipient, status, subject, text, createdAt, sentAt })),
    events: events.rows.map((event) => ({
      action: event.action,
      at: iso(event.occurred_at)!,
      fromState: event.from_state,
      toState: event.to_state,
      comment: commentForApplicant(event),
      agencyName: event.agency_name,
    })),
    availableActions: availableActions(
      { state: dossier.state, stepIndex: dossier.current_step_index, stepCount: definition.process.length },
      () => APPLICANT_KINDS,
    ).filter((action): action is ApplicantAction => (APPLICANT_ACTIONS as readonly string[]).includes(action)),
  };
}

/** Resubmits, supplements or withdraws one of the citizen's own dossiers, as the lookup-code route does for anyone holding the receipt. */
export async function actOnMyDossier(ctx: DossierDeps, actor: CitizenActor, code: string, action: ApplicantAction, input: ActionInput & { version: number }) {
  const dossier = await findDossier(ctx.db, code);
  if (!dossier || dossier.citizen_id !== actor.citizenId) throw notFound(DOSSIER);
  return actOnDossier(ctx, actor, code, action, input);
}

/** The applicant's copy of the receipt and appointment slip of one of the citizen's dossiers. */
export async function myReceipt(ctx: AppContext, citizenId: string, code: string): Promise<PaperFile> {
  const { dossier } = await findOwnDossier(ctx.db, citizenId, code);
  return applicantReceipt(ctx, dossier);
}

/** The declaration the citizen filled in as an e-form for one of their dossiers, printed. */
export async function myDeclaration(ctx: AppContext, citizenId: string, code: string): Promise<PaperFile> {
  const { dossier } = await findOwnDossier(ctx.db, citizenId, code);
  return applicantDeclaration(ctx, dossier);
}

/** The signed PDF of a result of one of the citizen's dossiers. */
export async function myResultFile(db: Queryable, citizenId: string, code: string, verificationCode: string): Promise<FileRecord> {
  const { dossier } = await findOwnDossier(db, citizenId, code);
  return applicantResultFile(db, dossier.id, verificationCode);
}

/**
 * A document the citizen handed in with one of their dossiers. Officers' own attachments to the
 * process stay internal.
 */
export async function myDossierFile(db: Queryable, citizenId: string, code: string, fileId: string): Promise<FileRecord> {
  const { dossier } = await findOwnDossier(db, citizenId, code);
  const handedIn = dossier.components.some((component) => component.fileIds.includes(fileId));
  const file = handedIn ? await readStoredFile(db, fileId) : undefined;
  if (!file) throw notFound({ vi: 'tệp này trong hồ sơ', en: 'File' });
  return file;
}
