import { type ProcedureDefinition, type PublicationInput, checkProcedureDefinition, correctWords, offeringAgencyCodes, checkPublication, effectiveInstant, toTsquery, upcomingVersion, versionInForce, vietnamDate } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type AgencyChoice, assertAdministersEvery, communesInOffice, findAgencyByCode, findUnit } from '../agencies/index.js';
import { describeFiles } from '../files/index.js';
import { TtlCache } from '../../platform/ttl-cache.js';
import * as repo from './repo.js';
import { createVocabulary } from './vocabulary.js';

export type { ProcedureVersionRow } from './repo.js';
export { findVersionById } from './repo.js';

// Every published version of each active procedure, remembered per database (tests run several
// side by side): which one is in force is decided at each read by the clock, so a version waiting
// for its date takes over at that instant with no job. Publishing here forgets them at once;
// other instances see a new publication within ten seconds.
const activeVersions = new WeakMap<Queryable, TtlCache<string, repo.ProcedureVersionRow[]>>();

function versionsOf(db: Queryable, code: string): Promise<repo.ProcedureVersionRow[]> {
  let cache = activeVersions.get(db);
  if (!cache) {
    cache = new TtlCache(10_000, (rows) => rows.length > 0);
    activeVersions.set(db, cache);
  }
  return cache.get(code, () => repo.listActiveVersions(db, code));
}

type Choose = typeof versionInForce;
const choose = (rows: repo.ProcedureVersionRow[], at: Date, rule: Choose) =>
  rule(rows.map((row) => ({ version: row.version, effectiveFrom: row.effective_from, row })), at)?.row;

/** The version of an active procedure in force at an instant: what a dossier received or submitted then follows. */
export async function findCurrentVersion(db: Queryable, code: string, at: Date): Promise<repo.ProcedureVersionRow | undefined> {
  return choose(await versionsOf(db, code), at, versionInForce);
}

function forgetCurrentVersions(db: Queryable): void {
  activeVersions.get(db)?.clear();
  vocabulary.invalidate();
}

export const PROCEDURE = { vi: 'thủ tục hành chính', en: 'Procedure' };
const DRAFT = { vi: 'bản nháp của thủ tục', en: 'Procedure draft' };


const vocabulary = createVocabulary();

function normalised(def: ProcedureDefinition): ProcedureDefinition {
  return JSON.parse(JSON.stringify(def), (_key, value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : value)) as ProcedureDefinition;
}

/**
 * Checks the definition's own rules and that every agency, unit and field it names exists.
 * `agencyIds`: the competent agency and those of its steps.
 */
async function resolveReferences(db: Queryable, def: ProcedureDefinition): Promise<{ competentAgencyId: string; agencyIds: string[] }> {
  const problem = checkProcedureDefinition(def)[0];
  if (problem) throw new AppError(400, 'invalid_procedure', problem.vi, problem.en, problem.field);
  const field = await db.query('SELECT 1 FROM fields WHERE code = $1', [def.fieldCode]);
  if (field.rowCount === 0) throw new AppError(400, 'unknown_field', `Không có lĩnh vực mã "${def.fieldCode}".`, `Unknown field "${def.fieldCode}".`, 'fieldCode');
  const competent = await findAgencyByCode(db, def.competentAgencyCode);
  if (!competent) {
    throw new AppError(400, 'unknown_agency', `Không có cơ quan mã ${def.competentAgencyCode}.`, `Unknown agency ${def.competentAgencyCode}.`, 'competentAgencyCode');
  }
  const agencyIds = [competent.id, ...(await offeringCommunesNamed(db, def))];
  for (const [index, step] of def.process.entries()) {
    const agency = step.agency.kind === 'competent' ? competent : await findAgencyByCode(db, step.agency.agencyCode);
    if (!agency) throw new AppError(400, 'unknown_agency', `Bước ${step.code}: không có cơ quan thực hiện.`, `Step ${step.code}: unknown agency.`, `process.${index}.agency`);
    agencyIds.push(agency.id);
    if (step.unitCode && !(await findUnit(db, agency.id, step.unitCode))) {
      throw new AppError(
        400,
        'unknown_unit',
        `Bước ${step.code}: ${agency.name} không có đơn vị mã "${step.unitCode}".`,
        `Step ${step.code}: ${agency.code} has no unit "${step.unitCode}".`,
        `process.${index}.unitCode`,
      );
    }
  }
  return { competentAgencyId: competent.id, agencyIds };
}

