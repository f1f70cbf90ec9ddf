import type { DeviceKind } from '@motcua/core';
import type { Database } from '../../src/db/database.js';
import { pairDevice } from '../../src/modules/centres/devices.js';
import { hashPassword } from '../../src/platform/passwords.js';
import { AGENCIES, type Province } from './province.js';

/** The test province's centre: the one-stop section of UBND xã Hòa Bình. */
export const CENTRE_CODE = AGENCIES.commune.code;

/** Its services: civil status (A, the field of the test procedures), land (B) and general enquiries (C). */
export const SERVICES = {
  civilStatus: { code: 'ho-tich', name: 'Hộ tịch', prefix: 'A' },
  land: { code: 'dat-dai', name: 'Đất đai', prefix: 'B' },
  general: { code: 'tong-hop', name: 'Hướng dẫn chung', prefix: 'C' },
} as const;

/** Counter 1 serves A and C, counter 2 A and B, counter 3 (priority) all three. */
const COUNTERS: Array<{ number: number; priority: boolean; services: Array<keyof typeof SERVICES> }> = [
  { number: 1, priority: false, services: ['civilStatus', 'general'] },
  { number: 2, priority: false, services: ['civilStatus', 'land'] },
  { number: 3, priority: true, services: ['civilStatus', 'land', 'general'] },
];

export interface Centre {
  agencyId: string;
  serviceIds: Record<keyof typeof SERVICES, string>;
  counterIds: Record<number, string>;
  /** A second receiving officer of the centre (username `reception2`), so that two counters can open at once. */
  secondOfficerId: string;
}

/** Counters, services and a second receiving officer at the test province's centre. */
export async function createCentre(db: Database, province: Province): Promise<Centre> {
  const agencyId = province.agencyIds.commune;
  const passwordHash = await hashPassword('test-password-123');
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO centre_settings (agency_id) VALUES ($1)', [agencyId]);
    const serviceIds = {} as Centre['serviceIds'];
    let position = 0;
    for (const [key, service] of Object.entries(SERVICES) as Array<[keyof typeof SERVICES, (typeof SERVICES)[keyof typeof SERVICES]]>) {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO queue_services (agency_id, code, name, prefix, field_code, position) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [agencyId, service.code, service.name, service.prefix, key === 'civilStatus' ? 'ho-tich' : null, position++],
      );
      serviceIds[key] = rows[0]!.id;
    }
    const counterIds: Record<number, string> = {};
    for (const counter of COUNTERS) {
      const { rows } = await tx.query<{ id: string }>('INSERT INTO counters (agency_id, number, name, priority) VALUES ($1, $2, $3, $4) RETURNING id', [
        agencyId,
        counter.number,
        `Quầy ${counter.number}`,
        counter.priority,
      ]);
      counterIds[counter.number] = rows[0]!.id;
      for (const service of counter.services) {
        await tx.query('INSERT INTO counter_services (counter_id, service_id) VALUES ($1, $2)', [rows[0]!.id, serviceIds[service]]);
      }
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO officers (username, full_name, password_hash) VALUES ('reception2', 'Trịnh Thị Quầy Hai', $1) RETURNING id`,
      [passwordHash],
    );
    const secondOfficerId = rows[0]!.id;
    await tx.query(
      `INSERT INTO officer_roles (officer_id, role, agency_id, unit_id) VALUES ($1, 'receiving_officer', $2, (SELECT id FROM units WHERE agency_id = $2 AND code = 'MOTCUA'))`,
      [secondOfficerId, agencyId],
    );
    return { agencyId, serviceIds, counterIds, secondOfficerId };
  });
}

/** A paired device of the centre; its token goes in `Authorization: Device <token>`. */
export async function pairTestDevice(db: Database, centre: Centre, kind: DeviceKind, counterNumber?: number): Promise<{ id: string; token: string }> {
  const counterId = counterNumber === undefined ? null : (centre.counterIds[counterNumber] ?? null);
  const { rows } = await db.query<{ id: string }>("SELECT id FROM officers WHERE username = 'admin'");
  return db.transaction((tx) => pairDevice(tx, { agencyId: centre.agencyId, kind, name: `${kind} thử nghiệm`, counterId, pairedBy: rows[0]!.id }));
}
