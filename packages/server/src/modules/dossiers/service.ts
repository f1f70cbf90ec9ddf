import { randomInt, randomUUID } from 'node:crypto';
import {
  type ActorKind,
  type Channel,
  type DeliveryChoice,
  type DossierAction,
  type OfficerRole,
  type TransitionRule,
  decideTransition,
  DOSSIER_SEQUENCE_DIGITS,
  dossierCodePrefix,
  idNumberProblem,
  normaliseIdNumber,
  routeDossier,
  ruleFor,
  type WorkCalendar,
  vietnamDate,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { APPLICANT_KINDS, officerKindsFor } from '../../platform/policies.js';
import { type AgencyRow, communesInOffice, findAgency, findAgencyByCode } from '../agencies/index.js';
import { linkDossierToTicket, ticketBeingServed } from '../centres/index.js';
import { type FileRecord, readStoredFile } from '../files/index.js';
import { type EligibleOfficer, type StepPost, officersForStep } from '../officers/index.js';
import { type ProcedureVersionRow, PROCEDURE, findCurrentVersion } from '../procedures/index.js';
import { ACTION_HANDLERS, type AwaitingSignature } from './action-handlers.js';
import { declarationOf } from './declaration.js';
import { definitionOf } from './definitions.js';
import * as repo from './repo.js';
import { assertFilesUsable, fileUserOf } from './named-files.js';
import { type ActionInput, carryOut, stepPlacement } from './transition.js';
import { assertNotReceivedFromTicket } from './ticket-journey.js';
import { chosenDelivery } from './delivery.js';
import { authorize } from '../../platform/rule-book.js';

export const DOSSIER = { vi: 'hồ sơ', en: 'Dossier' };

/** What the dossier use cases need of the application. */
export type DossierDeps = Pick<AppContext, 'db' | 'blobStore' | 'calendar' | 'now' | 'signResult' | 'notify'> & Partial<Pick<AppContext, 'deferApproval'>>;

export interface ApplicantInput {
  type: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
}

export interface NewDossierInput {
  procedureCode: string;
  /** Where the dossier is handed in; an officer with one reception desk may leave it out. */
  receivingAgencyId?: string | undefined;
  /** The commune that decides a procedure offered by communes, when it is handed in elsewhere. */
  competentAgencyId?: string | undefined;
  applicant: ApplicantInput;
  summary?: string | undefined;
  components: Array<{ code: string; copies?: number | undefined; fileIds?: string[] | undefined }>;
  comment?: string | undefined;
  attachmentIds?: string[] | undefined;
  /** The declaration's values, when the procedure version has a form: checked against it. */
  form?: unknown;
  /** How the applicant receives the result; at the counter when left out. */
  delivery?: DeliveryChoice | undefined;
}

/** What an anonymous applicant shows for the files they name: the token each upload returned. */
export interface UploadProof {
  uploadTokens?: string[] | undefined;
}

export interface CreatedDossier {
  id: string;
  code: string;
  lookupCode: string;
  state: string;
  version: number;
  receivedAt: Date | null;
  dueAt: Date | null;
}

// No 0/O or 1/I: the code is read aloud at counters and typed from paper.
const LOOKUP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newLookupCode = () => Array.from({ length: 6 }, () => LOOKUP_ALPHABET[randomInt(LOOKUP_ALPHABET.length)]).join('');

const REFUSAL_STATUS = { invalid_state: 409, forbidden: 403, invalid_position: 409, reason_required: 400 } as const;

function decide(rule: TransitionRule, dossier: Pick<repo.DossierRow, 'state' | 'current_step_index'> | null, stepCount: number, kinds: ReadonlySet<ActorKind>, comment?: string) {
  const decision = decideTransition({
    action: rule.action,
    state: dossier?.state ?? 'new',
    stepIndex: dossier?.current_step_index ?? null,
    stepCount,
    actorKinds: kinds,
    reason: comment,
  });
  if (!decision.ok) {
    const { code, vi, en } = decision.refusal;
    throw new AppError(REFUSAL_STATUS[code], code, vi, en, code === 'reason_required' ? 'comment' : undefined);
  }
  return decision;
}

/** The version in force when the dossier is received or submitted: the one it follows to the end. */
async function activeProcedure(db: Queryable, code: string, at: Date): Promise<ProcedureVersionRow> {
  const procedure = await findCurrentVersion(db, code, at);
  if (!procedure) throw notFound(PROCEDURE);
  return procedure;
}

function receivedComponents(procedure: ProcedureVersionRow, given: NewDossierInput['components'], filesRequired: boolean): repo.ReceivedComponent[] {
  const byCode = new Map(given.map((item) => [item.code, item]));
  for (const item of given) {
    if (!procedure.definition.components.some((component) => component.code === item.code)) {
      throw new AppError(400, 'unknown_component', `Thủ tục không có thành phần hồ sơ mã "${item.code}".`, `The procedure has no component "${item.code}".`, 'components');
    }
  }
  const missingRequired = procedure.definition.components.filter(
    (component) => component.required && (!byCode.has(component.code) || (filesRequired && !byCode.get(component.code)!.fileIds?.length)),
  );
  if (missingRequired.length > 0) {
    throw new AppError(
      400,
      'incomplete_dossier',
      `Hồ sơ còn thiếu: ${missingRequired.map((component) => component.name).join('; ')}.`,
      `Missing components: ${missingRequired.map((component) => component.code).join(', ')}.`,
      'components',
    );
  }
  return procedure.definition.components
    .filter((component) => byCode.has(component.code))
    .map((component) => {
      const item = byCode.get(component.code)!;
      return { code: component.code, name: component.name, form: component.form, copies: item.copies ?? component.copies, fileIds: item.fileIds ?? [] };
    });
}

/** The files a request names, by the field they came in. */
function namedFileIds(input: Pick<ActionInput, 'attachmentIds' | 'components' | 'resultFileId'>): Record<string, string[]> {
  return {
    components: (input.components ?? []).flatMap((component) => component.fileIds ?? []),
    attachmentIds: input.attachmentIds ?? [],
    resultFileId: input.resultFileId ? [input.resultFileId] : [],
  };
}

/** A submission from a signed-in citizen: the dossier is theirs, and the draft it came from goes. */
export interface CitizenSubmission {
  citizen: { id: string; fullName: string };
  draftId?: string | undefined;
}

async function createDossier(
  ctx: Omit<DossierDeps, 'db'> & { db: Queryable },
  actor: Actor,
  action: 'receive_at_counter' | 'submit_online',
  channel: Channel,
  { uploadTokens, ...input }: NewDossierInput & UploadProof,
  receivingAgencyId: string | undefined,
  kinds: ReadonlySet<ActorKind>,
  account?: CitizenSubmission,
): Promise<CreatedDossier> {
  const idNumber = fittingIdNumber(input.applicant);
  const now = ctx.now();
  const procedure = await activeProcedure(ctx.db, input.procedureCode, now);
  const rule = ruleFor(action);
  const decision = decide(rule, null, procedure.definition.process.length, kinds, input.comment);
  const components = receivedComponents(procedure, input.components, channel === 'online');
  const declaration = await declarationOf(ctx.db, procedure.definition, input.form, now, channel === 'online');
  const { receiving: agency, competent } = await routed(ctx.db, procedure, channel === 'online' ? 'online' : 'counter', receivingAgencyId, input.competentAgencyId);
  const delivery = await chosenDelivery(ctx.db, agency.id, input.delivery, { account: account !== undefined, email: input.applicant.email ?? '' });
  const user = fileUserOf(actor, { handlingAgencyIds: [agency.id, competent.id], uploadTokens });
  await assertFilesUsable(ctx.db, { user, applicant: { ...input.applicant, idNumber } }, namedFileIds(input));
  const calendar = await ctx.calendar.current();
  const definition = await definitionOf(ctx.db, procedure.version_id);
  const day = vietnamDate(now);
  const numbering = { agencyId: agency.id, day, prefix: dossierCodePrefix(agency.code, day), digits: DOSSIER_SEQUENCE_DIGITS };
  const applicant = input.applicant;
  const draft: repo.DossierRow = {
    id: randomUUID(),
    // Drawn from the agency's counter by the statement that saves the dossier.
    code: '',
    lookup_code: newLookupCode(),
    procedure_id: procedure.procedure_id,
    procedure_version_id: procedure.version_id,
    receiving_agency_id: agency.id,
    competent_agency_id: competent.id,
    channel,
    state: decision.to,
    applicant_type: applicant.type,
    applicant_name: applicant.name.normalize('NFC').trim(),
    applicant_id_number: idNumber,
    applicant_phone: applicant.phone?.trim() ?? '',
    applicant_email: applicant.email?.trim() ?? '',
    applicant_address: applicant.address?.normalize('NFC').trim() ?? '',
    summary: input.summary?.normalize('NFC').trim() ?? '',
    components,
    submitted_at: now,
    received_at: null,
    original_due_at: null,
    due_at: null,
    clock_paused_at: null,
    current_step_index: null,
    supplement_count: 0,
    extension_count: 0,
    finished_at: null,
    outcome: null,
    returned_at: null,
    return_method: null,
    version: 0,
    citizen_id: account?.citizen.id ?? null,
    // Given by the statement that saves the dossier, if that receives it.
    register_line: null,
    ...declaration,
    ...delivery,
  };
  const submittedDraft = account?.draftId ? { id: account.draftId, citizenId: account.citizen.id } : undefined;
  const result = await carryOut(
    { db: ctx.db, calendar, signResult: ctx.signResult, now, actor, definition, notify: ctx.notify, numbering, draft: submittedDraft },
    draft,
    undefined,
    decision.rule,
    decision.nextStepIndex,
    input,
  );
  return { id: draft.id, code: result.code, lookupCode: result.lookup_code, state: result.state, version: result.version, receivedAt: result.received_at, dueAt: result.due_at };
}

/** An agency the request names by id, in office; a 400 naming the field otherwise. */
async function namedAgency(db: Queryable, id: string, field: 'receivingAgencyId' | 'competentAgencyId'): Promise<AgencyRow> {
  const agency = await findAgency(db, id);
  if (!agency || agency.abolished_on) {
    throw new AppError(
      400,
      'unknown_agency',
      field === 'receivingAgencyId' ? 'Nơi tiếp nhận hồ sơ không hợp lệ.' : 'Cơ quan giải quyết hồ sơ không hợp lệ.',
      field === 'receivingAgencyId' ? 'Unknown or abolished receiving agency.' : 'Unknown or abolished deciding agency.',
      field,
    );
  }
  return agency;
}

/**
 * Where a new dossier is received and who decides it (core routeDossier): a procedure offered by
 * communes goes to the commune chosen, a commune not offering it is refused; any other procedure
 * is decided by its competent agency wherever it is handed in.
 */
async function routed(db: Queryable, procedure: ProcedureVersionRow, channel: 'online' | 'counter', receivingAgencyId: string | undefined, competentAgencyId: string | undefined) {
  const [receiving, chosen] = await Promise.all([
    receivingAgencyId === undefined ? undefined : namedAgency(db, receivingAgencyId, 'receivingAgencyId'),
    competentAgencyId === undefined ? undefined : namedAgency(db, competentAgencyId, 'competentAgencyId'),
  ]);
  const def = procedure.definition;
  const communes = def.offeredBy ? (await communesInOffice(db)).map((commune) => commune.code) : [];
  const decision = routeDossier(def, { channel, receivingCode: receiving?.code, chosenCode: chosen?.code }, communes);
  if (!decision.ok) {
    const field = chosen ? 'competentAgencyId' : 'receivingAgencyId';
    if (decision.refusal === 'commune_required') {
      throw new AppError(400, 'commune_required', 'Vui lòng chọn xã, phường nơi nộp hồ sơ.', 'Choose the commune to submit the dossier to.', field);
    }
    const named = chosen ?? receiving;
    const name = named && named.code === decision.agencyCode ? named.name : (decision.agencyCode ?? '');
    throw new AppError(
      400,
      'procedure_not_offered',
      `${name} không thực hiện thủ tục "${def.name}". Vui lòng chọn cơ quan thực hiện thủ tục này.`,
      `${name} does not offer the procedure "${def.name}". Choose an agency that offers it.`,
      field,
    );
  }
  const byCode = async (code: string) => [receiving, chosen].find((agency) => agency?.code === code) ?? (await findAgencyByCode(db, code));
  const [receivingAgency, competent] = await Promise.all([byCode(decision.routing.receivingCode), byCode(decision.routing.competentCode)]);
  if (!receivingAgency || !competent) throw new Error(`Procedure ${def.code} names an agency that no longer exists`);
  return { receiving: receivingAgency, competent };
}

/**
 * The applicant's number as it is kept (a passport's letters in capitals); a CCCD of 11 digits,
 * or a tax code given for a person, is refused naming what the number must be.
 */
function fittingIdNumber(applicant: ApplicantInput): string {
  const problem = idNumberProblem(applicant.type, applicant.idNumber);
  if (problem) throw new AppError(400, 'invalid_id_number', problem.vi, problem.en, 'applicant.idNumber');
  return normaliseIdNumber(applicant.idNumber);
}

/** The one reception desk of an officer, unless they name one of theirs. */
function receptionAgencyOf(officer: AuthenticatedOfficer, requested: string | undefined): string {
  const desks = [...new Set(officer.grants.filter((grant) => grant.role === 'receiving_officer').map((grant) => grant.agencyId))];
  if (requested) return requested;
  if (desks.length === 1) return desks[0]!;
  throw new AppError(
    400,
    'receiving_agency_required',
    desks.length === 0 ? 'Bạn không phải cán bộ tiếp nhận.' : 'Vui lòng chọn cơ quan tiếp nhận hồ sơ.',
    desks.length === 0 ? 'You are not a receiving officer.' : 'Choose the receiving agency.',
    'receivingAgencyId',
  );
}

/**
 * A walk-in (or postal) dossier checked complete at the counter: it is received at once. Received
 * from the queue ticket the officer is serving, it records the ticket in the same transaction.
 */
export async function receiveAtCounter(
  ctx: DossierDeps,
  actor: Actor & { kind: 'officer' },
  { ticketId, ...input }: NewDossierInput & { channel: 'in_person' | 'post'; ticketId?: string | undefined },
) {
  const receivingAgencyId = receptionAgencyOf(actor.officer, input.receivingAgencyId);
  const kinds = officerKindsFor(actor.officer, ruleFor('receive_at_counter'), { receivingAgencyId, currentStep: null });
  if (ticketId === undefined) return createDossier(ctx, actor, 'receive_at_counter', input.channel, input, receivingAgencyId, kinds);
  // The working calendar is read before the transaction: on PGlite's one connection, a read
  // outside the transaction would wait for it to end.
  const calendar = await ctx.calendar.current();
  return ctx.db.transaction(async (tx) => {
    const ticket = await ticketBeingServed(tx, ticketId, actor.officer.id, receivingAgencyId);
    await assertNotReceivedFromTicket(tx, ticket, input.procedureCode, input.applicant.idNumber);
    const inTransaction = { ...ctx, db: tx, calendar: { ...ctx.calendar, current: () => Promise.resolve(calendar) } };
    const created = await createDossier(inTransaction, actor, 'receive_at_counter', input.channel, input, receivingAgencyId, kinds);
    await linkDossierToTicket(tx, ticket.id, created.id, ctx.now());
    return created;
  });
}

/**
 * An online submission: it waits for a receiving officer of the chosen agency (the competent one
 * by default). From a citizen account, the dossier is linked to the account and the draft it came
 * from is deleted by the statement that saves it.
 */
export async function submitOnline(ctx: Omit<DossierDeps, 'db'> & { db: Queryable }, ip: string, input: NewDossierInput & UploadProof, account?: CitizenSubmission) {
  const procedure = await activeProcedure(ctx.db, input.procedureCode, ctx.now());
  if (procedure.definition.onlineMode === 'none') {
    throw new AppError(400, 'not_online', 'Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp trực tiếp.', 'This procedure cannot be submitted online.', 'procedureCode');
  }
  const actor: Actor = account
    ? { kind: 'applicant', name: account.citizen.fullName, ip, citizenId: account.citizen.id }
    : { kind: 'applicant', name: input.applicant.name, ip };
  return createDossier(ctx, actor, 'submit_online', 'online', input, input.receivingAgencyId, APPLICANT_KINDS, account);
}

/**
 * Links a dossier no account holds to a citizen's account (a claim the citizen proved): false when
 * an account holds it already.
 */
export async function linkDossierToAccount(tx: Queryable, dossierId: string, citizenId: string): Promise<boolean> {
  const { rowCount } = await tx.query('UPDATE dossiers SET citizen_id = $2 WHERE id = $1 AND citizen_id IS NULL', [dossierId, citizenId]);
  return rowCount === 1;
}

const scopeOf = (found: repo.DossierAtStep) => ({
  receivingAgencyId: found.dossier.receiving_agency_id,
  competentAgencyId: found.dossier.competent_agency_id,
  stepAgencyIds: found.stepAgencyIds,
});

/** Throws 403 unless the officer works at an agency the dossier has to do with. */
export function assertOfficerSees(officer: AuthenticatedOfficer, found: repo.DossierAtStep): void {
  authorize(officer, 'see-dossier', scopeOf(found));
}

export function currentStepOf(step: repo.StepRow | undefined) {
  return step
    ? { role: step.role as never, agencyId: step.agency_id, unitId: step.unit_id, assigneeId: step.assignee_id }
    : null;
}

/**
 * Any action on an existing dossier, by an officer or the applicant. The version the caller saw
 * must still be current (else 409), and everything the action changes is written at once.
 */
export async function actOnDossier(
  ctx: DossierDeps | InTransaction,
  actor: Actor,
  code: string,
  action: DossierAction,
  { uploadTokens, ...input }: ActionInput & UploadProof & { version: number },
): Promise<{ code: string; state: string; version: number; awaitingSignature?: AwaitingSignature }> {
  const calendar = await ctx.calendar.current();
  const rule = ruleFor(action);
  if (rule.from.includes('new')) {
    throw new AppError(400, 'not_an_action', 'Thao tác này chỉ dùng khi tạo hồ sơ mới.', 'This action creates dossiers; it cannot be applied to one.');
  }
  const found = await repo.findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  const { dossier, open } = found;
  if (actor.kind === 'officer') assertOfficerSees(actor.officer, found);
  if (dossier.version !== input.version) {
    throw new AppError(409, 'version_conflict', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại.', `The dossier is at version ${dossier.version}, not ${input.version}. Reload it.`, 'version');
  }
  const definition = await definitionOf(ctx.db, dossier.procedure_version_id);
  const kinds =
    actor.kind === 'officer'
      ? officerKindsFor(actor.officer, rule, { receivingAgencyId: dossier.receiving_agency_id, currentStep: currentStepOf(open) })
      : actor.kind === 'applicant'
        ? APPLICANT_KINDS
        : SYSTEM_KINDS;
  const decision = decide(rule, dossier, definition.process.length, kinds, input.comment);
  const named = namedFileIds(input);
  if (Object.values(named).some((ids) => ids.length > 0)) {
    const { receivingAgencyId, competentAgencyId, stepAgencyIds } = scopeOf(found);
    const user = fileUserOf(actor, { handlingAgencyIds: [receivingAgencyId, competentAgencyId, ...stepAgencyIds], uploadTokens });
    const applicant = { type: dossier.applicant_type, idNumber: dossier.applicant_id_number };
    await assertFilesUsable(ctx.db, { user, held: await repo.heldFileIds(ctx.db, dossier.id), applicant }, named);
  }
  if (action === 'approve' && actor.kind === 'officer' && ctx.deferApproval && 'transaction' in ctx.db) {
    // Only at the last step can a dossier be approved, so it is at one.
    const approval = { db: ctx.db, now: ctx.now(), actor, dossier, approvingAgencyId: open!.agency_id, definition, input };
    const awaitingSignature = await ctx.deferApproval(approval);
    if (awaitingSignature) return { code: dossier.code, state: dossier.state, version: dossier.version, awaitingSignature };
  }
  // The version the actor saw is checked again where the change is written, so that of two
  // officers acting at once exactly one wins.
  const transition = { db: ctx.db, calendar, signResult: ctx.signResult, now: ctx.now(), actor, definition, notify: ctx.notify };
  // A result the applicant chose to receive electronically is delivered by the system as it is issued, in the same transaction.
  const delivers = decision.to === 'result_ready' && dossier.delivery_method === 'electronic';
  const carry = async (db: Queryable) => {
    const done = await carryOut({ ...transition, db }, dossier, open, decision.rule, decision.nextStepIndex, input);
    if (!delivers) return done;
    const delivery = decide(ruleFor('deliver_electronically'), done, definition.process.length, SYSTEM_KINDS);
    return carryOut({ ...transition, db, actor: { kind: 'system', ip: actor.ip } }, done, undefined, delivery.rule, delivery.nextStepIndex, {});
  };
  const result = (ACTION_HANDLERS[action]?.writesRows || delivers) && 'transaction' in ctx.db ? await ctx.db.transaction(carry) : await carry(ctx.db);
  return { code: result.code, state: result.state, version: result.version };
}

/** The use cases' dependencies inside a caller's transaction, with the working calendar read before it (PGlite's one connection). */
type InTransaction = Omit<DossierDeps, 'db'> & { db: Queryable };

const SYSTEM_KINDS: ReadonlySet<ActorKind> = new Set(['system']);

/**
 * MotCua's own action on what a trusted party told it (a fee the payment gateway or the bank
 * confirmed), inside the caller's transaction: the lifecycle, audit, notices and fee receipt are
 * those of an officer's action, and go with the caller's rows or not at all.
 */
export function actAsSystem(
  ctx: Omit<DossierDeps, 'db'>,
  tx: Queryable,
  calendar: WorkCalendar,
  ip: string,
  code: string,
  action: DossierAction,
  input: ActionInput & { version: number },
) {
  return actOnDossier({ ...ctx, db: tx, calendar: { ...ctx.calendar, current: () => Promise.resolve(calendar) } }, { kind: 'system', ip }, code, action, input);
}

/** The actions that name the officer who takes a step. */
export const STAFFING_ACTIONS = ['assign', 'hand_over'] as const;
export type StaffingAction = (typeof STAFFING_ACTIONS)[number];

export interface AssignableOfficers {
  step: { index: number; name: string; role: OfficerRole; agency: { id: string; name: string } };
  /** Who the step is assigned to now (an assignment may change it). */
  assigneeId: string | null;
  officers: EligibleOfficer[];
}

/**
 * The officers an assignment (the current step) or a hand-over (the next step) may name: those
 * who hold the role the step needs where it runs. Only an officer who may take that action on
 * the dossier now may ask, so that the list of staff does not leak to every reader of a dossier.
 */
export async function assignableOfficers(ctx: DossierDeps, actor: Actor & { kind: 'officer' }, code: string, action: StaffingAction): Promise<AssignableOfficers> {
  const found = await repo.findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  const { dossier, open } = found;
  assertOfficerSees(actor.officer, found);
  const definition = await definitionOf(ctx.db, dossier.procedure_version_id);
  const rule = ruleFor(action);
  const kinds = officerKindsFor(actor.officer, rule, { receivingAgencyId: dossier.receiving_agency_id, currentStep: currentStepOf(open) });
  const decision = decide(rule, dossier, definition.process.length, kinds);
  let post: StepPost & { index: number; name: string; role: OfficerRole };
  if (action === 'assign') {
    // A processing dossier, the only kind that can be assigned, is always at a step.
    const step = open!;
    post = { index: step.step_index, name: step.name, role: step.role as OfficerRole, agencyId: step.agency_id, unitId: step.unit_id };
  } else {
    const index = decision.nextStepIndex!;
    const placed = await stepPlacement(ctx.db, definition, index, dossier.competent_agency_id);
    post = { index, name: placed.step.name, role: placed.role, agencyId: placed.agencyId, unitId: placed.unitId };
  }
  const [agency, officers] = await Promise.all([findAgency(ctx.db, post.agencyId), officersForStep(ctx.db, post)]);
  return {
    step: { index: post.index, name: post.name, role: post.role, agency: { id: post.agencyId, name: agency?.name ?? '' } },
    assigneeId: action === 'assign' ? (open?.assignee_id ?? null) : null,
    officers,
  };
}

/** The applicant proves the dossier is theirs with the lookup code printed on the receipt. */
export async function actAsApplicant(
  ctx: DossierDeps,
  ip: string,
  code: string,
  lookupCode: string,
  action: DossierAction,
  input: ActionInput & UploadProof & { version: number },
) {
  const dossier = await repo.findDossier(ctx.db, code);
  if (!dossier || dossier.lookup_code !== lookupCode.trim().toUpperCase()) {
    throw new AppError(404, 'not_found', 'Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập.', 'No dossier with that code and lookup code.');
  }
  return actOnDossier(ctx, { kind: 'applicant', name: dossier.applicant_name, ip }, code, action, input);
}

export interface TrackingRow
  extends Pick<
    repo.DossierRow,
    'code' | 'state' | 'channel' | 'applicant_type' | 'applicant_name' | 'submitted_at' | 'received_at' | 'due_at' | 'original_due_at' | 'finished_at' | 'returned_at' | 'clock_paused_at'
  > {
  procedure_code: string;
  procedure_name: string;
  receiving_agency_name: string;
  /** Who helped submit it for the citizen present: their name and point only. */
  assistance: { helperName: string; pointName: string } | null;
  steps: Array<{ name: string; agency_name: string; unit_name: string | null; started_at: string; due_at: string; finished_at: string | null }>;
}

/** The public view of a dossier and its steps, in one round trip: tracking is the busiest public page. */
export const TRACKING_QUERY = `
  SELECT d.code, d.state, d.channel, d.applicant_type, d.applicant_name, d.submitted_at, d.received_at, d.due_at, d.original_due_at, d.finished_at,
         d.returned_at, d.clock_paused_at, p.code AS procedure_code, p.name AS procedure_name, a.name AS receiving_agency_name,
         (SELECT coalesce(json_agg(json_build_object('name', s.name, 'agency_name', sa.name, 'unit_name', u.name,
                   'started_at', s.started_at, 'due_at', s.due_at, 'finished_at', s.finished_at) ORDER BY s.visit), '[]')
            FROM dossier_steps s JOIN agency_directory sa ON sa.id = s.agency_id LEFT JOIN unit_directory u ON u.id = s.unit_id
           WHERE s.dossier_id = d.id) AS steps,
         (SELECT json_build_object('helperName', x.helper_name, 'pointName', x.point_name) FROM dossier_assistance_facts x WHERE x.dossier_id = d.id) AS assistance
    FROM dossiers d JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory a ON a.id = d.receiving_agency_id
   WHERE d.code = $1`;

export async function findDossierForTracking(db: Queryable, code: string): Promise<TrackingRow | undefined> {
  const { rows } = await db.query<TrackingRow>(TRACKING_QUERY, [code]);
  return rows[0];
}

/**
 * A document of a dossier (a scanned component or an attachment of a step), for an officer who
 * may see the dossier. The look is audited like the dossier's own.
 */
export async function dossierFile(ctx: DossierDeps, actor: Actor & { kind: 'officer' }, code: string, fileId: string): Promise<FileRecord> {
  const found = await repo.findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(actor.officer, found);
  const file = (await repo.heldFileIds(ctx.db, found.dossier.id)).has(fileId.toLowerCase()) ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw notFound({ vi: 'tệp này trong hồ sơ', en: 'File' });
  await appendAudit(ctx.db, actor, { action: 'dossier.file.view', entityType: 'dossier', entityId: code, details: { fileId } });
  return file;
}
