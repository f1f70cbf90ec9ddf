import { QUEUE_SERVICE_CODE, TICKET_PREFIX } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import type { Centre } from './centre.js';
import { ensureCentreSettings } from './settings.js';

/** What a kiosk offers and a counter serves: a field, a unit's desk, or named procedures, with its ticket prefix. */
export interface QueueService {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  prefix: string;
  /** The field of procedures it receives, the unit whose desk it is, and named procedures: each optional. */
  field: string | null;
  unit: string | null;
  procedures: string[];
  position: number;
  active: boolean;
}

export type QueueServiceInput = Omit<QueueService, 'id'>;

const SERVICE_COLUMNS = `s.id, s.code, s.name, s.name_en AS "nameEn", s.prefix, s.field_code AS "field",
  (SELECT u.code FROM unit_directory u WHERE u.id = s.unit_id) AS "unit", s.procedure_codes AS "procedures", s.position, s.active`;

/** The centre's services in the order the kiosk shows them; only the active ones unless asked. */
export async function listServices(db: Queryable, agencyId: string, options: { includeInactive?: boolean } = {}): Promise<QueueService[]> {
  const { rows } = await db.query<QueueService>(
    `SELECT ${SERVICE_COLUMNS} FROM queue_services s WHERE s.agency_id = $1 AND (s.active OR $2) ORDER BY s.position, s.code`,
    [agencyId, options.includeInactive ?? false],
  );
  return rows;
}

const serviceNotFound = (code: string) =>
  new AppError(404, 'service_not_found', `Trung tâm không có dịch vụ mã "${code}".`, `The centre has no service with code "${code}".`, 'serviceCode');

/** The ids of the centre's services of these codes; 400 naming the first unknown one. */
export async function serviceIdsByCode(tx: Queryable, agencyId: string, codes: readonly string[], field: string): Promise<string[]> {
  const { rows } = await tx.query<{ id: string; code: string }>('SELECT id, code FROM queue_services WHERE agency_id = $1 AND code = ANY($2)', [agencyId, [...codes]]);
  const byCode = new Map(rows.map((row) => [row.code, row.id]));
  const unknown = codes.find((code) => !byCode.has(code));
  if (unknown !== undefined) {
    throw new AppError(400, 'unknown_service', `Trung tâm không có dịch vụ mã "${unknown}".`, `The centre has no service with code "${unknown}".`, field);
  }
  return [...new Set(codes)].map((code) => byCode.get(code)!);
}

/** What a service names outside the centres module must exist: the field, the centre's unit, the procedures. */
async function resolveReferences(tx: Queryable, agencyId: string, input: QueueServiceInput): Promise<{ unitId: string | null }> {
  if (!TICKET_PREFIX.test(input.prefix)) {
    throw new AppError(400, 'invalid_prefix', 'Tiền tố số thứ tự là một hoặc hai chữ cái in hoa không dấu, ví dụ A hoặc HT.', 'The ticket prefix is one or two capital letters, e.g. A or HT.', 'prefix');
  }
  if (input.field !== null && (await tx.query('SELECT 1 FROM field_catalogue WHERE code = $1', [input.field])).rows.length === 0) {
    throw new AppError(400, 'unknown_field', `Không có lĩnh vực mã "${input.field}".`, `There is no field with code "${input.field}".`, 'field');
  }
  let unitId: string | null = null;
  if (input.unit !== null) {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM unit_directory WHERE agency_id = $1 AND code = $2', [agencyId, input.unit]);
    if (!rows[0]) throw new AppError(400, 'unknown_unit', `Cơ quan không có đơn vị mã "${input.unit}".`, `The agency has no unit with code "${input.unit}".`, 'unit');
    unitId = rows[0].id;
  }
  const { rows: known } = await tx.query<{ code: string }>('SELECT code FROM procedure_catalogue WHERE code = ANY($1)', [input.procedures]);
  const missing = input.procedures.find((code) => !known.some((row) => row.code === code));
  if (missing !== undefined) {
    throw new AppError(400, 'unknown_procedure', `Không có thủ tục mã "${missing}".`, `There is no procedure with code "${missing}".`, 'procedures');
  }
  return { unitId };
}

