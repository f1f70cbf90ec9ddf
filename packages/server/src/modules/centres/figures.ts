import { type BookingOutcome, type BookingStatus, type FigureGrouping, bookingOutcome, figurePeriodProblem, satisfactionRate } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { invalid } from '../../platform/errors.js';
import type { Centre } from './centre.js';
import { readQueueRules } from './queue-rules.js';

/** What a row of the figures counts and measures (minutes with one decimal; null when nothing was measured). */
export interface FigureMeasures {
  tickets: number;
  /** Tickets called to a counter at least once: those whose wait was measured. */
  called: number;
  served: number;
  noShows: number;
  /** How many times tickets were sent on to another service or counter. */
  transfers: number;
  waitingMeanMinutes: number | null;
  waitingP90Minutes: number | null;
  serviceMeanMinutes: number | null;
  serviceP90Minutes: number | null;
  /** The ratings of these tickets (on the tablet or by their QR code), and the satisfied share of them (Decision 766). */
  verySatisfied: number;
  satisfied: number;
  notSatisfied: number;
  satisfactionRate: number | null;
}

export interface FigureRow extends FigureMeasures {
  /** The service's code, the counter's number, the officer's username or the hour (`08`); null for tickets no counter reached. */
  key: string | null;
  label: string;
}

/** The bookings of the period's slots: made (those moved to another slot count once, at their new slot), and what became of them. */
export interface BookingFigures {
  made: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
  /** Still to come: their check-in window has not closed yet. */
  upcoming: number;
}

export interface CentreFigures {
  centre: { agencyCode: string; name: string };
  from: string;
  to: string;
  by: FigureGrouping;
  rows: FigureRow[];
  total: FigureMeasures;
  bookings: BookingFigures;
}

/**
 * Each grouping: the key and label of a ticket's row. A ticket counts under the service it was
 * issued for (its number's prefix), at the counter and officer who last had it (who served it, or
 * marked it a no-show), and in the hour of the centre's day it was issued.
 */
const GROUPINGS: Record<FigureGrouping, { key: string; label: string; order: string; joins: string }> = {
  service: { key: 's.code', label: 's.name', order: 'min(s.position), s.code', joins: 'JOIN queue_services s ON s.id = t.issued_service_id' },
  counter: { key: 'c.number::text', label: 'c.name', order: 'min(c.number)', joins: 'LEFT JOIN counters c ON c.id = t.counter_id' },
  officer: { key: 'o.username', label: 'o.full_name', order: 'o.full_name, o.username', joins: 'LEFT JOIN officer_directory o ON o.id = t.officer_id' },
  hour: {
    key: `to_char(t.issued_at AT TIME ZONE $4, 'HH24')`,
    label: `to_char(t.issued_at AT TIME ZONE $4, 'HH24')`,
    order: `to_char(t.issued_at AT TIME ZONE $4, 'HH24')`,
    joins: '',
  },
};

/** Minutes as a number with one decimal. */
const minutes = (aggregate: string) => `round((${aggregate})::numeric, 1)::float8`;
/**
 * The wait: from when the person started waiting (core's waitingSince: the ticket taken, or an
 * early booking's slot) to their first call, never below zero (a booking called before its slot);
 * a transfer does not restart it. Null for a ticket never called.
 */
const WAITING_SINCE = 'greatest(t.issued_at, t.queued_at)';
const WAIT = `CASE WHEN t.first_called_at > ${WAITING_SINCE} THEN extract(epoch FROM t.first_called_at - ${WAITING_SINCE}) / 60 WHEN t.first_called_at IS NOT NULL THEN 0 END`;
/** The service: from its start to its end, for tickets served to the end. */
const SERVICE = `CASE WHEN t.status = 'finished' THEN extract(epoch FROM t.ended_at - t.serving_started_at) / 60 END`;

