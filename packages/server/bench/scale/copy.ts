import type { Queryable } from '../../src/db/database.js';

/**
 * The statements that copy a batch of template dossiers with everything hanging off them (steps,
 * events, notices), written from the live schema rather than from a column list: a column added
 * by a later migration is copied too, and follows the same rules —
 *
 * - every timestamp moves by the copy's shift (whole weeks, so working hours stay working hours);
 * - the template's demo commune becomes the copy's commune, its units and officers their
 *   counterparts there (tables scale_unit_map and scale_officer_map, made with the communes);
 * - references to the dossier point at the copy; identities and defaults are drawn afresh;
 * - a few columns of the dossier itself (code, lookup code, applicant, register line) come from
 *   the batch, where the seeder numbered and invented them.
 */

interface Column {
  name: string;
  type: string;
  /** The table a foreign key on this column points at. */
  references: string | null;
  /** Filled by the database (identity, generated, or a default the copy should draw anew). */
  drawn: boolean;
}

async function columnsOf(db: Queryable, table: string): Promise<Column[]> {
  const { rows } = await db.query<{ name: string; type: string; references: string | null; drawn: boolean }>(
    `SELECT c.column_name AS name, c.data_type AS type,
            (SELECT ft.relname::text
               FROM pg_constraint k JOIN pg_class ft ON ft.oid = k.confrelid JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
              WHERE k.contype = 'f' AND k.conrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                AND cardinality(k.conkey) = 1 AND a.attname = c.column_name LIMIT 1) AS "references",
            (c.is_identity = 'YES' OR c.is_generated = 'ALWAYS' OR (c.column_name = 'id' AND c.column_default IS NOT NULL)) AS drawn
       FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.table_name = $1
      ORDER BY c.ordinal_position`,
    [table],
  );
  return rows;
}

const agencyOf = (expression: string) => `CASE WHEN ${expression} = b.from_agency THEN b.to_agency ELSE ${expression} END`;
const mapped = (map: string, expression: string) =>
  `coalesce((SELECT m.to_id FROM ${map} m WHERE m.from_id = ${expression} AND m.agency_id = b.to_agency), ${expression})`;

// Facts recorded by name (the process-control record names agencies and officers without keys).
const OFFICER_COLUMN = /(^|_)(officer_id|assignee_id)$|_by$/;
const AGENCY_COLUMN = /(^|_)agency_id$/;

/** How one column of a copied row is computed from the template row `t` and its batch order `b`. */
function expressionFor(column: Column, own: Readonly<Record<string, string>>): string {
  const value = `t.${column.name}`;
  if (own[column.name]) return own[column.name]!;
  if (column.references === 'dossiers') return 'b.new_id';
  if (column.references === 'agencies' || (column.type === 'uuid' && AGENCY_COLUMN.test(column.name))) return agencyOf(value);
  if (column.references === 'units') return mapped('scale_unit_map', value);
  if (column.references === 'officers' || (column.type === 'uuid' && OFFICER_COLUMN.test(column.name))) return mapped('scale_officer_map', value);
  if (column.type === 'timestamp with time zone') return `${value} + b.shift`;
  if (column.type === 'jsonb') return `scale_shift_instants(${value}, b.shift)`;
  return value;
}

/**
 * `INSERT … SELECT` copying the rows of `table` that belong to the batch's templates (joined by
 * `join`), in the templates' order so that identities (visits, event ids) keep their sequence.
 */
export async function copyStatement(db: Queryable, table: string, join: string, order: string, own: Record<string, string> = {}): Promise<string> {
  const columns = (await columnsOf(db, table)).filter((column) => own[column.name] || !column.drawn);
  return `INSERT INTO ${table} (${columns.map((column) => column.name).join(', ')})
          SELECT ${columns.map((column) => expressionFor(column, own)).join(', ')}
            FROM scale_batch b JOIN ${table} t ON ${join}
           ORDER BY b.ord, ${order}`;
}

/**
 * Moves the instants written inside a JSON document (an extension's old and new due dates) by the
 * copy's shift; documents without one are returned as they are without being taken apart.
 */
export const SHIFT_INSTANTS_FUNCTION = `
CREATE OR REPLACE FUNCTION scale_shift_instants(document jsonb, shift interval) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN document::text !~ '"\\d{4}-\\d\\d-\\d\\dT' THEN document
              WHEN jsonb_typeof(document) <> 'object' THEN document
              ELSE (SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = 'string' AND value #>> '{}' ~ '^\\d{4}-\\d\\d-\\d\\dT'
                                                      THEN to_jsonb(to_char(((value #>> '{}')::timestamptz + shift) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                                                      ELSE value END)
                      FROM jsonb_each(document))
         END
$$`;