/** Two services of a centre never share a code nor a prefix: their tickets would be told apart by neither. */
async function assertUnique(tx: Queryable, agencyId: string, input: Pick<QueueService, 'code' | 'prefix'>, exceptId: string | null): Promise<void> {
  const { rows } = await tx.query<{ code: string; prefix: string }>(
    'SELECT code, prefix FROM queue_services WHERE agency_id = $1 AND (code = $2 OR prefix = $3) AND id IS DISTINCT FROM $4',
    [agencyId, input.code, input.prefix, exceptId],
  );
  if (rows.some((row) => row.code === input.code)) {
    throw new AppError(409, 'service_code_taken', `Trung tâm đã có dịch vụ mã "${input.code}".`, `The centre already has a service with code "${input.code}".`, 'code');
  }
  const clash = rows.find((row) => row.prefix === input.prefix);
  if (clash) {
    throw new AppError(409, 'prefix_taken', `Tiền tố "${input.prefix}" đã dùng cho dịch vụ "${clash.code}".`, `Prefix "${input.prefix}" is already used by service "${clash.code}".`, 'prefix');
  }
}

function normalised(input: QueueServiceInput): QueueServiceInput {
  return { ...input, name: input.name.normalize('NFC').trim(), nameEn: input.nameEn.normalize('NFC').trim(), procedures: [...new Set(input.procedures)] };
}

async function findService(tx: Queryable, agencyId: string, code: string): Promise<QueueService> {
  const { rows } = await tx.query<QueueService>(`SELECT ${SERVICE_COLUMNS} FROM queue_services s WHERE s.agency_id = $1 AND s.code = $2`, [agencyId, code]);
  if (!rows[0]) throw serviceNotFound(code);
  return rows[0];
}

export async function createService(db: Database, actor: Actor, centre: Centre, raw: QueueServiceInput): Promise<QueueService> {
  const input = normalised(raw);
  if (!QUEUE_SERVICE_CODE.test(input.code)) {
    throw new AppError(400, 'invalid_service_code', 'Mã dịch vụ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ ho-tich.', 'A service code is lower-case letters, digits and hyphens, e.g. ho-tich.', 'code');
  }
  return db.transaction(async (tx) => {
    const { unitId } = await resolveReferences(tx, centre.agencyId, input);
    await assertUnique(tx, centre.agencyId, input, null);
    await ensureCentreSettings(tx, centre.agencyId);
    await tx.query(
      `INSERT INTO queue_services (agency_id, code, name, name_en, prefix, field_code, unit_id, procedure_codes, position, active)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [centre.agencyId, input.code, input.name, input.nameEn, input.prefix, input.field, unitId, input.procedures, input.position, input.active],
    );
    await appendAudit(tx, actor, { action: 'centre.service.create', entityType: 'agency', entityId: centre.agencyId, details: { ...input } });
    return findService(tx, centre.agencyId, input.code);
  });
}

/** Changes a service; its code stays (tickets and bookings name it), everything else may change. */
export async function updateService(db: Database, actor: Actor, centre: Centre, code: string, raw: Omit<QueueServiceInput, 'code'>): Promise<QueueService> {
  const input = normalised({ ...raw, code });
  return db.transaction(async (tx) => {
    const existing = await findService(tx, centre.agencyId, code);
    const { unitId } = await resolveReferences(tx, centre.agencyId, input);
    await assertUnique(tx, centre.agencyId, input, existing.id);
    await tx.query(
      `UPDATE queue_services SET name = $2, name_en = $3, prefix = $4, field_code = $5, unit_id = $6, procedure_codes = $7, position = $8, active = $9 WHERE id = $1`,
      [existing.id, input.name, input.nameEn, input.prefix, input.field, unitId, input.procedures, input.position, input.active],
    );
    await appendAudit(tx, actor, { action: 'centre.service.update', entityType: 'agency', entityId: centre.agencyId, details: { ...input, before: existing } });
    return findService(tx, centre.agencyId, code);
  });
}