/**
 * The communes a definition's offering names, each a commune in office (else a 400 naming it):
 * every commune for a province-wide procedure, the picked ones otherwise, none without an offering.
 */
async function offeringCommunesNamed(db: Queryable, def: ProcedureDefinition): Promise<string[]> {
  if (!def.offeredBy) return [];
  const communes = await communesInOffice(db);
  if (def.offeredBy.scope === 'agencies') {
    const inOffice = new Set(communes.map((commune) => commune.code));
    const unknown = def.offeredBy.agencyCodes.find((code) => !inOffice.has(code));
    if (unknown) {
      throw new AppError(400, 'unknown_agency', `Không có xã, phường đang hoạt động mã ${unknown}.`, `No commune in office has the code ${unknown}.`, 'offeredBy.agencyCodes');
    }
  }
  const offering = new Set(offeringAgencyCodes(def, communes.map((commune) => commune.code)));
  return communes.filter((commune) => offering.has(commune.code)).map((commune) => commune.id);
}

/**
 * The agencies that offer a procedure today (cơ quan thực hiện): its competent agency, or the
 * communes in office it is offered by, by name.
 */
export async function offeringAgencies(db: Queryable, def: ProcedureDefinition): Promise<AgencyChoice[]> {
  if (!def.offeredBy) {
    const competent = await findAgencyByCode(db, def.competentAgencyCode);
    return competent ? [{ id: competent.id, code: competent.code, name: competent.name }] : [];
  }
  const communes = await communesInOffice(db);
  const offering = new Set(offeringAgencyCodes(def, communes.map((commune) => commune.code)));
  return communes.filter((commune) => offering.has(commune.code));
}

/**
 * The agencies a definition names: the procedure's competent agency, those of its steps and the
 * communes that offer it (a procedure offered by every commune is the province's to change).
 */
async function agenciesNamedBy(db: Queryable, def: ProcedureDefinition): Promise<string[]> {
  const codes = new Set([def.competentAgencyCode, ...def.process.map((step) => (step.agency.kind === 'competent' ? def.competentAgencyCode : step.agency.agencyCode))]);
  const agencies = await Promise.all([...codes].map((code) => findAgencyByCode(db, code)));
  const communes = def.offeredBy ? (await offeringAgencies(db, def)).map((commune) => commune.id) : [];
  return [...agencies.flatMap((agency) => (agency ? [agency.id] : [])), ...communes];
}

/**
 * Throws 403 unless the officer administers every agency the procedure names: a procedure
 * belongs to all the agencies that work on it, so an administrator of one of them cannot change
 * what another one does (its approval step, the result it signs).
 */
export async function assertAdministersProcedure(db: Queryable, officer: AuthenticatedOfficer, row: repo.ProcedureVersionRow): Promise<void> {
  await assertAdministersEvery(db, officer, await agenciesNamedBy(db, row.definition));
}

/** Both sides of an edit: the agencies the procedure names now and those the new definition names. */
async function assertAdministersEdit(tx: Queryable, officer: AuthenticatedOfficer, agencyIds: string[], latest: repo.ProcedureVersionRow | undefined): Promise<void> {
  await assertAdministersEvery(tx, officer, [...agencyIds, ...(latest ? await agenciesNamedBy(tx, latest.definition) : [])]);
}

/**
 * Saves the version an administrator is preparing (creating the procedure's first one, or the
 * next): checked as a publication would be, seen by no one else until published.
 */
export async function saveProcedureDraft(db: Database, actor: Actor & { kind: 'officer' }, input: ProcedureDefinition, now: Date) {
  const def = normalised(input);
  const { agencyIds } = await resolveReferences(db, def);
  return db.transaction(async (tx) => {
    const latest = await repo.findLatestVersion(tx, def.code);
    await assertAdministersEdit(tx, actor.officer, agencyIds, latest);
    await repo.saveDraft(tx, def, latest?.version ?? null, actor.officer.id, now);
    await appendAudit(tx, actor, { action: 'procedure.draft.save', entityType: 'procedure', entityId: def.code, details: { baseVersion: latest?.version ?? null } });
    return draftView(tx, (await repo.findDraft(tx, def.code))!, now);
  });
}

