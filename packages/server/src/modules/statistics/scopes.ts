import type { Channel } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import type { StatisticsScope } from './figures.js';

/** An agency found by its code, with the ids of its subtree (itself and every agency below it). */
export interface AgencySubtree {
  id: string;
  code: string;
  name: string;
  ids: string[];
}

const SUBTREE = `WITH RECURSIVE below AS (
       SELECT a.id FROM agency_directory a WHERE a.%KEY% = $1
       UNION ALL
       SELECT a.id FROM agency_directory a JOIN below b ON a.parent_id = b.id)
     SELECT a.id, a.code, a.name, (SELECT array_agg(below.id::text) FROM below) AS ids FROM agency_directory a WHERE a.%KEY% = $1`;

export async function subtreeOf(db: Queryable, agency: { code: string } | { id: string }): Promise<AgencySubtree | null> {
  const key = 'code' in agency ? 'code' : 'id';
  const { rows } = await db.query<AgencySubtree>(SUBTREE.replaceAll('%KEY%', key), ['code' in agency ? agency.code : agency.id]);
  return rows[0] ?? null;
}

export interface ScopeQuery {
  agency?: string | undefined;
  field?: string | undefined;
  procedure?: string | undefined;
  channel?: Channel | undefined;
}

const FIELD = { vi: 'lĩnh vực', en: 'Field' };
const PROCEDURE = { vi: 'thủ tục', en: 'Procedure' };
const AGENCY = { vi: 'cơ quan', en: 'Agency' };

/** The scope a request names by codes; 404 naming what does not exist. */
export async function scopeAsked(db: Queryable, query: ScopeQuery): Promise<{ scope: StatisticsScope; agency: AgencySubtree | null }> {
  const agency = query.agency ? await subtreeOf(db, { code: query.agency }) : null;
  if (query.agency && !agency) throw notFound(AGENCY);
  const scope: StatisticsScope = { agencyIds: agency?.ids, channel: query.channel };
  if (query.procedure) {
    const { rows } = await db.query<{ id: string }>('SELECT id FROM procedure_catalogue WHERE code = $1', [query.procedure]);
    if (rows.length === 0) throw notFound(PROCEDURE);
    scope.procedureIds = rows.map((row) => row.id);
  }
  if (query.field) {
    const known = await db.query('SELECT 1 FROM field_catalogue WHERE code = $1', [query.field]);
    if (known.rows.length === 0) throw notFound(FIELD);
    const { rows } = await db.query<{ id: string }>('SELECT id FROM procedure_catalogue WHERE field_code = $1', [query.field]);
    const inField = rows.map((row) => row.id);
    scope.procedureIds = scope.procedureIds ? scope.procedureIds.filter((id) => inField.includes(id)) : inField;
  }
  return { scope, agency };
}
