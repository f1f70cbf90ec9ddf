import { type RatingScore, VERIFICATION_CODE_ALPHABET, lunarNewYear } from '@motcua/core';
import { type Random, demoApplicant } from '../../src/demo/people.js';

/**
 * What the scale seeder decides before it writes: how many dossiers each week of the past years
 * receives, which demo dossier each one copies, which commune it lands in and who applied. Pure,
 * so that the shape of the generated province is tested without a database.
 *
 * A copy is its template moved back by whole weeks, so that every timestamp keeps its weekday and
 * working hour, and every deadline stays a working-day deadline.
 */

export interface Template {
  id: string;
  /** Day number (Vietnam time) of the day in the template's code: reception, or online submission. */
  codeDay: number;
  /** Day number of the template's latest instant (an event, a step, a deadline already passed). */
  lastDay: number;
  finished: boolean;
  organisation: boolean;
  /** The demo commune the dossier is received or handled at, if any: its copies spread over that commune's family. */
  communeId: string | null;
  /** Submitted online (else handed in at the counter). */
  online: boolean;
  /** A fee was paid for it (its receiving officer confirmed the payment). */
  feePaid: boolean;
  /** Asked once for a supplement during processing, which came: a request its copies may repeat. */
  suppliedOnce: boolean;
}

export interface CloneOrder {
  templateId: string;
  shiftDays: number;
  fromAgencyId: string | null;
  toAgencyId: string | null;
  applicantType: 'citizen' | 'organisation';
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  applicantEmail: string;
  applicantAddress: string;
  lookupCode: string;
  /**
   * What the templates do not show often enough, or at all, and real provinces do: a copy of a dossier
   * handed in at the counter sent by post instead; a fee paid online through the payment platform;
   * a supplement asked for a second time (late by DOMAIN's rule); and the applicant's rating, given
   * online some minutes after the dossier ended (applied to copies that end rateable).
   */
  byPost: boolean;
  paysOnline: boolean;
  secondSupplement: boolean;
  rating: RatingScore | null;
  ratedAfterMinutes: number;
}

export interface ProvinceShape {
  /** Today, as a day number in Vietnam time: copies are received before it. */
  today: number;
  weeks: number;
  templates: readonly Template[];
  /** Each demo commune with the communes made in its image (itself first). */
  communeFamilies: ReadonlyMap<string, readonly string[]>;
  /**
   * How much likelier an unfinished template is picked than a finished one: unfinished dossiers
   * are copied only within two weeks of their own dates, so without it the province would hold
   * too few dossiers in progress.
   */
  unfinishedWeight?: number;
}

const DAYS_PER_WEEK = 7;
const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
/** The share of applicants who give an e-mail address (all give a phone): most notices go by SMS. */
const EMAIL_SHARE = 0.3;
/** Unfinished dossiers move back at most this many weeks: any further and all of them would be long overdue. */
const UNFINISHED_MAX_WEEKS_BACK = 2;
/** Of the dossiers handed in on paper, those that came by post. */
const POST_SHARE = 0.05;
/** Of the fees of online dossiers, and of those handed in on paper, those paid online. */
const PAID_ONLINE_SHARE = { online: 0.7, paper: 0.15 };
/** Of the copies of dossiers asked once for a supplement, one in this many is asked a second time. */
const SECOND_SUPPLEMENT_EVERY = 4;
/** Of the dossiers that end rateable, those their applicant rates; then the scores' shares. */
const RATED_SHARE = 0.3;
const SCORES: Array<[RatingScore, number]> = [
  ['very_satisfied', 0.55],
  ['satisfied', 0.35],
  ['not_satisfied', 0.1],
];
/** A rating comes within a week of the dossier's end. */
const RATED_WITHIN_MINUTES = 7 * 24 * 60;

function pickScore(random: Random): RatingScore {
  let roll = random.next();
  for (const [score, share] of SCORES) {
    roll -= share;
    if (roll < 0) return score;
  }
  return SCORES[0]![0];
}

/**
 * The weight of the week starting on `firstDay`: people hurry to finish their papers in the three
 * weeks before Tết, the office is closed during it, and online use grows year on year.
 */
