import { type Figures, addDays, vietnamDate } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { invalid } from '../../platform/errors.js';
import { type Period, figuresBy } from './figures.js';
import type { AgencySubtree } from './scopes.js';

/**
 * The report on the handling of administrative procedures that agencies send upward each month,
 * quarter and year (Circular 01/2018/TT-VPCP, the forms on the results of handling procedures):
 * one line per subordinate agency (its whole subtree), or, for an agency with none, per field with
 * its procedures under it. Every column counts dossiers, so lines add up to their total.
 */

export const REPORT_KINDS = ['month', 'quarter', 'year'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The counted columns of the form, in its order; the three "Tổng số" columns are sums of these. */
export const REPORT_MEASURES = ['carriedOver', 'online', 'inPerson', 'early', 'onTime', 'late', 'inTime', 'overdue'] as const;
export type ReportMeasure = (typeof REPORT_MEASURES)[number];
export type ReportCounts = Record<ReportMeasure, number>;

/** A column of the table after the number and the name: a count, or a "Tổng số" of counts. */
export type ReportColumn = { title: string; measure: ReportMeasure } | { title: string; sumOf: readonly ReportMeasure[] };

/** The header of the form: three groups of columns, the first with a sub-group of new dossiers by channel. */
export const REPORT_GROUPS: ReadonlyArray<{ title: string; columns: ReadonlyArray<ReportColumn & { under?: string }> }> = [
  {
    title: 'Tổng số hồ sơ tiếp nhận',
    columns: [
      { title: 'Tổng số', sumOf: ['carriedOver', 'online', 'inPerson'] },
      { title: 'Kỳ trước chuyển qua', measure: 'carriedOver' },
      { title: 'Trực tuyến', measure: 'online', under: 'Mới tiếp nhận' },
      { title: 'Trực tiếp, bưu chính', measure: 'inPerson', under: 'Mới tiếp nhận' },
    ],
  },
  {
    title: 'Số hồ sơ đã giải quyết',
    columns: [
      { title: 'Tổng số', sumOf: ['early', 'onTime', 'late'] },
      { title: 'Trước hạn', measure: 'early' },
      { title: 'Đúng hạn', measure: 'onTime' },
      { title: 'Quá hạn', measure: 'late' },
    ],
  },
  {
    title: 'Số hồ sơ đang giải quyết',
    columns: [
      { title: 'Tổng số', sumOf: ['inTime', 'overdue'] },
      { title: 'Trong hạn', measure: 'inTime' },
      { title: 'Quá hạn', measure: 'overdue' },
    ],
  },
];
export const REPORT_COLUMNS: ReadonlyArray<ReportColumn & { under?: string }> = REPORT_GROUPS.flatMap((group) => group.columns);

export const REPORT_TITLE = 'Báo cáo tình hình, kết quả giải quyết thủ tục hành chính';
export const REPORT_UNIT = 'Đơn vị tính: hồ sơ';
export const REPORT_SIGNERS = [
  { title: 'Người lập biểu', note: '(Ký, ghi rõ họ tên)' },
  { title: 'Thủ trưởng cơ quan', note: '(Ký tên, đóng dấu)' },
] as const;

export interface ReportLine {
  /** The number in the first column: 1, 2, … or, for a field, I, II, … */
  number: string;
  name: string;
  counts: ReportCounts;
  /** A field's procedures; the field's counts are their sum. */
  lines?: ReportLine[];
}

export interface HandlingReport {
  kind: ReportKind;
  /** `2026-11`, `2026-Q4`, `2026`. */
  period: string;
  /** `Tháng 11 năm 2026`, `Quý IV năm 2026`, `Năm 2026`. */
  label: string;
  days: Period;
  agency: { code: string; name: string; superior: string | null };
  /** What the lines are: the agency's subordinate agencies, or its fields and procedures. */
  by: 'agency' | 'field';
  lines: ReportLine[];
  total: ReportCounts;
  madeAt: Date;
  /** The last day counted when the period runs on past today; null when it is over. */
  countedTo: string | null;
}

const PERIOD_PATTERNS: Record<ReportKind, RegExp> = { month: /^(\d{4})-(0[1-9]|1[0-2])$/, quarter: /^(\d{4})-Q([1-4])$/, year: /^(\d{4})$/ };
const PERIOD_FORMS: Record<ReportKind, string> = { month: 'YYYY-MM', quarter: 'YYYY-Qn', year: 'YYYY' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

const lastDayOfMonth = (year: string, month: number) => addDays(`${month === 12 ? Number(year) + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`, -1);

/** The report's period from its address: this month, quarter or year by default; 400 when malformed or not begun. */
export function reportPeriod(kind: ReportKind, asked: string | undefined, now: Date): { period: string; label: string; days: Period } {
  const today = vietnamDate(now);
  const month = Number(today.slice(5, 7));
  const period = asked ?? { month: today.slice(0, 7), quarter: `${today.slice(0, 4)}-Q${Math.ceil(month / 3)}`, year: today.slice(0, 4) }[kind];
  const match = PERIOD_PATTERNS[kind].exec(period);
  if (!match) throw invalid('period', `Kỳ báo cáo phải có dạng ${PERIOD_FORMS[kind]}.`, `period must be ${PERIOD_FORMS[kind]}.`);
  const year = match[1]!;
  const [first, last, label] =
    kind === 'month'
      ? [Number(match[2]), Number(match[2]), `Tháng ${Number(match[2])} năm ${year}`]
      : kind === 'quarter'
        ? [Number(match[2]) * 3 - 2, Number(match[2]) * 3, `Quý ${ROMAN[Number(match[2]) - 1]} năm ${year}`]
        : [1, 12, `Năm ${year}`];
  const days = { from: `${year}-${String(first).padStart(2, '0')}-01`, to: lastDayOfMonth(year, last) };
  if (days.from > today) throw invalid('period', 'Kỳ báo cáo chưa bắt đầu.', 'The period has not begun yet.');
  if (year < '2000') throw invalid('period', 'Kỳ báo cáo quá xa.', 'The period is too long ago.');
  return { period, label, days };
}

export const emptyCounts = (): ReportCounts => Object.fromEntries(REPORT_MEASURES.map((measure) => [measure, 0])) as ReportCounts;

/** The form's counts of a set of figures: new dossiers by channel (post with the counter), finished and open by time. */
function countsOf(figures: Figures): ReportCounts {
  return {
    carriedOver: figures.carriedOver,
    online: figures.receivedByChannel.online,
    inPerson: figures.receivedByChannel.inPerson + figures.receivedByChannel.post,
    early: figures.finished.early,
    onTime: figures.finished.onTime,
    late: figures.finished.late,
    inTime: figures.inProgress.onTime,
    overdue: figures.inProgress.overdue,
  };
}

function add(into: ReportCounts, counts: ReportCounts): ReportCounts {
  for (const measure of REPORT_MEASURES) into[measure] += counts[measure];
  return into;
}

const sumOf = (lines: ReportLine[]) => lines.reduce((sum, line) => add(sum, line.counts), emptyCounts());
const isEmpty = (counts: ReportCounts) => REPORT_MEASURES.every((measure) => counts[measure] === 0);
export const columnValue = (counts: ReportCounts, column: ReportColumn) =>
  'measure' in column ? counts[column.measure] : column.sumOf.reduce((sum, measure) => sum + counts[measure], 0);

interface TreeRow {
  id: string;
  parent_id: string | null;
  name: string;
}

/** Each subordinate agency with its whole subtree, in code order; the agency's own dossiers, if any, on a line of their own. */
function agencyLines(agency: AgencySubtree, tree: TreeRow[], byAgency: Map<string, Figures>): ReportLine[] {
  const children = tree.filter((row) => row.parent_id === agency.id);
  const parents = new Map(tree.map((row) => [row.id, row.parent_id]));
  const lineOf = new Map<string, ReportLine>(children.map((child) => [child.id, { number: '', name: child.name, counts: emptyCounts() }]));
  const own: ReportLine = { number: '', name: `${agency.name} (trực tiếp giải quyết)`, counts: emptyCounts() };
  for (const [id, figures] of byAgency) {
    let child = id;
    while (parents.get(child) && parents.get(child) !== agency.id) child = parents.get(child)!;
    add(lineOf.get(child)?.counts ?? own.counts, countsOf(figures));
  }
  const lines = [...(isEmpty(own.counts) ? [] : [own]), ...lineOf.values()];
  lines.forEach((line, index) => (line.number = String(index + 1)));
  return lines;
}

/** Fields by name, each with its procedures that counted anything, by code. */
async function fieldLines(db: Queryable, byProcedure: Map<string, Figures>): Promise<ReportLine[]> {
  const { rows } = await db.query<{ id: string; code: string; name: string; field_name: string }>(
    `SELECT p.id::text, p.code, p.name, f.name AS field_name FROM procedure_catalogue p JOIN field_catalogue f ON f.code = p.field_code
      WHERE p.id = ANY($1::uuid[]) ORDER BY f.name, p.code`,
    [[...byProcedure.keys()]],
  );
  const fields = new Map<string, ReportLine[]>();
  for (const row of rows) {
    const counts = countsOf(byProcedure.get(row.id)!);
    if (isEmpty(counts)) continue;
    const procedures = fields.get(row.field_name) ?? [];
    procedures.push({ number: String(procedures.length + 1), name: `${row.name} (${row.code})`, counts });
    fields.set(row.field_name, procedures);
  }
  return [...fields].map(([name, procedures], index) => ({ number: ROMAN[index] ?? String(index + 1), name: `Lĩnh vực ${name}`, counts: sumOf(procedures), lines: procedures }));
}

export async function handlingReport(db: Queryable, agency: AgencySubtree, kind: ReportKind, asked: string | undefined, now: Date): Promise<HandlingReport> {
  const { period, label, days } = reportPeriod(kind, asked, now);
  const [tree, superior] = await Promise.all([
    db.query<TreeRow>('SELECT id::text, parent_id::text, name FROM agency_directory WHERE id = ANY($1::uuid[]) ORDER BY code', [agency.ids]),
    db.query<{ name: string }>('SELECT p.name FROM agency_directory a JOIN agency_directory p ON p.id = a.parent_id WHERE a.id = $1', [agency.id]),
  ]);
  const by = tree.rows.some((row) => row.parent_id === agency.id) ? 'agency' : 'field';
  const lines =
    by === 'agency'
      ? agencyLines(agency, tree.rows, await figuresBy(db, { agencyIds: agency.ids }, days, now, 'agency'))
      : await fieldLines(db, await figuresBy(db, { agencyIds: [agency.id] }, days, now, 'procedure'));
  const today = vietnamDate(now);
  return {
    kind,
    period,
    label,
    days,
    agency: { code: agency.code, name: agency.name, superior: superior.rows[0]?.name ?? null },
    by,
    lines,
    total: sumOf(lines),
    madeAt: now,
    countedTo: days.to > today ? today : null,
  };
}

/** `bao-cao-thang-2026-11-000.00.00.H99`: the file name, without its extension. */
export const reportFileName = (report: HandlingReport) =>
  `bao-cao-${{ month: 'thang', quarter: 'quy', year: 'nam' }[report.kind]}-${report.period}-${report.agency.code}`;
