import { vietnamDate } from '../calendar/vietnam-time.js';

/** Where every centre is unless its settings say otherwise. */
export const DEFAULT_CENTRE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The centre's local day (`YYYY-MM-DD`) an instant falls on: ticket numbers restart at the
 * centre's midnight, not the server's nor UTC's.
 */
export function centreDay(instant: Date, timeZone: string = DEFAULT_CENTRE_TIME_ZONE): string {
  // Vietnam has no daylight saving: plain arithmetic, no time-zone database on the hot path.
  if (timeZone === DEFAULT_CENTRE_TIME_ZONE) return vietnamDate(instant);
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Whether the runtime knows a time-zone name such as `Asia/Ho_Chi_Minh`. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** `A001`: the service's prefix and the day's number on three digits (more once past 999). */
export function ticketLabel(prefix: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`A ticket number is a positive integer: ${number}`);
  return `${prefix}${String(number).padStart(3, '0')}`;
}
