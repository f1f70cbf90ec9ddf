import type { ProcedureDefinition } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { startsWithText } from '../../db/like.js';
import { SqlParams } from '../../db/sql-params.js';

export interface ProcedureVersionRow {
  procedure_id: string;
  version_id: string;
  version: number;
  effective_from: Date;
  deciding_document: string | null;
  decided_on: string | null;
  definition: ProcedureDefinition;
  competent_agency_id: string;
  competent_agency_name: string;
  field_name: string;
}

// A version names its own competent agency and field: a version waiting for its date may change them.
const VERSION_SELECT = `
  SELECT p.id AS procedure_id, v.id AS version_id, v.version, v.effective_from, v.deciding_document,
         to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on, v.definition,
         a.id AS competent_agency_id, a.name AS competent_agency_name, f.name AS field_name
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id
    JOIN agency_directory a ON a.code = v.definition->>'competentAgencyCode'
    JOIN fields f ON f.code = v.definition->>'fieldCode'`;

/** Every published version of an active procedure, newest first: which one is in force is decided by the caller's clock. */
export async function listActiveVersions(db: Queryable, code: string): Promise<ProcedureVersionRow[]> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE p.code = $1 AND p.active ORDER BY v.version DESC`, [code]);
  return rows;
}

/** The version published last, whether in force, waiting for its date or withdrawn. */
export async function findLatestVersion(db: Queryable, code: string): Promise<ProcedureVersionRow | undefined> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE p.code = $1 AND v.version = p.current_version`, [code]);
  return rows[0];
}

export async function findVersionByNumber(db: Queryable, code: string, version: number): Promise<ProcedureVersionRow | undefined> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE p.code = $1 AND v.version = $2`, [code, version]);
  return rows[0];
}

export async function findVersionById(db: Queryable, versionId: string): Promise<ProcedureVersionRow | undefined> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE v.id = $1`, [versionId]);
  return rows[0];
}

export interface VersionHistoryRow {
  version: number;
  effective_from: Date;
  published_at: Date;
  deciding_document: string | null;
  decided_on: string | null;
  published_by: string | null;
}

export async function listVersions(db: Queryable, code: string): Promise<VersionHistoryRow[]> {
  const { rows } = await db.query<VersionHistoryRow>(
    `SELECT v.version, v.effective_from, v.published_at, v.deciding_document, to_char(v.decided_on, 'YYYY-MM-DD') AS decided_on,
            o.full_name AS published_by
       FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id LEFT JOIN officer_directory o ON o.id = v.published_by
      WHERE p.code = $1 ORDER BY v.version DESC`,
    [code],
  );
  return rows;
}

/**
 * The decision publishing a version and the instant it takes effect. Without one (fixtures and
 * benches, whose clocks may run anywhere) the version counts as in force since FIXTURE_EFFECTIVE_FROM.
 */
const FIXTURE_EFFECTIVE_FROM = '2000-01-01T00:00:00+07:00';

export interface Publication {
  decidingDocument: string;
  decidedOn: string;
  effectiveFrom: Date;
  publishedAt: Date;
}

/**
 * Creates the procedure or publishes the next version of it. The header (what the search and the
 * other modules read) follows the new version when it applies at once; one waiting for its date
 * leaves the header to the version in force.
 */
export async function publishVersion(
  tx: Queryable,
  def: ProcedureDefinition,
  competentAgencyId: string,
  publishedBy: string | null,
  publication?: Publication,
): Promise<{ procedureId: string; version: number; versionId: string; effectiveFrom: Date }> {
  const header = await tx.query<{ id: string; current_version: number }>(
    `INSERT INTO procedures (code, name, field_code, level, competent_agency_id, processing_days, online_mode, current_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
     ON CONFLICT (code) DO UPDATE SET
       name = CASE WHEN $8 THEN excluded.name ELSE procedures.name END,
       field_code = CASE WHEN $8 THEN excluded.field_code ELSE procedures.field_code END,
       level = CASE WHEN $8 THEN excluded.level ELSE procedures.level END,
       competent_agency_id = CASE WHEN $8 THEN excluded.competent_agency_id ELSE procedures.competent_agency_id END,
       processing_days = CASE WHEN $8 THEN excluded.processing_days ELSE procedures.processing_days END,
       online_mode = CASE WHEN $8 THEN excluded.online_mode ELSE procedures.online_mode END,
       current_version = procedures.current_version + 1, active = true, updated_at = now()
     RETURNING id, current_version`,
    [def.code, def.name, def.fieldCode, def.level, competentAgencyId, def.processingDays, def.onlineMode, !publication || publication.effectiveFrom <= publication.publishedAt],
  );
  const { id, current_version } = header.rows[0]!;
  const version = await tx.query<{ id: string; effective_from: Date }>(
    `INSERT INTO procedure_versions (procedure_id, version, definition, published_by, deciding_document, decided_on, effective_from, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, coalesce($7, $9::timestamptz), coalesce($8, now())) RETURNING id, effective_from`,
    [
      id,
      current_version,
      JSON.stringify(def),
      publishedBy,
      publication?.decidingDocument ?? null,
      publication?.decidedOn ?? null,
      publication?.effectiveFrom ?? null,
      publication?.publishedAt ?? null,
      FIXTURE_EFFECTIVE_FROM,
    ],
  );
  const versionId = version.rows[0]!.id;
  // The blank forms of the components the new version keeps stay downloadable.
  await tx.query(
    `INSERT INTO component_templates (procedure_version_id, component_code, file_id, uploaded_by, uploaded_at)
     SELECT $1, t.component_code, t.file_id, t.uploaded_by, t.uploaded_at
       FROM component_templates t JOIN procedure_versions v ON v.id = t.procedure_version_id
      WHERE v.procedure_id = $2 AND v.version = $3 AND t.component_code = ANY($4::text[])`,
    [versionId, id, current_version - 1, def.components.map((component) => component.code)],
  );
  return { procedureId: id, version: current_version, versionId, effectiveFrom: version.rows[0]!.effective_from };
}

