/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7.
 *
 * Rules: a month starts on the local day of a new moon; month 11 is the month that contains
 * the winter solstice; when 13 months separate two months 11, the first of them without a
 * major solar term (the sun entering a multiple of 30° of longitude) is the leap month and
 * repeats the number of the month before it. Computing for UTC+7 rather than UTC+8 is what
 * makes it differ from the Chinese calendar in some years (Tết 1985, 2007, 2030).
 *
 * New moons follow Meeus, Astronomical Algorithms, ch. 49 (error of seconds); the sun's
 * longitude follows Meeus ch. 25, low accuracy (about 0.01°, i.e. a quarter of an hour).
 */
import { dateOfDayNumber, dayNumber } from './vietnam-time.js';

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

const DEG = Math.PI / 180;
const JD_AT_UNIX_EPOCH = 2440587.5;
const VIETNAM_OFFSET_DAYS = 7 / 24;
const SYNODIC_MONTH = 29.530588861;
/** Julian ephemeris day of the mean new moon k = 0 (6 January 2000). */
const NEW_MOON_EPOCH_JDE = 2451550.09766;

/** TT − UT in seconds: observed values, then the usual extrapolation (ΔT barely moves the result). */
const DELTA_T_SECONDS: ReadonlyArray<readonly [year: number, seconds: number]> = [
  [1900, -2.7], [1910, 10.4], [1920, 21.2], [1930, 24.0], [1940, 24.3], [1950, 29.1], [1960, 33.1],
  [1970, 40.2], [1980, 50.5], [1990, 56.9], [2000, 63.8], [2010, 66.1], [2020, 69.4],
  [2050, 93], [2100, 203],
];

function deltaTDays(julianDay: number): number {
  const year = 2000 + (julianDay - 2451545) / 365.25;
  const first = DELTA_T_SECONDS[0]!;
  const last = DELTA_T_SECONDS[DELTA_T_SECONDS.length - 1]!;
  let seconds = year <= first[0] ? first[1] : last[1];
  for (let i = 1; i < DELTA_T_SECONDS.length; i++) {
    const [y0, s0] = DELTA_T_SECONDS[i - 1]!;
    const [y1, s1] = DELTA_T_SECONDS[i]!;
    if (year >= y0 && year < y1) seconds = s0 + ((s1 - s0) * (year - y0)) / (y1 - y0);
  }
  return seconds / 86400;
}

/** Periodic terms of the new moon: coefficient (days), power of E, multiples of M, M′, F. */
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [-0.4072, 0, 0, 1, 0], [0.17241, 1, 1, 0, 0], [0.01608, 0, 0, 2, 0], [0.01039, 0, 0, 0, 2],
  [0.00739, 1, -1, 1, 0], [-0.00514, 1, 1, 1, 0], [0.00208, 2, 2, 0, 0], [-0.00111, 0, 0, 1, -2],
  [-0.00057, 0, 0, 1, 2], [0.00056, 1, 1, 2, 0], [-0.00042, 0, 0, 3, 0], [0.00042, 1, 1, 0, 2],
  [0.00038, 1, 1, 0, -2], [-0.00024, 1, -1, 2, 0], [-0.00007, 0, 2, 1, 0], [0.00004, 0, 0, 2, -2],
  [0.00004, 0, 3, 0, 0], [0.00003, 0, 1, 1, -2], [0.00003, 0, 0, 2, 2], [-0.00003, 0, 1, 1, 2],
  [0.00003, 0, -1, 1, 2], [-0.00002, 0, -1, 1, -2], [-0.00002, 0, 1, 3, 0], [0.00002, 0, 0, 4, 0],
];