async function administeredDraft(db: Queryable, officer: AuthenticatedOfficer, code: string, lock = false): Promise<repo.DraftRow> {
  const draft = await repo.findDraft(db, code, lock);
  if (!draft) throw notFound(DRAFT);
  await assertAdministersEdit(db, officer, await agenciesNamedBy(db, draft.definition), await repo.findLatestVersion(db, code));
  return draft;
}

/**
 * The saved draft as the portal's procedure page will show it; without one, the version published
 * last (the one a new draft starts from, even while it waits for its date), not yet saved.
 */
export async function getProcedureDraft(db: Queryable, officer: AuthenticatedOfficer, code: string, now: Date) {
  if (await repo.findDraft(db, code)) return draftView(db, await administeredDraft(db, officer, code), now);
  const latest = await repo.findLatestVersion(db, code);
  if (!latest) throw notFound(PROCEDURE);
  await assertAdministersProcedure(db, officer, latest);
  return draftView(db, { code, definition: latest.definition, base_version: latest.version, saved_at: null, saved_by: null }, now);
}

export async function discardProcedureDraft(db: Database, actor: Actor & { kind: 'officer' }, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const draft = await administeredDraft(tx, actor.officer, code, true);
    await repo.deleteDraft(tx, code);
    await appendAudit(tx, actor, { action: 'procedure.draft.discard', entityType: 'procedure', entityId: code, details: { baseVersion: draft.base_version } });
  });
}

/**
 * Publishes the draft as the procedure's next version under the decision that announces it. It
 * applies from the start of its effective day in Vietnam (from now, if that is today): until then
 * the version in force stays, for the portal and for every dossier received. Dossiers already
 * received keep the version they were received under.
 */
export async function publishProcedureDraft(db: Database, actor: Actor & { kind: 'officer' }, code: string, input: PublicationInput, now: Date) {
  const publication = { ...input, decidingDocument: input.decidingDocument.normalize('NFC').trim() };
  return db
    .transaction(async (tx) => {
      const draft = await administeredDraft(tx, actor.officer, code, true);
      const latest = await repo.findLatestVersion(tx, code);
      if ((latest?.version ?? null) !== draft.base_version) {
        throw new AppError(
          409,
          'draft_outdated',
          `Phiên bản ${latest?.version} đã được công bố sau khi bản nháp này được lập; hãy mở lại thủ tục và lập bản nháp từ phiên bản đó.`,
          `Version ${latest?.version} was published after this draft was started; reopen the procedure and draft from it.`,
        );
      }
      const problem = checkPublication(publication, vietnamDate(now), latest && { version: latest.version, effectiveOn: vietnamDate(latest.effective_from) })[0];
      if (problem) throw new AppError(400, 'invalid_publication', problem.vi, problem.en, problem.field);
      const { competentAgencyId, agencyIds } = await resolveReferences(tx, draft.definition);
      await assertAdministersEdit(tx, actor.officer, agencyIds, latest);
      const published = await repo.publishVersion(tx, draft.definition, competentAgencyId, actor.officer.id, {
        decidingDocument: publication.decidingDocument,
        decidedOn: publication.decidedOn,
        effectiveFrom: effectiveInstant(publication.effectiveOn, now),
        publishedAt: now,
      });
      await repo.deleteDraft(tx, code);
      await appendAudit(tx, actor, {
        action: 'procedure.publish',
        entityType: 'procedure',
        entityId: code,
        details: { version: published.version, decidingDocument: publication.decidingDocument, decidedOn: publication.decidedOn, effectiveFrom: published.effectiveFrom.toISOString() },
      });
      return published;
    })
    .finally(() => forgetCurrentVersions(db));
}

