import { formatVietnamDay, formatVietnamTimeAndDay, vietnamInstant } from '@motcua/core';
import { type HeaderCell, Paper, SIZES, placeOf } from '../papers/index.js';
import { type HandlingReport, REPORT_COLUMNS, REPORT_GROUPS, REPORT_SIGNERS, REPORT_TITLE, REPORT_UNIT, columnValue, type ReportCounts } from './report.js';

/** The report as a PDF on A4 landscape: the same heading, header, lines and total as the workbook, set small enough for thirteen columns. */

const number = (value: number) => value.toLocaleString('vi-VN');
const cells = (first: string, name: string, counts: ReportCounts) => [first, name, ...REPORT_COLUMNS.map((column) => number(columnValue(counts, column)))];

/** The header rows of the form: groups, then "Tổng số", the plain columns and the sub-group, then the sub-group's columns, then the columns' numbers. */
function header(byAgency: boolean): HeaderCell[][] {
  const top: HeaderCell[] = [
    { title: 'STT', rows: 3 },
    { title: byAgency ? 'Tên đơn vị' : 'Lĩnh vực, thủ tục hành chính', rows: 3 },
    ...REPORT_GROUPS.map((group) => ({ title: group.title, columns: group.columns.length })),
  ];
  const middle: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  for (const group of REPORT_GROUPS) {
    group.columns.forEach((column, index) => {
      if (!column.under) return middle.push({ title: column.title, rows: 2 });
      if (group.columns[index - 1]?.under !== column.under) middle.push({ title: column.under, columns: group.columns.filter((other) => other.under === column.under).length });
      bottom.push({ title: column.title });
    });
  }
  const numbers = Array.from({ length: REPORT_COLUMNS.length + 2 }, (_, index) => ({ title: `(${index + 1})` }));
  return [top, middle, bottom, numbers];
}

export function reportPaper(report: HandlingReport): Promise<Buffer> {
  const days = `Từ ngày ${formatVietnamDay(vietnamInstant(report.days.from))} đến ngày ${formatVietnamDay(vietnamInstant(report.days.to))}`;
  const rows: string[][] = [];
  const strong = new Set<number>();
  for (const line of report.lines) {
    if (line.lines) strong.add(rows.length);
    rows.push(cells(line.number, line.name, line.counts));
    for (const procedure of line.lines ?? []) rows.push(cells(procedure.number, procedure.name, procedure.counts));
  }
  strong.add(rows.length);
  rows.push(cells('', 'Tổng cộng', report.total));

  const paper = new Paper({ title: `${REPORT_TITLE} — ${report.label}`, author: report.agency.name, subject: `${REPORT_TITLE} — ${report.agency.name}`, issuedAt: report.madeAt, landscape: true })
    .heading({ superior: report.agency.superior ?? undefined, issuer: report.agency.name, placeAndDate: { place: placeOf(report.agency.name), at: report.madeAt } })
    .title(REPORT_TITLE, [
      { text: report.label },
      { text: report.countedTo ? `(${days}; số liệu đến ${formatVietnamTimeAndDay(report.madeAt)})` : `(${days})`, face: 'italic' },
    ])
    .text(REPORT_UNIT, { face: 'italic', size: SIZES.small, align: 'right' })
    .table(
      [
        { title: 'STT', share: 28, align: 'center' },
        { title: 'Tên', share: 150 },
        ...REPORT_COLUMNS.map(() => ({ title: '', share: 48, align: 'right' as const })),
      ],
      rows,
      { size: 8.5, header: header(report.by === 'agency'), strong },
    );
  if (report.lines.length === 0) paper.text('Không có hồ sơ nào trong kỳ báo cáo.', { face: 'italic', align: 'center' });
  return paper.signatures(REPORT_SIGNERS.map((signer) => ({ title: signer.title, note: signer.note }))).finish({ numberPages: true });
}
