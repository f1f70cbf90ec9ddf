/** ISO weekdays, 1 = Monday … 7 = Sunday, as a centre's opening hours are keyed. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening period of a day, `["07:30", "11:30"]`, in the centre's local time. */
export type OpeningPeriod = readonly [start: string, end: string];
export type OpeningHours = Partial<Record<Weekday, readonly OpeningPeriod[]>>;

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type OpeningHoursProblem =
  | { kind: 'unknown_day'; day: string }
  | { kind: 'bad_time'; day: Weekday; time: string }
  | { kind: 'empty_period'; day: Weekday; period: OpeningPeriod }
  | { kind: 'overlap'; day: Weekday; period: OpeningPeriod };

/**
 * Why these opening hours cannot be a centre's, or undefined when they can: each period starts
 * before it ends, and a day's periods follow one another in order without overlapping (bookings
 * are cut into slots from them, and the kiosk is open only within them).
 */
export function openingHoursProblem(hours: Readonly<Record<string, readonly OpeningPeriod[] | undefined>>): OpeningHoursProblem | undefined {
  for (const [day, periods] of Object.entries(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) return { kind: 'unknown_day', day };
    const weekday = day as Weekday;
    let previousEnd = '';
    for (const period of periods ?? []) {
      const badTime = period.find((time) => !CLOCK_TIME.test(time));
      if (badTime !== undefined) return { kind: 'bad_time', day: weekday, time: badTime };
      const [start, end] = period;
      if (start >= end) return { kind: 'empty_period', day: weekday, period };
      if (start < previousEnd) return { kind: 'overlap', day: weekday, period };
      previousEnd = end;
    }
  }
  return undefined;
}

/** A service's code in URLs and the kiosk's requests: lower-case letters, digits and hyphens. */
export const QUEUE_SERVICE_CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** The letters a service's ticket numbers start with: one or two capitals (A, B … HT). */
export const TICKET_PREFIX = /^[A-Z]{1,2}$/;
/** A priority group's code, as tickets and bookings record it. */
export const PRIORITY_GROUP_CODE = /^[a-z][a-z_]{1,39}$/;
