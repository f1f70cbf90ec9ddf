import { type ProcedureDefinition, checkProcedureDefinition } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertAdministersEvery, findAgencyByCode, findUnit } from '../agencies/index.js';
import { describeFiles } from '../files/index.js';
import { TtlCache } from '../../platform/ttl-cache.js';
import * as repo from './repo.js';
import { correctWords, toTsquery } from './spelling.js';
import { createVocabulary } from './vocabulary.js';

export type { ProcedureVersionRow } from './repo.js';
export { findVersionById } from './repo.js';

// The version new dossiers follow, remembered per database (tests run several side by side).
// Publishing here forgets it at once; other instances follow within ten seconds.
const currentVersions = new WeakMap<Queryable, TtlCache<string, repo.ProcedureVersionRow | undefined>>();

export function findCurrentVersion(db: Queryable, code: string): Promise<repo.ProcedureVersionRow | undefined> {
  let cache = currentVersions.get(db);
  if (!cache) {
    cache = new TtlCache(10_000, (row) => row !== undefined);
    currentVersions.set(db, cache);
  }
  return cache.get(code, () => repo.findCurrentVersion(db, code));
}

function forgetCurrentVersions(db: Queryable): void {
  currentVersions.get(db)?.clear();
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
  const agencyIds = [competent.id];
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

/** The agencies a published version names: the procedure's competent agency and those of its steps. */
async function agenciesNamedBy(db: Queryable, row: repo.ProcedureVersionRow): Promise<string[]> {
  const stepAgencies = await Promise.all(
    row.definition.process.map((step) => (step.agency.kind === 'competent' ? row.competent_agency_id : findAgencyByCode(db, step.agency.agencyCode).then((agency) => agency?.id))),
  );
  return [row.competent_agency_id, ...stepAgencies.filter((id): id is string => id !== undefined)];
}

/**
 * Throws 403 unless the officer administers every agency the procedure names: a procedure
 * belongs to all the agencies that work on it, so an administrator of one of them cannot change
 * what another one does (its approval step, the result it signs).
 */
export async function assertAdministersProcedure(db: Queryable, officer: AuthenticatedOfficer, row: repo.ProcedureVersionRow): Promise<void> {
  await assertAdministersEvery(db, officer, await agenciesNamedBy(db, row));
}

/**
 * Creates a procedure, or publishes a new version of an existing one. Dossiers already running
 * keep the version they were received under.
 */
export async function publishProcedure(db: Database, actor: Actor & { kind: 'officer' }, input: ProcedureDefinition, expectExisting: boolean) {
  const def = normalised(input);
  const { competentAgencyId, agencyIds } = await resolveReferences(db, def);
  return db.transaction(async (tx) => {
    const existing = await tx.query('SELECT 1 FROM procedures WHERE code = $1 FOR UPDATE', [def.code]);
    if (expectExisting && existing.rowCount === 0) throw notFound(PROCEDURE);
    if (!expectExisting && existing.rowCount > 0) {
      throw new AppError(409, 'procedure_exists', `Thủ tục mã ${def.code} đã có; hãy sửa để tạo phiên bản mới.`, `Procedure ${def.code} exists; update it to publish a new version.`, 'code');
    }
    // Both sides of the edit: the agencies the procedure names now and those it is to name.
    const latest = await repo.findLatestVersion(tx, def.code);
    await assertAdministersEvery(tx, actor.officer, [...agencyIds, ...(latest ? await agenciesNamedBy(tx, latest) : [])]);
    const published = await repo.publishVersion(tx, def, competentAgencyId, actor.officer.id);
    await appendAudit(tx, actor, { action: 'procedure.publish', entityType: 'procedure', entityId: def.code, details: { version: published.version } });
    return published;
  }).finally(() => forgetCurrentVersions(db));
}

export async function withdrawProcedure(db: Database, actor: Actor & { kind: 'officer' }, code: string): Promise<void> {
  const current = await repo.findCurrentVersion(db, code);
  if (!current) throw notFound(PROCEDURE);
  await assertAdministersProcedure(db, actor.officer, current);
  await db.transaction(async (tx) => {
    await repo.deactivate(tx, code);
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

/** The version in force, each component with the template an applicant can download, if any. */
export async function getProcedure(db: Queryable, code: string) {
  const row = await repo.findCurrentVersion(db, code);
  if (!row) throw notFound(PROCEDURE);
  const templates = await templatesOf(db, row.version_id);
  return {
    ...row.definition,
    components: row.definition.components.map((component) => ({ ...component, templateFile: templates.get(component.code) ?? null })),
    version: row.version,
    effectiveFrom: row.effective_from.toISOString(),
    fieldName: row.field_name,
    competentAgencyName: row.competent_agency_name,
  };
}

export const listProcedureVersions = repo.listVersions;

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
    rows = corrected.length ? await repo.searchProcedures(db, { kind: 'words', tsquery: toTsquery(corrected), key }, filters) : [];
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
