import { useId, useState } from 'react';
import { vietnamDate } from '@motcua/core';
import { apiRead, readUrl } from '@motcua/contract';
import { defineTexts, useI18n } from '../../shared/i18n.js';
import { PeriodPicker, type PickedPeriod } from './PeriodPicker.js';

const texts = defineTexts({
  title: { vi: 'Báo cáo', en: 'Reports' },
  intro: {
    vi: 'Báo cáo tình hình, kết quả giải quyết thủ tục hành chính theo biểu mẫu: mỗi đơn vị trực thuộc (hoặc lĩnh vực, thủ tục) một dòng, dòng tổng bằng công thức.',
    en: 'The report on the handling of procedures in the official form: one line per subordinate agency (or field and procedure), totals as formulas.',
  },
  kind: { vi: 'Loại báo cáo', en: 'Report' },
  month: { vi: 'Báo cáo tháng', en: 'Monthly' },
  quarter: { vi: 'Báo cáo quý', en: 'Quarterly' },
  year: { vi: 'Báo cáo năm', en: 'Yearly' },
  excel: { vi: 'Tải bảng tính Excel (.xlsx)', en: 'Download the Excel workbook (.xlsx)' },
  pdf: { vi: 'Tải bản PDF', en: 'Download the PDF' },
  openData: { vi: 'Dữ liệu mở của năm (CSV, không có thông tin cá nhân)', en: 'The year’s open data (CSV, no personal data)' },
});

const KINDS = ['month', 'quarter', 'year'] as const;
type Kind = (typeof KINDS)[number];

/** The period as the report's address writes it: `2026-11`, `2026-Q4`, `2026`. */
function periodOf({ kind, year, part }: PickedPeriod & { kind: Kind }): string {
  if (kind === 'month') return `${year}-${String(part).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${part}`;
  return String(year);
}

/**
 * The downloads of the official report for an agency (its code; the highest the officer answers
 * for without it): a month, quarter or year, as .xlsx or PDF, and the year's open data. Plain links,
 * so the browser saves the files itself.
 */
export function ReportDownloads({ agency }: { agency?: string | undefined }) {
  const { t } = useI18n();
  const headingId = useId();
  const today = vietnamDate(new Date());
  const thisYear = Number(today.slice(0, 4));
  const [period, setPeriod] = useState<PickedPeriod & { kind: Kind }>({ kind: 'month', year: thisYear, part: Number(today.slice(5, 7)) });
  const { kind, year } = period;
  const query = { period: periodOf(period), ...(agency ? { agency } : {}) };
  const link = (extension: 'xlsx' | 'pdf') =>
    readUrl(apiRead(extension === 'xlsx' ? '/api/v1/statistics/reports/{kind}.xlsx' : '/api/v1/statistics/reports/{kind}.pdf', { path: { kind }, query }));
  const lastDay = `${year}-12-31` < today ? `${year}-12-31` : today;
  const openData = readUrl(apiRead('/api/public/open-data/dossiers.csv', { query: { from: `${year}-01-01`, to: lastDay } }));
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(texts.title)}</h2>
      <p className="muted">{t(texts.intro)}</p>
      <div className="inline-form">
        <PeriodPicker kinds={KINDS} kindLabel={t(texts.kind)} kindTexts={texts} value={period} onChange={setPeriod} years={years} latestDay={today} />
      </div>
      <p>
        <a className="button inline-gap" href={link('xlsx')} download>
          {t(texts.excel)}
        </a>
        <a className="button button-secondary" href={link('pdf')} download>
          {t(texts.pdf)}
        </a>
      </p>
      <p>
        <a href={openData} download>
          {t(texts.openData)}
        </a>
      </p>
    </section>
  );
}