export interface DraftRow {
  code: string;
  definition: ProcedureDefinition;
  base_version: number | null;
  saved_at: Date | null;
  saved_by: string | null;
}

const DRAFT_SELECT = `
  SELECT d.code, d.definition, d.base_version, d.saved_at, o.full_name AS saved_by
    FROM procedure_drafts d LEFT JOIN officer_directory o ON o.id = d.saved_by`;

/**
 * Brings each procedure's header (what the search and the lists read) to the version in force at
 * `now`: a version published for a later date takes over the header once that date has come, with
 * no one publishing again. The version in force is the highest one already effective (core's
 * versionInForce). Returns how many headers changed; safe on several instances at once.
 */
export async function applyVersionsInForce(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE procedures p
        SET name = v.definition->>'name', field_code = v.definition->>'fieldCode', level = v.definition->>'level',
            processing_days = (v.definition->>'processingDays')::numeric, online_mode = v.definition->>'onlineMode', updated_at = $1
       FROM (SELECT DISTINCT ON (procedure_id) procedure_id, definition FROM procedure_versions
              WHERE effective_from <= $1 ORDER BY procedure_id, version DESC) v
      WHERE v.procedure_id = p.id
        AND (p.name, p.field_code, p.level, p.processing_days, p.online_mode) IS DISTINCT FROM
            (v.definition->>'name', v.definition->>'fieldCode', v.definition->>'level', (v.definition->>'processingDays')::numeric, v.definition->>'onlineMode')`,
    [now],
  );
  return rowCount;
}

export async function findDraft(db: Queryable, code: string, lock = false): Promise<DraftRow | undefined> {
  const { rows } = await db.query<DraftRow>(`${DRAFT_SELECT} WHERE d.code = $1${lock ? ' FOR UPDATE OF d' : ''}`, [code]);
  return rows[0];
}

export async function saveDraft(tx: Queryable, def: ProcedureDefinition, baseVersion: number | null, savedBy: string, savedAt: Date): Promise<void> {
  await tx.query(
    `INSERT INTO procedure_drafts (code, definition, base_version, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO UPDATE SET definition = excluded.definition, base_version = excluded.base_version,
       saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
    [def.code, JSON.stringify(def), baseVersion, savedBy, savedAt],
  );
}

export async function deleteDraft(tx: Queryable, code: string): Promise<boolean> {
  return (await tx.query('DELETE FROM procedure_drafts WHERE code = $1', [code])).rowCount > 0;
}

export async function deactivate(tx: Queryable, code: string): Promise<boolean> {
  return (await tx.query('UPDATE procedures SET active = false, updated_at = now() WHERE code = $1 AND active', [code])).rowCount > 0;
}

export interface SearchFilters {
  q?: string | undefined;
  fieldCode?: string | undefined;
  level?: string | undefined;
  agencyId?: string | undefined;
  onlineMode?: string | undefined;
  limit: number;
  offset: number;
}

export interface SummaryRow {
  code: string;
  name: string;
  field_code: string;
  field_name: string;
  level: ProcedureDefinition['level'];
  competent_agency_code: string;
  competent_agency_name: string;
  processing_days: number;
  online_mode: ProcedureDefinition['onlineMode'];
  current_version: number;
  total: number;
}

/**
 * How much of a query a name must hold to be an answer at all: pg_trgm's word similarity of the
 * query's search key (no diacritics) to the name's, the share of the query's trigrams found in the
 * closest stretch of the name. Low enough for typos and partial words ("khai sih" 0.78, "dang ky
 * ket hn" 0.86), high enough that a query whose words mostly match nothing finds nothing
 * ("xyzabc khong co" 0.38 to the closest name).
 */
export const RELEVANCE_THRESHOLD = 0.5;

