import type { CounterStatus } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import type { Centre } from './centre.js';
import { serviceIdsByCode } from './services.js';
import { ensureCentreSettings } from './settings.js';

/** A counter as its administrator configures it: "Quầy số 3", the services it serves, whether it serves priority first. */
export interface CounterSetup {
  number: number;
  name: string;
  priority: boolean;
  active: boolean;
  /** Codes of the services it serves. */
  services: string[];
}

export interface ConfiguredCounter extends CounterSetup {
  status: CounterStatus;
}

const COUNTER_COLUMNS = `c.number, c.name, c.priority, c.active, c.status,
  coalesce((SELECT array_agg(s.code ORDER BY s.position, s.code) FROM counter_services cs JOIN queue_services s ON s.id = cs.service_id
             WHERE cs.counter_id = c.id), '{}') AS services`;

export async function listCounters(db: Queryable, agencyId: string): Promise<ConfiguredCounter[]> {
  const { rows } = await db.query<ConfiguredCounter>(`SELECT ${COUNTER_COLUMNS} FROM counters c WHERE c.agency_id = $1 ORDER BY c.number`, [agencyId]);
  return rows;
}

async function findCounter(tx: Queryable, agencyId: string, number: number): Promise<ConfiguredCounter & { id: string }> {
  const { rows } = await tx.query<ConfiguredCounter & { id: string }>(`SELECT c.id, ${COUNTER_COLUMNS} FROM counters c WHERE c.agency_id = $1 AND c.number = $2`, [agencyId, number]);
  if (!rows[0]) {
    throw new AppError(404, 'counter_not_found', `Trung tâm không có quầy số ${number}.`, `The centre has no counter number ${number}.`, 'number');
  }
  return rows[0];
}

/** The id of the centre's counter of that number; 404 otherwise. */
export async function counterIdByNumber(tx: Queryable, agencyId: string, number: number): Promise<string> {
  return (await findCounter(tx, agencyId, number)).id;
}

async function setCounterServices(tx: Queryable, centre: Centre, counterId: string, serviceCodes: readonly string[]): Promise<void> {
  const serviceIds = await serviceIdsByCode(tx, centre.agencyId, serviceCodes, 'services');
  await tx.query('DELETE FROM counter_services WHERE counter_id = $1', [counterId]);
  await tx.query('INSERT INTO counter_services (counter_id, service_id) SELECT $1, unnest($2::uuid[])', [counterId, serviceIds]);
}

const normalisedName = (name: string) => name.normalize('NFC').trim();

export async function createCounter(db: Database, actor: Actor, centre: Centre, setup: CounterSetup): Promise<ConfiguredCounter> {
  return db.transaction(async (tx) => {
    const taken = await tx.query('SELECT 1 FROM counters WHERE agency_id = $1 AND number = $2', [centre.agencyId, setup.number]);
    if (taken.rows.length > 0) {
      throw new AppError(409, 'counter_number_taken', `Trung tâm đã có quầy số ${setup.number}.`, `The centre already has counter number ${setup.number}.`, 'number');
    }
    await ensureCentreSettings(tx, centre.agencyId);
    const { rows } = await tx.query<{ id: string }>('INSERT INTO counters (agency_id, number, name, priority, active) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
      centre.agencyId,
      setup.number,
      normalisedName(setup.name),
      setup.priority,
      setup.active,
    ]);
    await setCounterServices(tx, centre, rows[0]!.id, setup.services);
    await appendAudit(tx, actor, { action: 'centre.counter.create', entityType: 'agency', entityId: centre.agencyId, details: { ...setup } });
    return findCounter(tx, centre.agencyId, setup.number);
  });
}

/** Changes a counter; one an officer sits at stays in service until they close it. */
export async function updateCounter(db: Database, actor: Actor, centre: Centre, number: number, setup: Omit<CounterSetup, 'number'>): Promise<ConfiguredCounter> {
  return db.transaction(async (tx) => {
    const existing = await findCounter(tx, centre.agencyId, number);
    if (!setup.active && existing.active && existing.status !== 'closed') {
      throw new AppError(
        409,
        'counter_in_use',
        `Quầy số ${number} đang có cán bộ làm việc: cán bộ cần đóng quầy trước khi quầy được ngừng sử dụng.`,
        `Counter ${number} is in use: its officer must close it before it is taken out of service.`,
        'active',
      );
    }
    await tx.query('UPDATE counters SET name = $2, priority = $3, active = $4 WHERE id = $1', [existing.id, normalisedName(setup.name), setup.priority, setup.active]);
    await setCounterServices(tx, centre, existing.id, setup.services);
    const { id: _id, status: _status, ...before } = existing;
    await appendAudit(tx, actor, { action: 'centre.counter.update', entityType: 'agency', entityId: centre.agencyId, details: { number, ...setup, before } });
    return findCounter(tx, centre.agencyId, number);
  });
}
