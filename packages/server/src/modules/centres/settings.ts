import { type CallOrderCriterion, type OpeningHoursProblem, type Weekday, callOrderProblem, isTimeZone, openingHoursProblem } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import type { Centre } from './centre.js';

/** What a centre's administrator sets: when it opens, how it calls, how bookings are cut. */
export interface CentreSettings {
  timeZone: string;
  openingHours: Partial<Record<Weekday, Array<[start: string, end: string]>>>;
  callsBeforeNoShow: number;
  callOrder: CallOrderCriterion[];
  bookingSlotMinutes: number;
  bookingsPerCounterSlot: number;
  bookingEarlyMinutes: number;
  bookingLateMinutes: number;
}

const SETTINGS_COLUMNS = `time_zone AS "timeZone", opening_hours AS "openingHours", calls_before_no_show AS "callsBeforeNoShow",
  call_order AS "callOrder", booking_slot_minutes AS "bookingSlotMinutes", bookings_per_counter_slot AS "bookingsPerCounterSlot",
  booking_early_minutes AS "bookingEarlyMinutes", booking_late_minutes AS "bookingLateMinutes"`;

/**
 * Gives a centre its settings row, with the defaults the schema holds (Vietnam's time zone, office
 * hours Monday to Saturday morning, three calls before a no-show …), the first time it is configured.
 */
export async function ensureCentreSettings(tx: Queryable, agencyId: string): Promise<void> {
  await tx.query('INSERT INTO centre_settings (agency_id) VALUES ($1) ON CONFLICT (agency_id) DO NOTHING', [agencyId]);
}

/** A centre's settings; a centre never configured gets its defaults recorded first. */
export async function readCentreSettings(db: Database, agencyId: string): Promise<CentreSettings> {
  return db.transaction(async (tx) => {
    await ensureCentreSettings(tx, agencyId);
    const { rows } = await tx.query<CentreSettings>(`SELECT ${SETTINGS_COLUMNS} FROM centre_settings WHERE agency_id = $1`, [agencyId]);
    return rows[0]!;
  });
}

const WEEKDAY_NAMES: Record<string, { vi: string; en: string }> = {
  '1': { vi: 'thứ Hai', en: 'Monday' },
  '2': { vi: 'thứ Ba', en: 'Tuesday' },
  '3': { vi: 'thứ Tư', en: 'Wednesday' },
  '4': { vi: 'thứ Năm', en: 'Thursday' },
  '5': { vi: 'thứ Sáu', en: 'Friday' },
  '6': { vi: 'thứ Bảy', en: 'Saturday' },
  '7': { vi: 'Chủ nhật', en: 'Sunday' },
};

function openingHoursError(problem: OpeningHoursProblem): AppError {
  const field = `openingHours.${problem.day}`;
  const day = WEEKDAY_NAMES[problem.day] ?? { vi: `ngày ${problem.day}`, en: `day ${problem.day}` };
  switch (problem.kind) {
    case 'unknown_day':
      return new AppError(400, 'invalid_opening_hours', `Ngày "${problem.day}" không có: các ngày trong tuần được đánh số từ 1 (thứ Hai) đến 7 (Chủ nhật).`, `There is no day "${problem.day}": weekdays are 1 (Monday) to 7 (Sunday).`, field);
    case 'bad_time':
      return new AppError(400, 'invalid_opening_hours', `Giờ "${problem.time}" của ${day.vi} phải có dạng GG:PP, từ 00:00 đến 23:59.`, `Time "${problem.time}" on ${day.en} must be HH:MM, from 00:00 to 23:59.`, field);
    case 'empty_period':
      return new AppError(400, 'invalid_opening_hours', `Khoảng giờ ${problem.period.join('–')} của ${day.vi} phải bắt đầu trước khi kết thúc.`, `Period ${problem.period.join('–')} on ${day.en} must start before it ends.`, field);
    case 'overlap':
      return new AppError(400, 'invalid_opening_hours', `Khoảng giờ ${problem.period.join('–')} của ${day.vi} chồng lên hoặc đứng trước khoảng giờ trước nó: hãy xếp các khoảng theo thứ tự, không chồng nhau.`, `Period ${problem.period.join('–')} on ${day.en} overlaps or precedes the one before it: list the periods in order, without overlap.`, field);
  }
}

function checkSettings(settings: CentreSettings): void {
  if (!isTimeZone(settings.timeZone)) {
    throw new AppError(400, 'invalid_time_zone', `Múi giờ "${settings.timeZone}" không tồn tại (ví dụ đúng: Asia/Ho_Chi_Minh).`, `Time zone "${settings.timeZone}" does not exist (e.g. Asia/Ho_Chi_Minh).`, 'timeZone');
  }
  const hoursProblem = openingHoursProblem(settings.openingHours);
  if (hoursProblem) throw openingHoursError(hoursProblem);
  const orderProblem = callOrderProblem(settings.callOrder);
  if (orderProblem) {
    throw new AppError(400, 'invalid_call_order', 'Quy tắc gọi số phải liệt kê các tiêu chí (ưu tiên, lịch hẹn đến giờ, thứ tự lấy số), mỗi tiêu chí một lần.', orderProblem, 'callOrder');
  }
}

/** Replaces a centre's settings, the new ones recorded in the audit log. */
export async function saveCentreSettings(db: Database, actor: Actor, centre: Centre, settings: CentreSettings): Promise<CentreSettings> {
  checkSettings(settings);
  return db.transaction(async (tx) => {
    await ensureCentreSettings(tx, centre.agencyId);
    const { rows } = await tx.query<CentreSettings>(
      `UPDATE centre_settings SET time_zone = $2, opening_hours = $3, calls_before_no_show = $4, call_order = $5, booking_slot_minutes = $6,
              bookings_per_counter_slot = $7, booking_early_minutes = $8, booking_late_minutes = $9, updated_at = now()
        WHERE agency_id = $1 RETURNING ${SETTINGS_COLUMNS}`,
      [
        centre.agencyId,
        settings.timeZone,
        JSON.stringify(settings.openingHours),
        settings.callsBeforeNoShow,
        JSON.stringify(settings.callOrder),
        settings.bookingSlotMinutes,
        settings.bookingsPerCounterSlot,
        settings.bookingEarlyMinutes,
        settings.bookingLateMinutes,
      ],
    );
    await appendAudit(tx, actor, { action: 'centre.settings', entityType: 'agency', entityId: centre.agencyId, details: { ...settings } });
    return rows[0]!;
  });
}
