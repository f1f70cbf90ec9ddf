import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';

/** A centre: an agency with a one-stop section, named in URLs by the agency's code. */
export interface Centre {
  agencyId: string;
  agencyCode: string;
  name: string;
  address: string;
}

const CENTRE_COLUMNS = `a.id AS "agencyId", a.code AS "agencyCode", a.name, a.address`;
const HAS_ONE_STOP_UNIT = `EXISTS (SELECT 1 FROM unit_directory u WHERE u.agency_id = a.id AND u.kind = 'one_stop')`;

/** The centre of that agency code, or undefined when no agency with a one-stop section has it. */
export async function findCentre(db: Queryable, agencyCode: string): Promise<Centre | undefined> {
  const { rows } = await db.query<Centre>(`SELECT ${CENTRE_COLUMNS} FROM agency_directory a WHERE a.code = $1 AND ${HAS_ONE_STOP_UNIT}`, [agencyCode]);
  return rows[0];
}

/** The centre of that agency code; 404 with a clear message otherwise. */
export async function requireCentre(db: Queryable, agencyCode: string): Promise<Centre> {
  const centre = await findCentre(db, agencyCode);
  if (!centre) {
    throw new AppError(
      404,
      'centre_not_found',
      `Không có trung tâm (cơ quan có bộ phận một cửa) với mã ${agencyCode}.`,
      `There is no centre (agency with a one-stop section) with code ${agencyCode}.`,
      'agencyCode',
    );
  }
  return centre;
}

/** Centres that offer at least one active service: those a citizen can queue or book at, by name. */
export async function listOpenCentres(db: Queryable): Promise<Centre[]> {
  const { rows } = await db.query<Centre>(
    `SELECT ${CENTRE_COLUMNS} FROM agency_directory a
      WHERE a.abolished_on IS NULL AND ${HAS_ONE_STOP_UNIT}
        AND EXISTS (SELECT 1 FROM queue_services s WHERE s.agency_id = a.id AND s.active)
      ORDER BY a.name, a.code`,
  );
  return rows;
}
