import type { Queryable } from '../../db/database.js';

/** What a kiosk offers and a counter serves: a field, a unit's desk, or named procedures, with its ticket prefix. */
export interface QueueService {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  prefix: string;
  fieldCode: string | null;
  unitId: string | null;
  procedureCodes: string[];
  position: number;
  active: boolean;
}

const SERVICE_COLUMNS = `id, code, name, name_en AS "nameEn", prefix, field_code AS "fieldCode", unit_id AS "unitId",
  procedure_codes AS "procedureCodes", position, active`;

/** The centre's services in the order the kiosk shows them; only the active ones unless asked. */
export async function listServices(db: Queryable, agencyId: string, options: { includeInactive?: boolean } = {}): Promise<QueueService[]> {
  const { rows } = await db.query<QueueService>(
    `SELECT ${SERVICE_COLUMNS} FROM queue_services WHERE agency_id = $1 AND (active OR $2) ORDER BY position, code`,
    [agencyId, options.includeInactive ?? false],
  );
  return rows;
}
