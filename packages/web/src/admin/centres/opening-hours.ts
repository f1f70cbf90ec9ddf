/** A day's opening periods as an administrator types them: "07:30-11:30, 13:30-17:00"; empty for a day off. */
const PERIOD = /^([01]\d|2[0-3]):[0-5]\d\s*[-–]\s*([01]\d|2[0-3]):[0-5]\d$/;

export type Periods = Array<[start: string, end: string]>;

export const formatPeriods = (periods: readonly (readonly string[])[] | undefined): string => (periods ?? []).map(([start, end]) => `${start}-${end}`).join(', ');

/** The periods typed, or undefined when one of them is not HH:MM-HH:MM (their order the server checks). */
export function parsePeriods(typed: string): Periods | undefined {
  const parts = typed.split(',').map((part) => part.trim()).filter(Boolean);
  if (!parts.every((part) => PERIOD.test(part))) return undefined;
  return parts.map((part) => part.split(/\s*[-–]\s*/) as [string, string]);
}
