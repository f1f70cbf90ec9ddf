import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { FIGURE_GROUPINGS, type FigureGrouping, addDays, vietnamDate } from '@motcua/core';
import { type ResponseOf, apiRead, readUrl } from '@motcua/contract';
import { formatDate, formatNumber, formatPercent } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { CentreHeader } from './managed-centres.js';
import { centreTexts as texts } from './texts.js';

type Figures = ResponseOf<'/api/v1/centres/{agencyCode}/figures'>;
type Measures = Figures['total'];
type Period = { from: string; to: string; by: FigureGrouping };

const GROUPING_TEXTS = { service: texts.byService, counter: texts.byCounter, officer: texts.byOfficer, hour: texts.byHour } as const;
const isGrouping = (value: string | null): value is FigureGrouping => (FIGURE_GROUPINGS as readonly (string | null)[]).includes(value);

/** The period in the address, or the last seven days to today. */
function periodOf(params: URLSearchParams): Period {
  const today = vietnamDate(new Date());
  const by = params.get('by');
  return { from: params.get('from') || addDays(today, -6), to: params.get('to') || today, by: isGrouping(by) ? by : 'service' };
}

function PeriodForm({ applied, onApply }: { applied: Period; onApply(period: Period): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(applied);
  const set = (changes: Partial<Period>) => setDraft((previous) => ({ ...previous, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="card" aria-label={t(texts.figuresTitle)} onSubmit={submit}>
      <div className="filter-grid">
        <Field label={t(texts.from)}>
          <input type="date" name="from" required value={draft.from} onChange={(event) => set({ from: event.target.value })} />
        </Field>
        <Field label={t(texts.to)}>
          <input type="date" name="to" required value={draft.to} onChange={(event) => set({ to: event.target.value })} />
        </Field>
        <Field label={t(texts.by)}>
          <select name="by" value={draft.by} onChange={(event) => set({ by: event.target.value as FigureGrouping })}>
            {FIGURE_GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(GROUPING_TEXTS[grouping])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" className="button">
        {t(texts.show)}
      </button>
    </form>
  );
}

/** The cells of a row's measures, after its first (the row's name). */
function MeasureCells({ measures }: { measures: Measures }) {
  const { language, t } = useI18n();
  const number = (value: number) => formatNumber(value, language);
  const minutes = (value: number | null) => (value === null ? t(texts.none) : formatNumber(value, language));
  const cells: Array<[string, string]> = [
    [t(texts.tickets), number(measures.tickets)],
    [t(texts.called), number(measures.called)],
    [t(texts.served), number(measures.served)],
    [t(texts.noShows), number(measures.noShows)],
    [t(texts.transfers), number(measures.transfers)],
    [t(texts.waitingMean), minutes(measures.waitingMeanMinutes)],
    [t(texts.waitingP90), minutes(measures.waitingP90Minutes)],
    [t(texts.serviceMean), minutes(measures.serviceMeanMinutes)],
    [t(texts.serviceP90), minutes(measures.serviceP90Minutes)],
    [t(texts.ratings), `${number(measures.verySatisfied)} / ${number(measures.satisfied)} / ${number(measures.notSatisfied)}`],
    [t(texts.satisfaction), formatPercent(measures.satisfactionRate, language)],
  ];
  return (
    <>
      {cells.map(([label, value]) => (
        <td key={label} data-label={label} className="number">
          {value}
        </td>
      ))}
    </>
  );
}

const MEASURE_HEADERS = [texts.tickets, texts.called, texts.served, texts.noShows, texts.transfers, texts.waitingMean, texts.waitingP90, texts.serviceMean, texts.serviceP90, texts.ratings, texts.satisfaction];

function FiguresTable({ figures }: { figures: Figures }) {
  const { language, t } = useI18n();
  const rows: Array<{ label: string; measures: Measures; total?: boolean }> = [
    ...figures.rows.map((row) => ({ label: row.key === null ? t(texts.notAtCounter) : row.label || row.key, measures: row })),
    { label: t(texts.total), measures: figures.total, total: true },
  ];
  return (
    <DataTable
      items={rows}
      showCaption
      stackOnPhone
      caption={t(texts.figuresCaption, { from: formatDate(figures.from, language), to: formatDate(figures.to, language), by: t(GROUPING_TEXTS[figures.by]).toLowerCase() })}
      columns={[t(GROUPING_TEXTS[figures.by]), ...MEASURE_HEADERS.map((header) => t(header))]}
      row={(row) => (
        <tr key={row.label} className={row.total ? 'total-row' : undefined}>
          <th scope="row" data-label={t(GROUPING_TEXTS[figures.by])}>
            {row.label}
          </th>
          <MeasureCells measures={row.measures} />
        </tr>
      )}
    />
  );
}

/**
 * `/can-bo/trung-tam/:agencyCode/so-lieu`: a centre's figures for a period, by service, counter,
 * officer or hour, and the same as an Excel workbook. The period lives in the address, so that a
 * manager can bookmark or send it.
 */
export function CentreFiguresPage() {
  const { t } = useI18n();
  const { agencyCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const query = { from: period.from, to: period.to, by: period.by };
  const figures = useApi(apiRead('/api/v1/centres/{agencyCode}/figures', { path: { agencyCode }, query }));
  const workbook = readUrl(apiRead('/api/v1/centres/{agencyCode}/figures.xlsx', { path: { agencyCode }, query }));
  useTitle(`${t(texts.figuresTitle)}${figures.data ? ` — ${figures.data.centre.name}` : ''}`);
  return (
    <div className="page office-page">
      <CentreHeader agencyCode={agencyCode} title={t(texts.figuresTitle)} name={figures.data?.centre.name} />
      <p className="muted">{t(texts.figuresIntro)}</p>
      <PeriodForm key={`${period.from}/${period.to}/${period.by}`} applied={period} onApply={(next) => setParams(new URLSearchParams(next))} />
      {figures.error?.status === 403 ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : (
        figures.error && <ErrorMessage error={figures.error} onRetry={figures.reload} />
      )}
      {figures.loading && !figures.data && <Loading />}
      {figures.data && (
        <>
          <p>
            <a className="button button-secondary" href={workbook} download>
              {t(texts.download)}
            </a>
          </p>
          {figures.data.rows.length === 0 ? (
            <Alert kind="info">
              <p>{t(texts.noTickets)}</p>
            </Alert>
          ) : (
            <>
              <FiguresTable figures={figures.data} />
              <p className="muted">{t(texts.p90Note)}</p>
            </>
          )}
        </>
      )}
    </div>
  );
}
