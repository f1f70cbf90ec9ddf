import { FIGURE_GROUPINGS, type FigureGrouping } from '@motcua/core';
import { type ResponseOf, apiRead, readUrl } from '@motcua/contract';
import { formatDate, formatNumber, formatPercent } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { CentrePeriodPage, PeriodForm, useCentrePeriod } from './CentrePeriodPage.js';
import { centreTexts as texts } from './texts.js';

type Figures = ResponseOf<'/api/v1/centres/{agencyCode}/figures'>;
type Measures = Figures['total'];
type Period = { from: string; to: string; by: FigureGrouping };

const GROUPING_TEXTS = { service: texts.byService, counter: texts.byCounter, officer: texts.byOfficer, hour: texts.byHour } as const;
const isGrouping = (value: string | null): value is FigureGrouping => (FIGURE_GROUPINGS as readonly (string | null)[]).includes(value);

/** The grouping in the address (`?by=`), or by service. */
const groupingOf = (params: URLSearchParams): FigureGrouping => {
  const by = params.get('by');
  return isGrouping(by) ? by : 'service';
};

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

function BookingFigures({ bookings }: { bookings: Figures['bookings'] }) {
  const { language, t } = useI18n();
  const figures: Array<[Text, number]> = [
    [texts.bookingsMade, bookings.made],
    [texts.bookingsCheckedIn, bookings.checkedIn],
    [texts.bookingsNoShows, bookings.noShows],
    [texts.bookingsCancelled, bookings.cancelled],
    [texts.bookingsUpcoming, bookings.upcoming],
  ];
  return (
    <section aria-labelledby="booking-figures">
      <h2 id="booking-figures">{t(texts.bookingsTitle)}</h2>
      <dl className="centre-summary">
        {figures.map(([label, value]) => (
          <div key={label.vi}>
            <dt>{t(label)}</dt>
            <dd>{formatNumber(value, language)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t(texts.bookingsNote)}</p>
    </section>
  );
}

/**
 * `/can-bo/trung-tam/:agencyCode/so-lieu`: a centre's figures for a period, by service, counter,
 * officer or hour, the bookings of the period, and the same as an Excel workbook.
 */
export function CentreFiguresPage() {
  const { t } = useI18n();
  const { agencyCode, params, period: days, apply } = useCentrePeriod(7);
  const period: Period = { ...days, by: groupingOf(params) };
  const figures = useApi(apiRead('/api/v1/centres/{agencyCode}/figures', { path: { agencyCode }, query: period }));
  const workbook = readUrl(apiRead('/api/v1/centres/{agencyCode}/figures.xlsx', { path: { agencyCode }, query: period }));
  const grouping = (draft: Period, set: (changes: Partial<Period>) => void) => (
    <Field label={t(texts.by)}>
      <select name="by" value={draft.by} onChange={(event) => set({ by: event.target.value as FigureGrouping })}>
        {FIGURE_GROUPINGS.map((option) => (
          <option key={option} value={option}>
            {t(GROUPING_TEXTS[option])}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <CentrePeriodPage
      agencyCode={agencyCode}
      title={t(texts.figuresTitle)}
      name={figures.data?.centre.name}
      intro={t(texts.figuresIntro)}
      forbidden={t(texts.forbidden)}
      form={<PeriodForm key={`${period.from}/${period.to}/${period.by}`} label={t(texts.figuresTitle)} applied={period} onApply={apply} more={grouping} />}
      answer={figures}
    >
      {(data) => (
        <>
          <p>
            <a className="button button-secondary" href={workbook} download>
              {t(texts.download)}
            </a>
          </p>
          {data.rows.length === 0 ? (
            <Alert kind="info">
              <p>{t(texts.noTickets)}</p>
            </Alert>
          ) : (
            <>
              <FiguresTable figures={data} />
              <p className="muted">{t(texts.p90Note)}</p>
            </>
          )}
          <BookingFigures bookings={data.bookings} />
        </>
      )}
    </CentrePeriodPage>
  );
}