/** Planetary perturbations: coefficient (days), argument at k = 0 and its rate per lunation (degrees). */
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000165, 251.88, 0.016321], [0.000164, 251.83, 26.651886], [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239], [0.000062, 141.74, 53.303771], [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686], [0.000047, 34.52, 27.261239], [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379], [0.000037, 161.72, 24.198154], [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** Julian ephemeris day (TT) of the true new moon number k, counted from January 2000. */
function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * DEG;
  const moonAnomaly =
    (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * DEG;
  const latitudeArgument =
    (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * DEG;
  const ascendingNode = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * DEG;

  let correction = -0.00017 * Math.sin(ascendingNode);
  for (const [coefficient, ePower, m, mPrime, f] of NEW_MOON_TERMS) {
    const argument = m * sunAnomaly + mPrime * moonAnomaly + f * latitudeArgument;
    correction += coefficient * e ** ePower * Math.sin(argument);
  }
  correction += 0.000325 * Math.sin((299.77 + 0.107408 * k - 0.009173 * t2) * DEG);
  for (const [coefficient, base, rate] of PLANETARY_TERMS) {
    correction += coefficient * Math.sin((base + rate * k) * DEG);
  }
  return mean + correction;
}

/** Local (UTC+7) day number on which new moon number k falls: the first day of a lunar month. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const julianDayUt = jde - deltaTDays(jde);
  return Math.floor(julianDayUt - JD_AT_UNIX_EPOCH + VIETNAM_OFFSET_DAYS);
}

/** Apparent longitude of the sun in degrees [0, 360) at a Julian day (UT). */
function sunLongitude(julianDayUt: number): number {
  const t = (julianDayUt + deltaTDays(julianDayUt) - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * DEG;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const ascendingNode = (125.04 - 1934.136 * t) * DEG;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(ascendingNode);
  return ((apparent % 360) + 360) % 360;
}

/** Longitude of the sun at local midnight starting a day number. */
function sunLongitudeAtStartOfDay(day: number): number {
  return sunLongitude(day + JD_AT_UNIX_EPOCH - VIETNAM_OFFSET_DAYS);
}

/** Index (0–11) of the last major solar term reached before a day starts. */
function majorTermBefore(day: number): number {
  return Math.floor(sunLongitudeAtStartOfDay(day) / 30);
}

/** New moon number that starts month 11 of a lunar year: the month containing the winter solstice of that Gregorian year. */
function month11NewMoon(gregorianYear: number): number {
  const afterSolstice = dayNumber(`${gregorianYear + 1}-01-20`);
  // The estimate lands within weeks after the solstice; step back to the month that starts before it.
  let k = Math.floor((afterSolstice - (NEW_MOON_EPOCH_JDE - JD_AT_UNIX_EPOCH)) / SYNODIC_MONTH);
  while (sunLongitudeAtStartOfDay(newMoonDay(k)) >= 270) k--;
  return k;
}

interface LunarMonth {
  month: number;
  leap: boolean;
  /** Day number of the first day. */
  start: number;
}

/**
 * The months from month 11 of the previous lunar year up to (not including) month 11 of
 * `year`: the span on which the leap-month rule is applied.
 */
interface SolsticeCycle {
  months: LunarMonth[];
  /** Day number of the next month 11. */
  end: number;
}

/** A cycle depends only on its year, so it is computed once per process. */
const cycles = new Map<number, SolsticeCycle>();

function solsticeCycle(year: number): SolsticeCycle {
  const cached = cycles.get(year);
  if (cached) return cached;
  const first = month11NewMoon(year - 1);
  const next = month11NewMoon(year);
  let leapOffset = -1;
  if (next - first === 13) {
    for (let i = 1; i < 13 && leapOffset < 0; i++) {
      if (majorTermBefore(newMoonDay(first + i)) === majorTermBefore(newMoonDay(first + i + 1))) leapOffset = i;
    }
  }
  const months: LunarMonth[] = [];
  let month = 11;
  for (let i = 0; i < next - first; i++) {
    const leap = i === leapOffset;
    if (i > 0 && !leap) month = (month % 12) + 1;
    months.push({ month, leap, start: newMoonDay(first + i) });
  }
  const cycle = { months, end: newMoonDay(next) };
  cycles.set(year, cycle);
  return cycle;
}

/** Months 11 and 12 of a cycle still belong to the previous lunar year. */
function lunarYearOf(cycleYear: number, month: number): number {
  return month >= 11 ? cycleYear - 1 : cycleYear;
}

export function solarToLunar(date: string): LunarDate {
  const day = dayNumber(date);
  const gregorianYear = Number(date.slice(0, 4));
  const later = solsticeCycle(gregorianYear + 1);
  const cycleYear = day >= later.months[0]!.start ? gregorianYear + 1 : gregorianYear;
  const { months } = solsticeCycle(cycleYear);
  const current = months.findLast((m) => m.start <= day)!;
  return {
    year: lunarYearOf(cycleYear, current.month),
    month: current.month,
    day: day - current.start + 1,
    leap: current.leap,
  };
}

export function lunarToSolar(year: number, month: number, day: number, leap = false): string {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No such lunar month: ${year}/${month}`);
  }
  const cycleYear = month >= 11 ? year + 1 : year;
  const { months, end } = solsticeCycle(cycleYear);
  const index = months.findIndex((m) => m.month === month && m.leap === leap);
  const found = months[index];
  if (!found) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
  const length = (months[index + 1]?.start ?? end) - found.start;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`Lunar month ${year}/${month}${leap ? ' (leap)' : ''} has ${length} days, not day ${day}`);
  }
  return dateOfDayNumber(found.start + day - 1);
}

/** Tết Nguyên đán: the first day of the first lunar month. */
export function lunarNewYear(year: number): string {
  return lunarToSolar(year, 1, 1);
}
