import { type DossierState, STATE_LABELS, addDays, timingOf, toVietnamIso, vietnamInstant } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { invalid } from '../../platform/errors.js';
import type { Period } from './figures.js';

/**
 * The dossiers received in a period as open data: what the result boards already publish, without
 * anyone's name, number, phone or address. Rows are read in batches, each receiving agency's from
 * its index on the time received, after the last row sent: a year of a province (a million rows)
 * goes out without being held in memory, and no query holds a connection while the client reads.
 */

/** The columns, in order, as the CSV's header and the JSON's keys. */
export const OPEN_DATA_COLUMNS = [
  'code',
  'procedureCode',
  'procedureName',
  'fieldCode',
  'fieldName',
  'agencyCode',
  'agencyName',
  'channel',
  'receivedAt',
  'statutoryDueAt',
  'finishedAt',
  'state',
  'stateName',
  'timing',
] as const;
export type OpenDataRow = Record<(typeof OPEN_DATA_COLUMNS)[number], string | null>;

/** A year and a day: one calendar year, leap or not, from any first day. */
const LONGEST_DAYS = 365;
const BATCH = 1000;

/** 400 unless the period is at most a year: a longer one is asked for a year at a time. */
export function openDataPeriod(period: Period): Period {
  if (period.to > addDays(period.from, LONGEST_DAYS)) {
    throw invalid(
      'to',
      'Mỗi lần tải dữ liệu mở tối đa một năm (to không quá from + 365 ngày): hãy tải từng năm một.',
      'Open data is served a year at a time at most (to no later than from + 365 days): ask for one year after another.',
    );
  }
  return period;
}

interface Dossier {
  id: string;
  code: string;
  procedure_code: string;
  procedure_name: string;
  field_code: string;
  field_name: string;
  agency_code: string;
  agency_name: string;
  channel: string;
  received_at: Date;
  statutory_due_at: Date | null;
  finished_at: Date | null;
  clock_paused_at: Date | null;
  state: DossierState;
  supplement_count: number;
}

const HAS_RESULT: ReadonlySet<DossierState> = new Set(['result_ready', 'returned']);

/**
 * DOMAIN's on-time rule: a dossier with its result was early, on time or late; one still open is
 * overdue once past its statutory appointment (its clock frozen while it waits for the applicant);
 * a withdrawn or stopped one has no timing.
 */
function timing(row: Dossier, now: Date): string | null {
  if (!row.statutory_due_at) return null;
  if (row.finished_at) {
    return HAS_RESULT.has(row.state) ? timingOf({ endedAt: row.finished_at, statutoryDueAt: row.statutory_due_at, supplementRequests: row.supplement_count }) : null;
  }
  return row.statutory_due_at < (row.clock_paused_at ?? now) ? 'overdue' : 'in_time';
}

const instant = (at: Date | null) => (at ? toVietnamIso(at) : null);

/** The period's received dossiers, a batch at a time, ordered by receiving agency (by code), then time received. */
export async function* openDataRows(db: Queryable, period: Period, now: Date, batch = BATCH): AsyncGenerator<OpenDataRow[]> {
  const start = vietnamInstant(period.from);
  const end = vietnamInstant(addDays(period.to, 1));
  const { rows: agencies } = await db.query<{ id: string }>('SELECT id::text FROM agency_directory ORDER BY code');
  for (const agency of agencies) {
    let after: [Date, string] = [start, '00000000-0000-0000-0000-000000000000'];
    for (;;) {
      const { rows } = await db.query<Dossier>(
        `SELECT d.id::text, d.code, p.code AS procedure_code, p.name AS procedure_name, p.field_code, f.name AS field_name,
                a.code AS agency_code, a.name AS agency_name, d.channel, d.received_at, coalesce(d.original_due_at, d.due_at) AS statutory_due_at,
                d.finished_at, d.clock_paused_at, d.state, d.supplement_count
           FROM dossier_facts d
           JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN field_catalogue f ON f.code = p.field_code
           JOIN agency_directory a ON a.id = d.competent_agency_id
          WHERE d.receiving_agency_id = $1::uuid AND d.received_at >= $2 AND d.received_at < $3 AND (d.received_at, d.id) > ($4::timestamptz, $5::uuid)
          ORDER BY d.received_at, d.id LIMIT $6`,
        [agency.id, after[0], end, after[0], after[1], batch],
      );
      if (rows.length > 0) {
        yield rows.map((row) => ({
          code: row.code,
          procedureCode: row.procedure_code,
          procedureName: row.procedure_name,
          fieldCode: row.field_code,
          fieldName: row.field_name,
          agencyCode: row.agency_code,
          agencyName: row.agency_name,
          channel: row.channel,
          receivedAt: instant(row.received_at),
          statutoryDueAt: instant(row.statutory_due_at),
          finishedAt: instant(row.finished_at),
          state: row.state,
          stateName: STATE_LABELS[row.state].vi,
          timing: timing(row, now),
        }));
      }
      if (rows.length < batch) break;
      const last = rows.at(-1)!;
      after = [last.received_at, last.id];
    }
  }
}

/** A field as RFC 4180 writes it: quoted when it holds a quote, a comma or a line break, its quotes doubled. */
const csvField = (value: string | null) => (value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const csvLine = (values: Array<string | null>) => `${values.map(csvField).join(',')}\r\n`;

/** The CSV: a byte-order mark (Excel then reads it as UTF-8), the header, the rows; CRLF line ends. */
export async function* openDataCsv(batches: AsyncIterable<OpenDataRow[]>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...OPEN_DATA_COLUMNS])}`;
  for await (const batch of batches) yield batch.map((row) => csvLine(OPEN_DATA_COLUMNS.map((column) => row[column]))).join('');
}

/** The JSON: `{ "period": …, "columns": […], "items": [ … ] }`, written as the rows come. */
export async function* openDataJson(period: Period, batches: AsyncIterable<OpenDataRow[]>): AsyncGenerator<string> {
  yield `{"period":${JSON.stringify(period)},"columns":${JSON.stringify(OPEN_DATA_COLUMNS)},"items":[`;
  let first = true;
  for await (const batch of batches) {
    yield (first ? '' : ',') + batch.map((row) => JSON.stringify(row)).join(',');
    first = false;
  }
  yield ']}';
}
