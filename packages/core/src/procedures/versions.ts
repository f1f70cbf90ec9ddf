import { formatVietnamDay, isCalendarDate, vietnamInstant } from '../calendar/index.js';
import type { DefinitionProblem } from './definition.js';

/** What deciding which version is in force needs to know of a published version. */
export interface PublishedVersion {
  version: number;
  effectiveFrom: Date;
}

/**
 * The version in force at an instant: the newest whose effective instant has come. Publication
 * keeps effective instants in version order (see checkPublication), so this is also the one that
 * took effect last; a version waiting for its date never applies early.
 */
export function versionInForce<V extends PublishedVersion>(versions: readonly V[], at: Date): V | undefined {
  let found: V | undefined;
  for (const candidate of versions) {
    if (candidate.effectiveFrom.getTime() <= at.getTime() && (!found || candidate.version > found.version)) found = candidate;
  }
  return found;
}

/** The next version to take effect after an instant, if one is published and waiting for its date. */
export function upcomingVersion<V extends PublishedVersion>(versions: readonly V[], at: Date): V | undefined {
  let found: V | undefined;
  for (const candidate of versions) {
    if (candidate.effectiveFrom.getTime() > at.getTime() && (!found || candidate.version < found.version)) found = candidate;
  }
  return found;
}

/** The decision that announces a version (số hiệu và ngày của quyết định công bố) and the day it applies from. */
export interface PublicationInput {
  /** e.g. "Quyết định số 1234/QĐ-UBND". */
  decidingDocument: string;
  /** `YYYY-MM-DD`: the day the decision was signed. */
  decidedOn: string;
  /** `YYYY-MM-DD`, Vietnam time: the first day dossiers follow the new version. */
  effectiveOn: string;
}

const dayOf = (date: string) => formatVietnamDay(vietnamInstant(date));

/**
 * What is wrong with a publication, if anything. `today` is the Vietnamese date of the request;
 * `latest` the version published last, whose date a new one may not precede (else two versions
 * would overtake each other and the older decision would apply after the newer one).
 */
export function checkPublication(input: PublicationInput, today: string, latest?: { version: number; effectiveOn: string }): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!input.decidingDocument.trim()) {
    problems.push({
      field: 'decidingDocument',
      vi: 'Vui lòng nhập số hiệu quyết định công bố, ví dụ “Quyết định số 1234/QĐ-UBND”.',
      en: 'Enter the number of the deciding document, e.g. “Quyết định số 1234/QĐ-UBND”.',
    });
  }
  const decided = isCalendarDate(input.decidedOn);
  if (!decided) {
    problems.push({ field: 'decidedOn', vi: 'Vui lòng nhập ngày ban hành quyết định.', en: 'Enter the date of the decision.' });
  } else if (input.decidedOn > today) {
    problems.push({
      field: 'decidedOn',
      vi: `Ngày ban hành quyết định (${dayOf(input.decidedOn)}) không được sau hôm nay (${dayOf(today)}).`,
      en: `The decision's date (${input.decidedOn}) cannot be after today (${today}).`,
    });
  }
  if (!isCalendarDate(input.effectiveOn)) {
    problems.push({ field: 'effectiveOn', vi: 'Vui lòng nhập ngày áp dụng phiên bản mới.', en: 'Enter the date the new version applies from.' });
    return problems;
  }
  if (input.effectiveOn < today) {
    problems.push({
      field: 'effectiveOn',
      vi: `Ngày áp dụng (${dayOf(input.effectiveOn)}) không được trước hôm nay (${dayOf(today)}): hồ sơ đã tiếp nhận không đổi phiên bản.`,
      en: `The effective date (${input.effectiveOn}) cannot be before today (${today}): dossiers already received keep their version.`,
    });
  } else if (decided && input.effectiveOn < input.decidedOn) {
    problems.push({
      field: 'effectiveOn',
      vi: `Ngày áp dụng (${dayOf(input.effectiveOn)}) không được trước ngày ban hành quyết định (${dayOf(input.decidedOn)}).`,
      en: `The effective date (${input.effectiveOn}) cannot be before the decision's date (${input.decidedOn}).`,
    });
  } else if (latest && input.effectiveOn < latest.effectiveOn) {
    problems.push({
      field: 'effectiveOn',
      vi: `Phiên bản ${latest.version} áp dụng từ ngày ${dayOf(latest.effectiveOn)}; phiên bản mới không được áp dụng trước ngày đó.`,
      en: `Version ${latest.version} applies from ${latest.effectiveOn}; a newer version cannot apply before it.`,
    });
  }
  return problems;
}

/**
 * The instant a version published at `now` to apply from `effectiveOn` takes effect: the start of
 * that day in Vietnam, or the moment of publication when that day has begun, so that a dossier
 * received earlier today is never shown as received under a version that was not yet published.
 */
export function effectiveInstant(effectiveOn: string, now: Date): Date {
  const start = vietnamInstant(effectiveOn);
  return start.getTime() > now.getTime() ? start : now;
}
