import { useId, useState } from 'react';
import { vietnamDate } from '@motcua/core';
import { apiRead, readUrl } from '@motcua/contract';
import { defineTexts, useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';

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
  yearField: { vi: 'Năm', en: 'Year' },
  monthField: { vi: 'Tháng', en: 'Month' },
  quarterField: { vi: 'Quý', en: 'Quarter' },
  excel: { vi: 'Tải bảng tính Excel (.xlsx)', en: 'Download the Excel workbook (.xlsx)' },
  pdf: { vi: 'Tải bản PDF', en: 'Download the PDF' },
  openData: { vi: 'Dữ liệu mở của năm (CSV, không có thông tin cá nhân)', en: 'The year’s open data (CSV, no personal data)' },
});

const KINDS = ['month', 'quarter', 'year'] as const;
type Kind = (typeof KINDS)[number];
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The period as the report's address writes it: `2026-11`, `2026-Q4`, `2026`. */
function periodOf(kind: Kind, year: number, month: number): string {
  if (kind === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
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
  const [kind, setKind] = useState<Kind>('month');
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const query = { period: periodOf(kind, year, month), ...(agency ? { agency } : {}) };
  const link = (extension: 'xlsx' | 'pdf') =>
    readUrl(apiRead(extension === 'xlsx' ? '/api/v1/statistics/reports/{kind}.xlsx' : '/api/v1/statistics/reports/{kind}.pdf', { path: { kind }, query }));
  const lastDay = `${year}-12-31` < today ? `${year}-12-31` : today;
  const openData = readUrl(apiRead('/api/public/open-data/dossiers.csv', { query: { from: `${year}-01-01`, to: lastDay } }));
  const years = Array.from({ length: 6 }, (_, index) => Number(today.slice(0, 4)) - index);
  const thisYear = year === Number(today.slice(0, 4));
  const months = Array.from({ length: thisYear ? Number(today.slice(5, 7)) : 12 }, (_, index) => index + 1);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(texts.title)}</h2>
      <p className="muted">{t(texts.intro)}</p>
      <div className="inline-form">
        <Field label={t(texts.kind)}>
          <select value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(texts[option])}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.yearField)}>
          <select
            value={year}
            onChange={(event) => {
              const chosen = Number(event.target.value);
              setYear(chosen);
              if (chosen === Number(today.slice(0, 4))) setMonth((current) => Math.min(current, Number(today.slice(5, 7))));
            }}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'month' && (
          <Field label={t(texts.monthField)}>
            <select value={month} onChange={(event) => setMonth(Number(event.target.value))}>
              {months.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </Field>
        )}
        {kind === 'quarter' && (
          <Field label={t(texts.quarterField)}>
            <select value={Math.ceil(month / 3)} onChange={(event) => setMonth(Number(event.target.value) * 3 - 2)}>
              {ROMAN.slice(0, Math.ceil(months.length / 3)).map((label, index) => (
                <option key={label} value={index + 1}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
        )}
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
