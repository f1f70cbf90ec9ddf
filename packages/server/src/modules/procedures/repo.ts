import type { ProcedureDefinition } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { SqlParams } from '../../db/sql-params.js';

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

/** How a query is matched: by code prefix, by every word (the last one as a prefix), or by resemblance. */
export type Match = { kind: 'all' } | { kind: 'code'; prefix: string } | { kind: 'words'; tsquery: string } | { kind: 'similar'; key: string };

function matchCondition(match: Match, p: SqlParams): { where: string; rank: string } {
  switch (match.kind) {
    case 'all':
      return { where: 'true', rank: 'p.name' };
    case 'code':
      return { where: `p.code LIKE ${p.add(`${match.prefix}%`)}`, rank: 'p.code' };
    case 'words':
      // Every word present: the shortest name is the closest to what was typed.
      return { where: `p.search_words @@ to_tsquery('simple', ${p.add(match.tsquery)})`, rank: 'length(p.search_name), p.name' };
    case 'similar': {
      const key = p.add(match.key);
      return { where: `${key} <% p.search_name`, rank: `word_similarity(${key}, p.search_name) DESC, length(p.search_name), p.name` };
    }
  }
}

export async function searchProcedures(db: Queryable, match: Match, filters: SearchFilters): Promise<SummaryRow[]> {
  const p = new SqlParams();
  const { where, rank } = matchCondition(match, p);
  const conditions = ['p.active', where];
  if (filters.fieldCode) conditions.push(`p.field_code = ${p.add(filters.fieldCode)}`);
  if (filters.level) conditions.push(`p.level = ${p.add(filters.level)}`);
  if (filters.agencyId) conditions.push(`p.competent_agency_id = ${p.add(filters.agencyId)}`);
  if (filters.onlineMode) conditions.push(`p.online_mode = ${p.add(filters.onlineMode)}`);
  const { rows } = await db.query<SummaryRow>(
    `SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level, a.code AS competent_agency_code,
            a.name AS competent_agency_name, p.processing_days, p.online_mode, p.current_version,
            count(*) OVER () AS total
       FROM procedures p
       JOIN fields f ON f.code = p.field_code
       JOIN agencies a ON a.id = p.competent_agency_id
      WHERE ${conditions.join(' AND ')}
      ORDER BY ${rank}
      LIMIT ${p.add(filters.limit)} OFFSET ${p.add(filters.offset)}`,
    p.values,
  );
  return rows;
}