export function weekWeight(firstDay: number, today: number, weeks: number): number {
  const middle = firstDay + 3;
  const year = Number(new Date(middle * DAY_MS).toISOString().slice(0, 4));
  const tet = [year - 1, year, year + 1].map((y) => dayOf(lunarNewYear(y))).find((day) => Math.abs(day - middle) < 60) ?? Number.NaN;
  const untilTet = tet - middle;
  const season = untilTet > 3 && untilTet <= 24 ? 1.6 : Math.abs(untilTet) <= 3 ? 0.25 : untilTet < -3 && untilTet > -11 ? 0.7 : 1;
  const growth = 0.8 + (0.4 * (weeks - (today - firstDay) / DAYS_PER_WEEK)) / weeks;
  return season * growth;
}

/** Splits `total` over the weights in whole numbers that add up to it (largest remainders first). */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  const remainder = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < remainder; i++) counts[order[i]![1]]! += 1;
  return counts;
}

/** The whole number of weeks that moves `template` into the week starting on `firstDay`. */
const weeksBack = (template: Template, firstDay: number) => Math.floor((template.codeDay - firstDay) / DAYS_PER_WEEK);

function fits(template: Template, back: number, today: number): boolean {
  if (template.lastDay - back * DAYS_PER_WEEK >= today) return false;
  return template.finished || (back >= 0 && back <= UNFINISHED_MAX_WEEKS_BACK);
}

function lookupCode(random: Random): string {
  return Array.from({ length: 6 }, () => random.pick([...VERIFICATION_CODE_ALPHABET])).join('');
}

/** Picks one of `items` with chances proportional to their weights, given their running total. */
function pickWeighted<T>(random: Random, items: readonly T[], cumulative: readonly number[]): T {
  const roll = random.next() * cumulative[cumulative.length - 1]!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! > roll) high = middle;
    else low = middle + 1;
  }
  return items[low]!;
}

/** The first day of each week, oldest first: week `weeks` ends yesterday. */
export function weekStarts(today: number, weeks: number): number[] {
  return Array.from({ length: weeks }, (_, index) => today - (weeks - index) * DAYS_PER_WEEK);
}

/** The copies to make in the week starting on `firstDay`, `count` of them. */
export function planWeek(random: Random, shape: ProvinceShape, firstDay: number, count: number): CloneOrder[] {
  const candidates: Array<{ template: Template; back: number }> = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const template of shape.templates) {
    const back = weeksBack(template, firstDay);
    // Nothing lands on or after today: today's numbers belong to the receptions still to come.
    if (template.codeDay - back * DAYS_PER_WEEK >= shape.today || !fits(template, back, shape.today)) continue;
    total += template.finished ? 1 : (shape.unfinishedWeight ?? 4);
    candidates.push({ template, back });
    cumulative.push(total);
  }
  if (!candidates.length) return [];
  // Every SECOND_SUPPLEMENT_EVERY-th copy of a template supplied once, the week's first among them:
  // counted rather than drawn, so that even a small province holds a second supplement.
  let suppliedCopies = 0;
  return Array.from({ length: count }, () => {
    const { template, back } = pickWeighted(random, candidates, cumulative);
    const family = template.communeId ? shape.communeFamilies.get(template.communeId) : undefined;
    const applicant = demoApplicant(random, template.organisation);
    return {
      templateId: template.id,
      shiftDays: -back * DAYS_PER_WEEK,
      fromAgencyId: family ? template.communeId : null,
      toAgencyId: family ? random.pick(family) : null,
      applicantType: applicant.type,
      applicantName: applicant.name,
      applicantIdNumber: applicant.idNumber,
      applicantPhone: applicant.phone ?? '',
      applicantEmail: random.next() < EMAIL_SHARE ? (applicant.email ?? '') : '',
      applicantAddress: applicant.address ?? '',
      lookupCode: lookupCode(random),
      byPost: !template.online && random.chance(POST_SHARE),
      paysOnline: template.feePaid && random.chance(template.online ? PAID_ONLINE_SHARE.online : PAID_ONLINE_SHARE.paper),
      secondSupplement: template.suppliedOnce && suppliedCopies++ % SECOND_SUPPLEMENT_EVERY === 0,
      rating: random.chance(RATED_SHARE) ? pickScore(random) : null,
      ratedAfterMinutes: random.int(10, RATED_WITHIN_MINUTES),
    };
  });
}
