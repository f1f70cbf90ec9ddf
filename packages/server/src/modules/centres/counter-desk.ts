import { type CounterStatus, type TicketChannel, type TicketStatus, centreDay } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { authorize, may } from '../../platform/rule-book.js';
import type { Centre } from './centre.js';
import { announceQueueEvent } from './events.js';
import { readQueueRules } from './queue-rules.js';

/** The counter an officer sits at, locked for the change being made to it or its ticket. */
export interface DeskCounter {
  id: string;
  agencyId: string;
  number: number;
  name: string;
  priority: boolean;
  status: CounterStatus;
  pauseReason: string;
}

/** A ticket as the officer at the counter sees it. */
export interface DeskTicket {
  id: string;
  number: string;
  service: { code: string; name: string; prefix: string };
  priorityGroup: string | null;
  channel: TicketChannel;
  /** The code of the booking the ticket was checked in with (channel `booking`), for the officer to match the person's message. */
  bookingCode: string | null;
  status: TicketStatus;
  callCount: number;
  issuedAt: string;
  calledAt: string | null;
  servingStartedAt: string | null;
}

/** The officer's desk: their counter (if open or paused), the ticket in hand, and the counters they could open. */
export interface Desk {
  counter:
    | (Omit<DeskCounter, 'id' | 'agencyId'> & {
        id: string;
        centre: { agencyCode: string; name: string };
        /** The calls after which the ticket in hand may be marked a no-show. */
        callsBeforeNoShow: number;
        services: Array<{ code: string; name: string; prefix: string; waiting: number }>;
      })
    | null;
  current: DeskTicket | null;
  openable: Array<{ agencyCode: string; centreName: string; number: number; name: string; occupiedBy: string | null }>;
}

const COUNTER_COLUMNS = `c.id, c.agency_id AS "agencyId", c.number, c.name, c.priority, c.status, c.pause_reason AS "pauseReason"`;

const noCounter = () =>
  new AppError(
    409,
    'no_counter_open',
    'Bạn chưa mở quầy nào: hãy chọn quầy và bấm "Mở quầy" trước.',
    'You have not opened a counter: choose one and open it first.',
  );

/**
 * The officer's counter, locked until the transaction ends: the officer's actions (and a second
 * click of the same button) run one after the other. The officer must still serve at its centre.
 */
export async function lockMyCounter(tx: Queryable, officer: AuthenticatedOfficer): Promise<DeskCounter> {
  const { rows } = await tx.query<DeskCounter>(`SELECT ${COUNTER_COLUMNS} FROM counters c WHERE c.officer_id = $1 FOR UPDATE`, [officer.id]);
  const counter = rows[0];
  if (!counter) throw noCounter();
  authorize(officer, 'serve-at-counter', counter.agencyId);
  return counter;
}

const TICKET_COLUMNS = `t.id, t.label AS number, json_build_object('code', s.code, 'name', s.name, 'prefix', s.prefix) AS service,
  t.priority_group AS "priorityGroup", t.channel, b.code AS "bookingCode", t.status, t.call_count AS "callCount", t.issued_at AS "issuedAt",
  t.called_at AS "calledAt", t.serving_started_at AS "servingStartedAt"`;

type TicketRow = Omit<DeskTicket, 'issuedAt' | 'calledAt' | 'servingStartedAt'> & { issuedAt: Date; calledAt: Date | null; servingStartedAt: Date | null };

const deskTicket = (row: TicketRow): DeskTicket => ({
  ...row,
  issuedAt: row.issuedAt.toISOString(),
  calledAt: row.calledAt?.toISOString() ?? null,
  servingStartedAt: row.servingStartedAt?.toISOString() ?? null,
});

