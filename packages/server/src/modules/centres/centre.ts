import type { Queryable } from '../../db/database.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { AppError } from '../../platform/errors.js';
import { authorize, may } from '../../platform/rule-book.js';
import { lineage } from '../agencies/index.js';

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

/** The centre, once the officer is found to administer it (or an agency above it): its configuration is theirs. */
export async function requireConfigurableCentre(db: Queryable, officer: AuthenticatedOfficer, agencyCode: string): Promise<Centre> {
  const centre = await requireCentre(db, agencyCode);
  authorize(officer, 'administer-agencies', [await lineage(db, centre.agencyId)]);
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

/** A centre an officer works at or administers, with what they may do there. */
export interface OfficerCentre {
  agencyCode: string;
  name: string;
  mayServe: boolean;
  mayManage: boolean;
  mayConfigure: boolean;
}

/** The centres where the officer serves at a counter, manages, or configures, by name. */
export async function listOfficerCentres(db: Queryable, officer: AuthenticatedOfficer): Promise<OfficerCentre[]> {
  const { rows } = await db.query<Centre & { lineage: string[] }>(
    `WITH RECURSIVE up(centre_id, id, parent_id, depth) AS (
       SELECT a.id, a.id, a.parent_id, 0 FROM agency_directory a WHERE ${HAS_ONE_STOP_UNIT}
       UNION ALL
       SELECT up.centre_id, p.id, p.parent_id, up.depth + 1 FROM agency_directory p JOIN up ON p.id = up.parent_id
     )
     SELECT ${CENTRE_COLUMNS}, (SELECT array_agg(up.id ORDER BY up.depth) FROM up WHERE up.centre_id = a.id) AS lineage
       FROM agency_directory a WHERE a.abolished_on IS NULL AND ${HAS_ONE_STOP_UNIT}
      ORDER BY a.name, a.code`,
  );
  return rows
    .map((centre) => ({
      agencyCode: centre.agencyCode,
      name: centre.name,
      mayServe: may(officer, 'serve-at-counter', centre.agencyId),
      mayManage: may(officer, 'manage-centre', centre.lineage),
      mayConfigure: may(officer, 'administer-agencies', [centre.lineage]),
    }))
    .filter((centre) => centre.mayServe || centre.mayManage || centre.mayConfigure);
}
