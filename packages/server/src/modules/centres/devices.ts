import type { FastifyRequest } from 'fastify';
import type { DeviceKind } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, newToken } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import type { Centre } from './centre.js';
import { counterIdByNumber } from './counter-config.js';

/** A kiosk, display board, rating tablet or operations screen, as its token proves it to be. */
export interface PairedDevice {
  id: string;
  agencyId: string;
  kind: DeviceKind;
  name: string;
  /** The counter a rating tablet stands at. */
  counterId: string | null;
}

/** The token of an `Authorization: Device <token>` header (the scheme in any case); undefined for anything else. */
export function deviceToken(authorization: string | undefined): string | undefined {
  return /^Device[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
}

const unpaired = () =>
  new AppError(
    401,
    'device_not_paired',
    'Thiết bị chưa được ghép nối với trung tâm, hoặc đã bị thu hồi. Quản trị viên cần ghép nối lại thiết bị.',
    'This device is not paired with the centre, or its pairing was revoked. An administrator must pair it again.',
  );

/**
 * The paired device making the request, which must be of one of `kinds` and belong to the centre
 * `agencyId` (when given): a kiosk of one centre cannot issue tickets at another.
 */
export async function requireDevice(db: Queryable, request: FastifyRequest, kinds: readonly DeviceKind[], agencyId?: string): Promise<PairedDevice> {
  const token = deviceToken(request.headers.authorization);
  if (!token) throw unpaired();
  const { rows } = await db.query<PairedDevice>(
    `UPDATE centre_devices SET last_seen_at = now()
      WHERE token_hash = $1 AND revoked_at IS NULL
      RETURNING id, agency_id AS "agencyId", kind, name, counter_id AS "counterId"`,
    [hashToken(token)],
  );
  const device = rows[0];
  if (!device) throw unpaired();
  if (!kinds.includes(device.kind) || (agencyId !== undefined && device.agencyId !== agencyId)) {
    throw new AppError(
      403,
      'wrong_device',
      `Thiết bị "${device.name}" không dùng được cho việc này (cần: ${kinds.join(', ')} của trung tâm này).`,
      `Device "${device.name}" cannot be used for this (needs: ${kinds.join(', ')} of this centre).`,
    );
  }
  return device;
}

/** Pairs a new device with a centre; the token is shown once, to be entered on the device. */
export async function pairDevice(
  tx: Queryable,
  device: { agencyId: string; kind: DeviceKind; name: string; counterId: string | null; pairedBy: string },
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO centre_devices (agency_id, kind, name, token_hash, counter_id, paired_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [device.agencyId, device.kind, device.name, hashToken(token), device.counterId, device.pairedBy],
  );
  return { id: rows[0]!.id, token };
}

/** What a paired device learns about itself: where it stands, and at which counter. */
export interface DeviceDescription {
  id: string;
  kind: DeviceKind;
  name: string;
  centre: { agencyCode: string; name: string };
  counter: { number: number; name: string } | null;
}

export async function describeDevice(db: Queryable, device: PairedDevice): Promise<DeviceDescription> {
  const { rows } = await db.query<{ agencyCode: string; centreName: string; counterNumber: number | null; counterName: string | null }>(
    `SELECT a.code AS "agencyCode", a.name AS "centreName", c.number AS "counterNumber", c.name AS "counterName"
       FROM agency_directory a LEFT JOIN counters c ON c.id = $2
      WHERE a.id = $1`,
    [device.agencyId, device.counterId],
  );
  const row = rows[0]!;
  return {
    id: device.id,
    kind: device.kind,
    name: device.name,
    centre: { agencyCode: row.agencyCode, name: row.centreName },
    counter: row.counterNumber === null ? null : { number: row.counterNumber, name: row.counterName ?? '' },
  };
}

/** A paired device as its centre's administrators see it: never its token. */
export interface DeviceRecord {
  id: string;
  kind: DeviceKind;
  name: string;
  counter: { number: number; name: string } | null;
  pairedBy: string | null;
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export async function listDevices(db: Queryable, agencyId: string): Promise<DeviceRecord[]> {
  type Row = Omit<DeviceRecord, 'counter' | 'pairedAt' | 'lastSeenAt' | 'revokedAt'> & {
    counterNumber: number | null;
    counterName: string | null;
    pairedAt: Date;
    lastSeenAt: Date | null;
    revokedAt: Date | null;
  };
  const { rows } = await db.query<Row>(
    `SELECT d.id, d.kind, d.name, c.number AS "counterNumber", c.name AS "counterName", o.full_name AS "pairedBy",
            d.paired_at AS "pairedAt", d.last_seen_at AS "lastSeenAt", d.revoked_at AS "revokedAt"
       FROM centre_devices d LEFT JOIN counters c ON c.id = d.counter_id LEFT JOIN officer_directory o ON o.id = d.paired_by
      WHERE d.agency_id = $1
      ORDER BY d.revoked_at IS NOT NULL, d.kind, d.name, d.paired_at`,
    [agencyId],
  );
  return rows.map(({ counterNumber, counterName, pairedAt, lastSeenAt, revokedAt, ...device }) => ({
    ...device,
    pairedAt: pairedAt.toISOString(),
    lastSeenAt: lastSeenAt?.toISOString() ?? null,
    revokedAt: revokedAt?.toISOString() ?? null,
    counter: counterNumber === null ? null : { number: counterNumber, name: counterName ?? '' },
  }));
}

/** Ends a device's pairing at once: its next request is refused, and it must be paired anew. */
export async function revokeDevice(tx: Queryable, agencyId: string, deviceId: string, at: Date): Promise<{ kind: DeviceKind; name: string } | undefined> {
  const { rows } = await tx.query<{ kind: DeviceKind; name: string }>(
    'UPDATE centre_devices SET revoked_at = coalesce(revoked_at, $3) WHERE id = $1 AND agency_id = $2 RETURNING kind, name',
    [deviceId, agencyId, at],
  );
  return rows[0];
}

/**
 * An administrator pairs a device with their centre: a rating tablet stands at one of its counters,
 * a kiosk or a board at none. The token is in the answer only; the audit log records the pairing.
 */
export async function pairCentreDevice(
  db: Database,
  actor: Actor & { kind: 'officer' },
  centre: Centre,
  request: { kind: DeviceKind; name: string; counter?: number | undefined },
): Promise<{ id: string; token: string }> {
  if (request.kind === 'tablet' && request.counter === undefined) {
    throw new AppError(400, 'counter_required', 'Máy tính bảng đánh giá đặt tại một quầy: hãy chọn quầy.', 'A rating tablet stands at a counter: choose the counter.', 'counter');
  }
  if (request.kind !== 'tablet' && request.counter !== undefined) {
    throw new AppError(400, 'counter_not_allowed', 'Chỉ máy tính bảng đánh giá gắn với một quầy; ki-ốt, màn hình gọi số và màn hình điều hành phục vụ cả trung tâm.', 'Only a rating tablet belongs to a counter; kiosks, boards and operations screens serve the whole centre.', 'counter');
  }
  const name = request.name.normalize('NFC').trim();
  return db.transaction(async (tx) => {
    const counterId = request.counter === undefined ? null : await counterIdByNumber(tx, centre.agencyId, request.counter);
    const paired = await pairDevice(tx, { agencyId: centre.agencyId, kind: request.kind, name, counterId, pairedBy: actor.officer.id });
    await appendAudit(tx, actor, {
      action: 'centre.device.pair',
      entityType: 'centre_device',
      entityId: paired.id,
      details: { agencyCode: centre.agencyCode, kind: request.kind, name, counter: request.counter ?? null },
    });
    return paired;
  });
}
