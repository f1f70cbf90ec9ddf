import type { BookingRules, OpeningHours } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';

/** A centre's service as bookings see it: what it is called and the rules its slots follow. */
export interface BookableService {
  id: string;
  agencyId: string;
  code: string;
  name: string;
  nameEn: string;
  rules: BookingRules;
}

interface RulesRow {
  service_id: string;
  agency_id: string;
  code: string;
  name: string;
  name_en: string;
  opening_hours: OpeningHours;
  booking_slot_minutes: number;
  bookings_per_counter_slot: number;
  booking_early_minutes: number;
  booking_late_minutes: number;
  counters: number;
}

const bookableService = (row: RulesRow): BookableService => ({
  id: row.service_id,
  agencyId: row.agency_id,
  code: row.code,
  name: row.name,
  nameEn: row.name_en,
  rules: {
    openingHours: row.opening_hours,
    slotMinutes: row.booking_slot_minutes,
    perCounterSlot: row.bookings_per_counter_slot,
    earlyMinutes: row.booking_early_minutes,
    lateMinutes: row.booking_late_minutes,
    counters: row.counters,
  },
});

const SELECT_RULES = 'SELECT * FROM queue_service_booking_rules r';

/** The active service of that code at the centre; 404 naming it otherwise. */
export async function requireBookableService(db: Queryable, agencyId: string, serviceCode: string): Promise<BookableService> {
  const { rows } = await db.query<RulesRow>(`${SELECT_RULES} WHERE r.agency_id = $1 AND r.code = $2 AND r.active`, [agencyId, serviceCode]);
  if (!rows[0]) {
    throw new AppError(
      404,
      'service_not_found',
      `Trung tâm không có dịch vụ "${serviceCode}" nhận đặt lịch.`,
      `The centre has no service "${serviceCode}" taking bookings.`,
      'service',
    );
  }
  return bookableService(rows[0]);
}

/** The service a booking was made for, as it is now (it may have been deactivated since). */
export async function serviceOfBooking(db: Queryable, serviceId: string): Promise<BookableService> {
  const { rows } = await db.query<RulesRow>(`${SELECT_RULES} WHERE r.service_id = $1`, [serviceId]);
  return bookableService(rows[0]!);
}

/** Bookings that hold a place in each slot of the service starting in [from, to): by the slot's start in epoch milliseconds. */
export async function placesTaken(db: Queryable, serviceId: string, from: Date, to: Date): Promise<Map<number, number>> {
  const { rows } = await db.query<{ slot_start: Date; taken: number }>(
    `SELECT slot_start, count(*)::int AS taken FROM bookings
      WHERE service_id = $1 AND slot_start >= $2 AND slot_start < $3 AND status IN ('booked', 'checked_in')
      GROUP BY slot_start`,
    [serviceId, from, to],
  );
  return new Map(rows.map((row) => [new Date(row.slot_start).getTime(), row.taken]));
}

/** 400 unless the priority group is one the centres serve first now. */
export async function assertPriorityGroup(db: Queryable, code: string): Promise<void> {
  const { rowCount } = await db.query('SELECT 1 FROM priority_group_directory WHERE code = $1 AND active', [code]);
  if (rowCount === 0) {
    throw new AppError(400, 'unknown_priority_group', `Không có nhóm ưu tiên "${code}".`, `There is no priority group "${code}".`, 'priority');
  }
}