export async function withdrawProcedure(db: Database, actor: Actor & { kind: 'officer' }, code: string): Promise<void> {
  const latest = await repo.findLatestVersion(db, code);
  if (!latest) throw notFound(PROCEDURE);
  await assertAdministersProcedure(db, actor.officer, latest);
  await db.transaction(async (tx) => {
    if (!(await repo.deactivate(tx, code))) throw notFound(PROCEDURE);
    await appendAudit(tx, actor, { action: 'procedure.withdraw', entityType: 'procedure', entityId: code });
  });
  forgetCurrentVersions(db);
}

export interface TemplateFile {
  name: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** The downloadable template (mẫu đơn, tờ khai) of each component of a version that has one, by component code. */
async function templatesOf(db: Queryable, versionId: string): Promise<Map<string, TemplateFile>> {
  const rows = await repo.listTemplates(db, versionId);
  const files = await describeFiles(db, rows.map((row) => row.file_id));
  const templates = new Map<string, TemplateFile>();
  for (const row of rows) {
    const file = files.get(row.file_id);
    if (file) templates.set(row.component_code, { name: file.name, contentType: file.contentType, size: file.size, uploadedAt: row.uploaded_at.toISOString() });
  }
  return templates;
}

/** What the portal shows of a version: each component with the template an applicant can download, if any. */
async function detailOf(
  db: Queryable,
  def: ProcedureDefinition,
  about: { version: number; effectiveFrom: Date; fieldName: string; competentAgencyName: string; templatesOf: string | undefined },
) {
  const templates = about.templatesOf ? await templatesOf(db, about.templatesOf) : new Map<string, TemplateFile>();
  return {
    ...def,
    components: def.components.map((component) => ({ ...component, templateFile: templates.get(component.code) ?? null })),
    offeringAgencies: await offeringAgencies(db, def),
    version: about.version,
    effectiveFrom: about.effectiveFrom.toISOString(),
    fieldName: about.fieldName,
    competentAgencyName: about.competentAgencyName,
  };
}

const decisionOf = (row: { deciding_document: string | null; decided_on: string | null }) => ({ decidingDocument: row.deciding_document, decidedOn: row.decided_on });

/** The version in force at an instant, with the decision that published it and the version waiting to take over, if any. */
export async function getProcedure(db: Queryable, code: string, at: Date) {
  const rows = await versionsOf(db, code);
  const row = choose(rows, at, versionInForce);
  if (!row) throw notFound(PROCEDURE);
  const upcoming = choose(rows, at, upcomingVersion);
  const detail = await detailOf(db, row.definition, {
    version: row.version,
    effectiveFrom: row.effective_from,
    fieldName: row.field_name,
    competentAgencyName: row.competent_agency_name,
    templatesOf: row.version_id,
  });
  return {
    ...detail,
    ...decisionOf(row),
    upcoming: upcoming ? { version: upcoming.version, effectiveFrom: upcoming.effective_from.toISOString(), ...decisionOf(upcoming) } : null,
    questions: await publishedQuestionsAbout(db, row.procedure_id),
  };
}

/** How many of the latest published questions a procedure's page shows; the questions' page has the rest. */
const QUESTIONS_ON_PROCEDURE_PAGE = 5;

/** The latest questions about a procedure answered and published, as the questions module publishes them (anonymised). */
async function publishedQuestionsAbout(db: Queryable, procedureId: string) {
  const { rows } = await db.query<{ code: string; title: string; answer: string; published_at: Date }>(
    'SELECT code, title, answer, published_at FROM published_questions WHERE procedure_id = $1 ORDER BY published_at DESC, code LIMIT $2',
    [procedureId, QUESTIONS_ON_PROCEDURE_PAGE],
  );
  return rows.map((row) => ({ code: row.code, title: row.title, answer: row.answer, publishedAt: row.published_at.toISOString() }));
}

/**
 * A draft as the portal would show it once published (the blank forms of the components it
 * keeps from the version it was started from included), with who saved it and when (never, for
 * the version a draft would start from).
 */
async function draftView(db: Queryable, draft: repo.DraftRow, now: Date) {
  const def = draft.definition;
  const base = draft.base_version === null ? undefined : await repo.findVersionByNumber(db, def.code, draft.base_version);
  const [agency, field] = await Promise.all([findAgencyByCode(db, def.competentAgencyCode), db.query<{ name: string }>('SELECT name FROM fields WHERE code = $1', [def.fieldCode])]);
  const detail = await detailOf(db, def, {
    version: (draft.base_version ?? 0) + 1,
    effectiveFrom: draft.saved_at ?? now,
    fieldName: field.rows[0]?.name ?? def.fieldCode,
    competentAgencyName: agency?.name ?? def.competentAgencyCode,
    templatesOf: base?.version_id,
  });
  return {
    procedure: { ...detail, decidingDocument: null, decidedOn: null, upcoming: null, questions: [] },
    baseVersion: draft.base_version,
    savedAt: draft.saved_at?.toISOString() ?? null,
    savedBy: draft.saved_by,
  };
}

/** Every published version, newest first, with its decision and whether it is in force, waiting for its date or replaced. */
export async function listProcedureVersions(db: Queryable, code: string, at: Date) {
  const rows = await repo.listVersions(db, code);
  const inForce = versionInForce(rows.map((row) => ({ version: row.version, effectiveFrom: row.effective_from })), at)?.version;
  return rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effective_from.toISOString(),
    publishedAt: row.published_at.toISOString(),
    ...decisionOf(row),
    publishedBy: row.published_by,
    status: row.version === inForce ? ('in_force' as const) : row.effective_from > at ? ('upcoming' as const) : ('replaced' as const),
  }));
}

