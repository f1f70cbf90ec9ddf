import type { Queryable } from '../../db/database.js';

/** An agency found by its code, with the ids of its subtree (itself and every agency below it). */
export interface AgencySubtree {
  id: string;
  code: string;
  name: string;
  ids: string[];
}

export async function subtreeOf(db: Queryable, agencyCode: string): Promise<AgencySubtree | null> {
  const { rows } = await db.query<AgencySubtree>(
    `WITH RECURSIVE below AS (
       SELECT a.id FROM agency_directory a WHERE a.code = $1
       UNION ALL
       SELECT a.id FROM agency_directory a JOIN below b ON a.parent_id = b.id)
     SELECT a.id, a.code, a.name, (SELECT array_agg(below.id::text) FROM below) AS ids FROM agency_directory a WHERE a.code = $1`,
    [agencyCode],
  );
  return rows[0] ?? null;
}
