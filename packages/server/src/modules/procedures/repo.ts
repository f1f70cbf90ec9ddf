import type { ProcedureDefinition } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

export interface ProcedureVersionRow {
  procedure_id: string;
  version_id: string;
  version: number;
  effective_from: Date;
  definition: ProcedureDefinition;
  competent_agency_id: string;
  competent_agency_name: string;
  field_name: string;
}

const VERSION_SELECT = `
  SELECT p.id AS procedure_id, v.id AS version_id, v.version, v.effective_from, v.definition,
         p.competent_agency_id, a.name AS competent_agency_name, f.name AS field_name
    FROM procedures p
    JOIN procedure_versions v ON v.procedure_id = p.id
    JOIN agencies a ON a.id = p.competent_agency_id
    JOIN fields f ON f.code = p.field_code`;

export async function findCurrentVersion(db: Queryable, code: string): Promise<ProcedureVersionRow | undefined> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE p.code = $1 AND p.active AND v.version = p.current_version`, [code]);
  return rows[0];
}

export async function findVersionById(db: Queryable, versionId: string): Promise<ProcedureVersionRow | undefined> {
  const { rows } = await db.query<ProcedureVersionRow>(`${VERSION_SELECT} WHERE v.id = $1`, [versionId]);
  return rows[0];
}

export async function listVersions(db: Queryable, code: string): Promise<Array<{ version: number; effective_from: Date; published_by: string | null }>> {
  const { rows } = await db.query<{ version: number; effective_from: Date; published_by: string | null }>(
    `SELECT v.version, v.effective_from, o.full_name AS published_by
       FROM procedure_versions v JOIN procedures p ON p.id = v.procedure_id LEFT JOIN officers o ON o.id = v.published_by
      WHERE p.code = $1 ORDER BY v.version DESC`,
    [code],
  );
  return rows;
}

/** Creates the procedure or publishes the next version of it; the header always mirrors the newest version. */
export async function publishVersion(
  tx: Queryable,
  def: ProcedureDefinition,
  competentAgencyId: string,
  publishedBy: string | null,
): Promise<{ procedureId: string; version: number; versionId: string }> {
  const header = await tx.query<{ id: string; current_version: number }>(
    `INSERT INTO procedures (code, name, field_code, level, competent_agency_id, processing_days, online_mode, current_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)
     ON CONFLICT (code) DO UPDATE SET
       name = excluded.name, field_code = excluded.field_code, level = excluded.level,
       competent_agency_id = excluded.competent_agency_id, processing_days = excluded.processing_days,
       online_mode = excluded.online_mode, current_version = procedures.current_version + 1,
       active = true, updated_at = now()
     RETURNING id, current_version`,
    [def.code, def.name, def.fieldCode, def.level, competentAgencyId, def.processingDays, def.onlineMode],
  );
  const { id, current_version } = header.rows[0]!;
  const version = await tx.query<{ id: string }>(
    'INSERT INTO procedure_versions (procedure_id, version, definition, published_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [id, current_version, JSON.stringify(def), publishedBy],
  );
  return { procedureId: id, version: current_version, versionId: version.rows[0]!.id };
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
  level: string;
  competent_agency_code: string;
  competent_agency_name: string;
  processing_days: number;
  online_mode: string;
  current_version: number;
  total: number;
}

/**
 * Diacritics-insensitive, typo-tolerant search: a procedure matches when the query's trigrams
 * appear in its name (word similarity, served by the GIN trigram index) or the query is a prefix
 * of its code. An exact code comes first, then names closest to the whole query.
 */
export async function searchProcedures(db: Queryable, filters: SearchFilters): Promise<SummaryRow[]> {
  const q = filters.q?.trim() || null;
  const { rows } = await db.query<SummaryRow>(
    `WITH query AS (SELECT search_key($1::text) AS key)
     SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level, a.code AS competent_agency_code,
            a.name AS competent_agency_name, p.processing_days, p.online_mode, p.current_version,
            count(*) OVER () AS total
       FROM procedures p
       JOIN fields f ON f.code = p.field_code
       JOIN agencies a ON a.id = p.competent_agency_id, query
      WHERE p.active
        AND ($1::text IS NULL OR query.key <% p.search_name OR p.code LIKE $1 || '%')
        AND ($2::text IS NULL OR p.field_code = $2)
        AND ($3::text IS NULL OR p.level = $3)
        AND ($4::uuid IS NULL OR p.competent_agency_id = $4)
        AND ($5::text IS NULL OR p.online_mode = $5)
      ORDER BY (p.code = $1) DESC,
               CASE WHEN $1::text IS NULL THEN 0 ELSE word_similarity(query.key, p.search_name) END DESC,
               CASE WHEN $1::text IS NULL THEN 0 ELSE similarity(query.key, p.search_name) END DESC,
               p.name
      LIMIT $6 OFFSET $7`,
    [q, filters.fieldCode ?? null, filters.level ?? null, filters.agencyId ?? null, filters.onlineMode ?? null, filters.limit, filters.offset],
  );
  return rows;
}