/** The ticket called to or served at the counter, if any. */
export async function ticketInHand(db: Queryable, counterId: string): Promise<DeskTicket | null> {
  const { rows } = await db.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM queue_tickets t JOIN queue_services s ON s.id = t.service_id LEFT JOIN booking_facts b ON b.id = t.booking_id
      WHERE t.counter_id = $1 AND t.status IN ('called', 'serving')`,
    [counterId],
  );
  return rows[0] ? deskTicket(rows[0]) : null;
}

async function openableCounters(db: Queryable, officer: AuthenticatedOfficer): Promise<Desk['openable']> {
  const centreIds = [...new Set(officer.grants.map((grant) => grant.agencyId))].filter((agencyId) => may(officer, 'serve-at-counter', agencyId));
  if (centreIds.length === 0) return [];
  const { rows } = await db.query<Desk['openable'][number]>(
    `SELECT a.code AS "agencyCode", a.name AS "centreName", c.number, c.name, o.full_name AS "occupiedBy"
       FROM counters c JOIN agency_directory a ON a.id = c.agency_id LEFT JOIN officer_directory o ON o.id = c.officer_id
      WHERE c.agency_id = ANY($1::uuid[]) AND c.active AND (c.officer_id IS DISTINCT FROM $2)
      ORDER BY a.name, c.number`,
    [centreIds, officer.id],
  );
  return rows;
}

/** Everything the counter page shows, read afresh after each action. */
export async function readDesk(db: Queryable, officer: AuthenticatedOfficer, now: Date): Promise<Desk> {
  const openable = await openableCounters(db, officer);
  const { rows } = await db.query<DeskCounter & { agencyCode: string; centreName: string }>(
    `SELECT ${COUNTER_COLUMNS}, a.code AS "agencyCode", a.name AS "centreName"
       FROM counters c JOIN agency_directory a ON a.id = c.agency_id WHERE c.officer_id = $1`,
    [officer.id],
  );
  if (!rows[0]) return { counter: null, current: null, openable };
  const { agencyCode, centreName, agencyId, ...counter } = rows[0];
  const rules = await readQueueRules(db, agencyId);
  const { rows: services } = await db.query<{ code: string; name: string; prefix: string; waiting: number }>(
    `SELECT s.code, s.name, s.prefix,
            (SELECT count(*)::int FROM queue_tickets t
              WHERE t.service_id = s.id AND t.day = $2 AND t.status = 'waiting' AND (t.target_counter_id IS NULL OR t.target_counter_id = $1)) AS waiting
       FROM counter_services cs JOIN queue_services s ON s.id = cs.service_id
      WHERE cs.counter_id = $1 AND s.active ORDER BY s.position, s.code`,
    [counter.id, centreDay(now, rules.timeZone)],
  );
  return {
    counter: { ...counter, centre: { agencyCode, name: centreName }, callsBeforeNoShow: rules.callsBeforeNoShow, services },
    current: await ticketInHand(db, counter.id),
    openable,
  };
}

const ticketInHandRefusal = (counter: { number: number }, ticket: DeskTicket, vi: string, en: string) =>
  new AppError(
    409,
    'ticket_in_hand',
    `Quầy số ${counter.number} còn phiếu ${ticket.number}: hãy kết thúc, chuyển hoặc đánh dấu vắng mặt phiếu này trước khi ${vi}.`,
    `Counter ${counter.number} still holds ticket ${ticket.number}: finish, transfer or mark it a no-show before you ${en}.`,
  );

/** Refuses while the counter holds a ticket, e.g. before closing it. */
export async function assertEmptyHanded(tx: Queryable, counter: DeskCounter, vi: string, en: string): Promise<void> {
  const current = await ticketInHand(tx, counter.id);
  if (current) throw ticketInHandRefusal(counter, current, vi, en);
}

async function recordStatus(tx: Queryable, actor: Actor & { kind: 'officer' }, counter: DeskCounter, status: CounterStatus, reason: string, now: Date) {
  await tx.query('INSERT INTO counter_status_changes (counter_id, officer_id, status, reason, at) VALUES ($1, $2, $3, $4, $5)', [
    counter.id,
    actor.officer.id,
    status,
    reason,
    now,
  ]);
  await announceQueueEvent(tx, counter.agencyId, { kind: 'counter', counterId: counter.id, counterNumber: counter.number, status }, now);
  await appendAudit(tx, actor, { action: `centre.counter.${status}`, entityType: 'counter', entityId: counter.id, details: { number: counter.number, reason } });
}

/**
 * The officer sits down at a counter of the centre: one officer at a counter, one counter per
 * officer (the database's unique index settles two officers opening at the same instant).
 */
export async function openCounter(db: Database, actor: Actor & { kind: 'officer' }, centre: Centre, number: number, now: Date): Promise<void> {
  authorize(actor.officer, 'serve-at-counter', centre.agencyId);
  await db.transaction(async (tx) => {
    const { rows: mine } = await tx.query<{ number: number; agencyCode: string }>(
      `SELECT c.number, a.code AS "agencyCode" FROM counters c JOIN agency_directory a ON a.id = c.agency_id WHERE c.officer_id = $1`,
      [actor.officer.id],
    );
    const { rows } = await tx.query<DeskCounter & { active: boolean; occupiedBy: string | null }>(
      `SELECT ${COUNTER_COLUMNS}, c.active, o.full_name AS "occupiedBy"
         FROM counters c LEFT JOIN officer_directory o ON o.id = c.officer_id WHERE c.agency_id = $1 AND c.number = $2 FOR UPDATE OF c`,
      [centre.agencyId, number],
    );
    const counter = rows[0];
    if (!counter || !counter.active) {
      throw new AppError(404, 'counter_not_found', `Trung tâm không có quầy số ${number} đang hoạt động.`, `The centre has no active counter number ${number}.`, 'number');
    }
    if (mine[0]) {
      const same = mine[0].number === number && mine[0].agencyCode === centre.agencyCode;
      throw new AppError(
        409,
        'officer_at_another_counter',
        same ? `Bạn đang mở quầy số ${number}.` : `Bạn đang mở quầy số ${mine[0].number}: hãy đóng quầy đó trước khi mở quầy khác.`,
        same ? `You already have counter ${number} open.` : `You have counter ${mine[0].number} open: close it before opening another.`,
        'number',
      );
    }
    if (counter.occupiedBy !== null) {
      throw new AppError(
        409,
        'counter_occupied',
        `Quầy số ${number} đang do ${counter.occupiedBy} phục vụ: mỗi quầy chỉ một cán bộ.`,
        `Counter ${number} is taken by ${counter.occupiedBy}: one officer at a counter.`,
        'number',
      );
    }
    await tx.query(`UPDATE counters SET status = 'open', officer_id = $2, pause_reason = '', status_since = $3 WHERE id = $1`, [counter.id, actor.officer.id, now]);
    await recordStatus(tx, actor, counter, 'open', '', now);
  });
}

/** Pauses, resumes or closes the officer's counter. */
export async function changeMyCounter(db: Database, actor: Actor & { kind: 'officer' }, change: { to: 'paused'; reason: string } | { to: 'open' | 'closed' }, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const counter = await lockMyCounter(tx, actor.officer);
    const reason = change.to === 'paused' ? change.reason.normalize('NFC').trim() : '';
    if (change.to === 'paused') {
      if (counter.status !== 'open') {
        throw new AppError(409, 'counter_not_open', `Quầy số ${counter.number} đang tạm dừng.`, `Counter ${counter.number} is already paused.`);
      }
      await assertEmptyHanded(tx, counter, 'tạm dừng', 'pause');
    }
    if (change.to === 'open' && counter.status !== 'paused') {
      throw new AppError(409, 'counter_not_paused', `Quầy số ${counter.number} không tạm dừng nên không cần tiếp tục.`, `Counter ${counter.number} is not paused.`);
    }
    if (change.to === 'closed') await assertEmptyHanded(tx, counter, 'đóng quầy', 'close the counter');
    await tx.query(
      `UPDATE counters SET status = $2, officer_id = CASE WHEN $2 = 'closed' THEN NULL ELSE officer_id END, pause_reason = $3, status_since = $4 WHERE id = $1`,
      [counter.id, change.to, reason, now],
    );
    await recordStatus(tx, actor, counter, change.to, reason, now);
  });
}