/**
 * How a query is matched: by code prefix, by every word (the last one as a prefix), in a name that
 * also resembles the whole query (`resembling`) when some of its words were left out, or by
 * resemblance alone.
 */
export type Match = { kind: 'all' } | { kind: 'code'; prefix: string } | { kind: 'words'; tsquery: string; resembling: string | null } | { kind: 'similar'; key: string };

function matchCondition(match: Match, p: SqlParams): { where: string; rank: string } {
  switch (match.kind) {
    case 'all':
      return { where: 'true', rank: 'p.name' };
    case 'code':
      return { where: startsWithText('p.code', p.add(match.prefix)), rank: 'p.code' };
    case 'words': {
      // Every word present: the shortest name is the closest to what was typed. The words the
      // catalogue does not know were left out of the tsquery; the resemblance still counts them.
      const words = `p.search_words @@ to_tsquery('simple', ${p.add(match.tsquery)})`;
      const where = match.resembling === null ? words : `${words} AND word_similarity(${p.add(match.resembling)}, p.search_name) >= ${RELEVANCE_THRESHOLD}`;
      return { where, rank: 'length(p.search_name), p.name' };
    }
    case 'similar': {
      const key = p.add(match.key);
      return { where: `${key} <% p.search_name`, rank: `word_similarity(${key}, p.search_name) DESC, length(p.search_name), p.name` };
    }
  }
}

/**
 * A page of the catalogue, best match first, with how many match in all. Unlike the dossier lists
 * (keyset pages, no totals), this one keeps OFFSET and the total: it is ranked by relevance
 * (similarity, name length), which gives no stable key to continue after; the catalogue is bounded
 * and grows slowly (a few thousand active procedures nationally; 16.5 ms p95 on 10,000 in the
 * bench), so the count and the rows an offset skips stay few, unlike dossiers, which pile up every
 * day; and a citizen choosing a procedure wants to see how many matched.
 */
export async function searchProcedures(db: Queryable, match: Match, filters: SearchFilters): Promise<SummaryRow[]> {
  const p = new SqlParams();
  const { where, rank } = matchCondition(match, p);
  const conditions = ['p.active', where];
  if (filters.fieldCode) conditions.push(`p.field_code = ${p.add(filters.fieldCode)}`);
  if (filters.level) conditions.push(`p.level = ${p.add(filters.level)}`);
  // The agency decides the procedure, or is one of the communes it is offered by (db/functions/procedures.sql).
  if (filters.agencyId) conditions.push(`EXISTS (SELECT 1 FROM procedure_offerings o WHERE o.procedure_id = p.id AND o.agency_id = ${p.add(filters.agencyId)}::uuid)`);
  if (filters.onlineMode) conditions.push(`p.online_mode = ${p.add(filters.onlineMode)}`);
  const { rows } = await db.query<SummaryRow>(
    `SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level, a.code AS competent_agency_code,
            a.name AS competent_agency_name, p.processing_days, p.online_mode, p.current_version,
            count(*) OVER () AS total
       FROM procedures p
       JOIN fields f ON f.code = p.field_code
       JOIN agency_directory a ON a.id = p.competent_agency_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${rank}
      LIMIT ${p.add(filters.limit)} OFFSET ${p.add(filters.offset)}`,
    p.values,
  );
  return rows;
}

export interface TemplateRow {
  component_code: string;
  file_id: string;
  uploaded_at: Date;
}

export async function listTemplates(db: Queryable, versionId: string): Promise<TemplateRow[]> {
  const { rows } = await db.query<TemplateRow>('SELECT component_code, file_id, uploaded_at FROM component_templates WHERE procedure_version_id = $1', [versionId]);
  return rows;
}

export async function findTemplate(db: Queryable, versionId: string, componentCode: string): Promise<TemplateRow | undefined> {
  const { rows } = await db.query<TemplateRow>(
    'SELECT component_code, file_id, uploaded_at FROM component_templates WHERE procedure_version_id = $1 AND component_code = $2',
    [versionId, componentCode],
  );
  return rows[0];
}

/** Sets (or replaces) a component's template. */
export async function putTemplate(tx: Queryable, versionId: string, componentCode: string, fileId: string, uploadedBy: string): Promise<TemplateRow> {
  const { rows } = await tx.query<TemplateRow>(
    `INSERT INTO component_templates (procedure_version_id, component_code, file_id, uploaded_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (procedure_version_id, component_code)
       DO UPDATE SET file_id = excluded.file_id, uploaded_by = excluded.uploaded_by, uploaded_at = now()
     RETURNING component_code, file_id, uploaded_at`,
    [versionId, componentCode, fileId, uploadedBy],
  );
  return rows[0]!;
}

export async function deleteTemplate(tx: Queryable, versionId: string, componentCode: string): Promise<boolean> {
  return (await tx.query('DELETE FROM component_templates WHERE procedure_version_id = $1 AND component_code = $2', [versionId, componentCode])).rowCount > 0;
}