const MEASURES = `count(*)::int AS tickets,
  (count(*) FILTER (WHERE t.first_called_at IS NOT NULL))::int AS called,
  (count(*) FILTER (WHERE t.status = 'finished'))::int AS served,
  (count(*) FILTER (WHERE t.status = 'no_show'))::int AS "noShows",
  coalesce(sum(t.transfer_count), 0)::int AS transfers,
  ${minutes(`avg(${WAIT})`)} AS "waitingMeanMinutes",
  ${minutes(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${WAIT})`)} AS "waitingP90Minutes",
  ${minutes(`avg(${SERVICE})`)} AS "serviceMeanMinutes",
  ${minutes(`percentile_cont(0.9) WITHIN GROUP (ORDER BY ${SERVICE})`)} AS "serviceP90Minutes",
  (count(*) FILTER (WHERE t.rating = 'very_satisfied'))::int AS "verySatisfied",
  (count(*) FILTER (WHERE t.rating = 'satisfied'))::int AS satisfied,
  (count(*) FILTER (WHERE t.rating = 'not_satisfied'))::int AS "notSatisfied"`;

/** The tickets of the centre's days from `from` to `to`, each with its first call and its rating (one at most). */
const TICKETS = `SELECT q.*, (SELECT min(e.at) FROM queue_ticket_events e WHERE e.ticket_id = q.id AND e.kind = 'called') AS first_called_at,
    (SELECT r.score FROM rating_facts r WHERE r.ticket_id = q.id) AS rating
  FROM queue_tickets q WHERE q.agency_id = $1 AND q.day BETWEEN $2::date AND $3::date`;

const withRate = <T extends Omit<FigureMeasures, 'satisfactionRate'>>(measures: T): T & { satisfactionRate: number | null } => ({
  ...measures,
  satisfactionRate: satisfactionRate(measures),
});

/** `08` → `08:00–09:00`. */
const hourLabel = (hour: string) => `${hour}:00–${String(Number(hour) + 1).padStart(2, '0')}:00`;

const BOOKING_FIGURES: Record<Exclude<BookingOutcome, 'moved'>, keyof BookingFigures> = {
  upcoming: 'upcoming',
  checked_in: 'checkedIn',
  no_show: 'noShows',
  cancelled: 'cancelled',
};

/**
 * The bookings whose slot falls on the centre's days `from` to `to`, counted by what became of
 * them (core's bookingOutcome: one still booked after its check-in window is a no-show even before
 * the minute job marks it). Only bookings still booked need their own slot's start, so the rows
 * stay few: one per status, and one per slot for those still booked.
 */
async function bookingFigures(db: Queryable, agencyId: string, from: string, to: string, timeZone: string, now: Date): Promise<BookingFigures> {
  const { rows } = await db.query<{ status: BookingStatus; moved: boolean; start: Date; lateMinutes: number; count: number }>(
    `SELECT b.status, b.moved, max(b.slot_start) AS start, st.booking_late_minutes AS "lateMinutes", count(*)::int AS count
       FROM booking_facts b JOIN centre_settings st ON st.agency_id = b.agency_id
      WHERE b.agency_id = $1 AND (b.slot_start AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date
      GROUP BY b.status, b.moved, CASE WHEN b.status = 'booked' THEN b.slot_start END, st.booking_late_minutes`,
    [agencyId, from, to, timeZone],
  );
  const figures: BookingFigures = { made: 0, checkedIn: 0, noShows: 0, cancelled: 0, upcoming: 0 };
  for (const row of rows) {
    const outcome = bookingOutcome({ status: row.status, start: row.start, moved: row.moved }, { lateMinutes: row.lateMinutes }, now);
    if (outcome === 'moved') continue;
    figures.made += row.count;
    figures[BOOKING_FIGURES[outcome]] += row.count;
  }
  return figures;
}

/** The period asked for, or a clear refusal. */
export function checkFigurePeriod(from: string, to: string): void {
  const problem = figurePeriodProblem(from, to);
  if (problem === 'reversed') throw invalid('to', 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', 'The last day must not be before the first.');
  if (problem === 'too_long') throw invalid('to', 'Mỗi lần xem số liệu tối đa một năm (366 ngày).', 'Figures cover at most a year (366 days) at a time.');
}

/**
 * A centre's figures for its days `from` to `to` (both included), one row per service, counter,
 * officer or hour, and the whole period: tickets, served, no-shows, transfers, and the mean and
 * 90th percentile of waiting and service times, and the ratings of those tickets; and the
 * bookings of the period's slots as they stand at `now`.
 */
export async function centreFigures(db: Queryable, centre: Centre, period: { from: string; to: string; by: FigureGrouping }, now: Date): Promise<CentreFigures> {
  checkFigurePeriod(period.from, period.to);
  const grouping = GROUPINGS[period.by];
  const { timeZone } = await readQueueRules(db, centre.agencyId);
  const parameters = [centre.agencyId, period.from, period.to, ...(period.by === 'hour' ? [timeZone] : [])];
  const [{ rows }, { rows: totals }, bookings] = await Promise.all([
    db.query<Omit<FigureRow, 'satisfactionRate'>>(
      `SELECT ${grouping.key} AS key, coalesce(${grouping.label}, '') AS label, ${MEASURES}
         FROM (${TICKETS}) t ${grouping.joins}
        GROUP BY ${grouping.key}, ${grouping.label}
        ORDER BY ${grouping.key} IS NULL, ${grouping.order}`,
      parameters,
    ),
    db.query<Omit<FigureMeasures, 'satisfactionRate'>>(`SELECT ${MEASURES} FROM (${TICKETS}) t`, parameters.slice(0, 3)),
    bookingFigures(db, centre.agencyId, period.from, period.to, timeZone, now),
  ]);
  return {
    centre: { agencyCode: centre.agencyCode, name: centre.name },
    ...period,
    rows: rows.map((row) => ({ ...withRate(row), label: period.by === 'hour' ? hourLabel(row.key!) : row.label })),
    total: withRate(totals[0]!),
    bookings,
  };
}
