import type { Queryable } from '../../db/database.js';
import { officersForStep } from '../officers/index.js';

/** The roles a document is routed among: the clerk, the leaders, unit heads and specialists. */
const DOCUMENT_ROLES = ['document_clerk', 'agency_leader', 'unit_head', 'specialist'] as const;

/**
 * Who a document can be assigned, passed down or a work record given to at an agency: its units,
 * and its active officers with each role they hold there (one line per officer and role). The
 * forms of the back office offer these; the services check each choice again when it is made.
 */
export async function documentStaff(db: Queryable, agencyId: string) {
  const { rows: units } = await db.query<{ id: string; code: string; name: string }>('SELECT id, code, name FROM unit_directory WHERE agency_id = $1 ORDER BY code', [agencyId]);
  const officers = [];
  for (const role of DOCUMENT_ROLES) {
    for (const officer of await officersForStep(db, { role, agencyId, unitId: null })) officers.push({ ...officer, role });
  }
  return { units, officers };
}