/** Lower case without diacritics (đ → d): the same folding as the database's search_key(). */
function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * Diacritics-insensitive, typo-tolerant search. A code prefix matches codes. Otherwise each word
 * the catalogue never uses is replaced by its closest catalogue words ("sih" → "sinh"), and names
 * holding every word (the last one as a prefix, for results as you type) are listed shortest
 * first. Only when that finds nothing are names ranked by trigram resemblance to the whole query.
 * Either way a name that resembles the query less than repo.RELEVANCE_THRESHOLD is no answer:
 * nonsense finds nothing rather than whatever shares a word with it.
 */
export async function searchCatalogue(db: Database, filters: repo.SearchFilters) {
  const q = filters.q?.trim() ?? '';
  const words = foldDiacritics(q).match(/[a-z0-9]+/g) ?? [];
  let rows: repo.SummaryRow[];
  if (words.length === 0) {
    rows = await repo.searchProcedures(db, { kind: 'all' }, filters);
  } else if (/^[12]\.[\d.]*$/.test(q)) {
    rows = await repo.searchProcedures(db, { kind: 'code', prefix: q }, filters);
  } else {
    const key = words.join(' ');
    const corrected = correctWords(words, await vocabulary.of(db));
    // A word read as another is a close one (an edit or two); a word the catalogue does not know at
    // all is dropped, and only then is the resemblance of each matching name weighed (the search's
    // costliest part), so that what the words left match must still look like the query.
    const dropped = corrected.length < words.length;
    rows = corrected.length ? await repo.searchProcedures(db, { kind: 'words', tsquery: toTsquery(corrected), resembling: dropped ? key : null }, filters) : [];
    if (rows.length === 0 && filters.offset === 0) {
      rows = await db.transaction(async (tx) => {
        await tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(repo.RELEVANCE_THRESHOLD)]);
        return repo.searchProcedures(tx, { kind: 'similar', key }, filters);
      });
    }
  }
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      code: row.code,
      name: row.name,
      fieldCode: row.field_code,
      fieldName: row.field_name,
      level: row.level,
      competentAgencyCode: row.competent_agency_code,
      competentAgencyName: row.competent_agency_name,
      processingDays: row.processing_days,
      onlineMode: row.online_mode,
      version: row.current_version,
    })),
  };
}

export async function listFields(db: Queryable) {
  const { rows } = await db.query<{ code: string; name: string; name_en: string; procedures: number }>(
    `SELECT f.code, f.name, f.name_en, count(p.id) FILTER (WHERE p.active) AS procedures
       FROM fields f LEFT JOIN procedures p ON p.field_code = f.code GROUP BY f.code ORDER BY f.name`,
  );
  return rows.map((row) => ({ code: row.code, name: row.name, nameEn: row.name_en, procedures: row.procedures }));
}
