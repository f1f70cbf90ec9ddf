import { type ResponseOf, AGENCIES, FIELDS, apiRead } from '@motcua/contract';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatNumber, formatPercent } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { type Column, DataTable } from '../../shared/ui/DataTable.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { type BarGroup, BarChart } from './BarChart.js';
import { ReportDownloads } from './ReportDownloads.js';
import { DOSSIERS_PATH, type StatisticsQuery, monthSpan, readStatisticsQuery, statisticsHref } from './scope.js';
import { type Choice, StatisticsFilters } from './StatisticsFilters.js';
import { statisticsTexts as texts } from './texts.js';
import './statistics.css';

type Answer = ResponseOf<'/api/v1/statistics'>;
type Figures = Omit<Answer, 'period' | 'agency'>;
type Group = ResponseOf<'/api/v1/statistics/breakdown'>['groups'][number];
type Agency = ResponseOf<'/api/public/agencies'>[number];

/** The figures a card shows, and the list of dossiers behind it (none: a time or a share). */
export const FIGURE_CARDS: Array<{ figure?: string; label: Text; value(figures: Figures): number }> = [
  { figure: 'received', label: texts.received, value: (f) => f.received },
  { figure: 'carried_over', label: texts.carriedOver, value: (f) => f.carriedOver },
  { figure: 'finished_early', label: texts.finishedEarly, value: (f) => f.finished.early },
  { figure: 'finished_on_time', label: texts.finishedOnTime, value: (f) => f.finished.onTime },
  { figure: 'finished_late', label: texts.finishedLate, value: (f) => f.finished.late },
  { figure: 'in_progress_on_time', label: texts.inProgressOnTime, value: (f) => f.inProgress.onTime },
  { figure: 'overdue', label: texts.overdue, value: (f) => f.inProgress.overdue },
  { figure: 'refused', label: texts.refused, value: (f) => f.refused },
  { figure: 'withdrawn', label: texts.withdrawn, value: (f) => f.withdrawn },
  { figure: 'stopped', label: texts.stopped, value: (f) => f.stopped },
  { figure: 'with_supplements', label: texts.supplementRequests, value: (f) => f.supplementRequests },
];

/** The agencies under those the officer answers for (each of them included), as the API lists them. */
function agenciesUnder(all: Agency[], tops: string[]): Agency[] {
  const seen = new Set(tops);
  for (let grew = true; grew; ) {
    grew = false;
    for (const agency of all) {
      if (agency.parentId && seen.has(agency.parentId) && !seen.has(agency.id)) {
        seen.add(agency.id);
        grew = true;
      }
    }
  }
  return all.filter((agency) => seen.has(agency.id));
}

const days = (value: number | null, t: ReturnType<typeof useI18n>['t'], language: 'vi' | 'en') =>
  value === null ? t(texts.none) : t(texts.days, { days: formatNumber(Math.round(value * 10) / 10, language) });

/** The period and scope of an answer, as the links to its dossiers carry them. */
const scopeOf = (answer: Answer, query: StatisticsQuery): StatisticsQuery => ({ ...query, ...answer.period, agency: answer.agency?.code });

function FigureCards({ answer, query }: { answer: Answer; query: StatisticsQuery }) {
  const { language, t } = useI18n();
  const scope = scopeOf(answer, query);
  const shares: Array<[Text, string, string?]> = [
    [texts.averageDays, days(answer.processingDays.average, t, language)],
    [texts.p90Days, days(answer.processingDays.p90, t, language)],
    [texts.onTimeRate, formatPercent(answer.onTimeRate, language)],
    [texts.onlineShare, formatPercent(answer.onlineShare, language), statisticsHref(DOSSIERS_PATH, scope, { figure: 'received_online' })],
    [texts.paidOnlineShare, formatPercent(answer.paidOnlineShare, language)],
    [texts.digitisedShare, formatPercent(answer.digitisedShare, language)],
    [texts.satisfaction, formatPercent(answer.satisfaction.rate, language)],
  ];
  return (
    <section aria-labelledby="stat-figures">
      <h2 id="stat-figures">{t(texts.figures)}</h2>
      <ul className="stat-cards">
        {FIGURE_CARDS.map((card) => (
          <li key={card.figure} className="stat-card" data-figure={card.figure}>
            <Link to={statisticsHref(DOSSIERS_PATH, scope, { figure: card.figure! })}>
              <span className="stat-card-value">{formatNumber(card.value(answer), language)}</span>
              <span className="stat-card-label">{t(card.label)}</span>
            </Link>
          </li>
        ))}
        {shares.map(([label, value, href]) => (
          <li key={label.vi} className="stat-card stat-card-share">
            {href ? (
              <Link to={href}>
                <span className="stat-card-value">{value}</span>
                <span className="stat-card-label">{t(label)}</span>
              </Link>
            ) : (
              <>
                <span className="stat-card-value">{value}</span>
                <span className="stat-card-label">{t(label)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Reads a breakdown of the same period and scope. */
function useBreakdown(by: 'month' | 'agency' | 'procedure' | 'officer', query: StatisticsQuery) {
  return useApi(apiRead('/api/v1/statistics/breakdown', { query: { by, ...query } }));
}

function Section({ id, title, note, children }: { id: string; title: string; note?: string; children: React.ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      {children}
    </section>
  );
}

function Breakdown({ loaded, children }: { loaded: ReturnType<typeof useBreakdown>; children(groups: Group[]): React.ReactNode }) {
  if (loaded.error) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <>{children(loaded.data.groups)}</>;
}

function Trends({ query }: { query: StatisticsQuery }) {
  const { language, t } = useI18n();
  const loaded = useBreakdown('month', query);
  return (
    <Section id="stat-trends" title={t(texts.trends)}>
      <Breakdown loaded={loaded}>
        {(groups) => (
          <BarChart
            caption={t(texts.trendsCaption)}
            groupHeader={t(texts.monthColumn)}
            series={[
              { key: 'received', label: t(texts.received) },
              { key: 'finished', label: t(texts.finished) },
            ]}
            groups={groups.map((group) => {
              const month = monthSpan(Number(group.key.slice(0, 4)), Number(group.key.slice(5, 7)));
              const span = { from: month.from < loaded.data!.period.from ? loaded.data!.period.from : month.from, to: month.to > loaded.data!.period.to ? loaded.data!.period.to : month.to };
              const scope = { ...query, ...span, agency: loaded.data!.agency?.code };
              return {
                key: group.key,
                label: `${group.key.slice(5, 7)}/${group.key.slice(0, 4)}`,
                bars: [
                  { value: group.figures.received, text: formatNumber(group.figures.received, language), href: statisticsHref(DOSSIERS_PATH, scope, { figure: 'received' }) },
                  { value: group.figures.finished.total, text: formatNumber(group.figures.finished.total, language), href: statisticsHref(DOSSIERS_PATH, scope, { figure: 'finished' }) },
                ],
              };
            })}
          />
        )}
      </Breakdown>
    </Section>
  );
}

type RankKey = 'received' | 'finished' | 'onTimeRate' | 'overdue';
const RANK_VALUES: Record<RankKey, (f: Figures) => number> = {
  received: (f) => f.received,
  finished: (f) => f.finished.total,
  onTimeRate: (f) => f.onTimeRate ?? -1,
  overdue: (f) => f.inProgress.overdue,
};
const RANK_TEXTS: Record<RankKey, Text> = { received: texts.received, finished: texts.finished, onTimeRate: texts.onTimeRate, overdue: texts.overdue };

/**
 * The agencies of the scope, each on its own dossiers: sortable by any column, and those with most
 * dossiers overdue as bars. An agency with none below it links its figures to its dossiers.
 */
function Agencies({ query, leaves }: { query: StatisticsQuery; leaves: Set<string> }) {
  const { language, t } = useI18n();
  const loaded = useBreakdown('agency', query);
  const [sort, setSort] = useState<{ key: RankKey; descending: boolean }>({ key: 'onTimeRate', descending: true });
  const link = (group: Group, figure: string, text: string) =>
    group.code && leaves.has(group.code) ? <Link to={statisticsHref(DOSSIERS_PATH, { ...query, ...loaded.data!.period, agency: group.code }, { figure })}>{text}</Link> : text;
  const sortable = (key: RankKey): Column => ({
    label: (
      <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : true })}>
        {t(RANK_TEXTS[key])}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    ),
    sort: sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none',
  });
  return (
    <>
      <Section id="stat-ranking" title={t(texts.ranking)} note={t(texts.rankingNote)}>
        <Breakdown loaded={loaded}>
          {(groups) => (
            <DataTable
              items={[...groups].sort((a, b) => (sort.descending ? -1 : 1) * (RANK_VALUES[sort.key](a.figures) - RANK_VALUES[sort.key](b.figures)) || a.name.localeCompare(b.name, 'vi'))}
              caption={t(texts.ranking)}
              empty={<p className="muted">{t(texts.nothing)}</p>}
              columns={[t(texts.agency), sortable('received'), sortable('finished'), sortable('onTimeRate'), sortable('overdue')]}
              row={(group) => (
                <tr key={group.key} data-code={group.code}>
                  <th scope="row">{group.name}</th>
                  <td className="number">{link(group, 'received', formatNumber(group.figures.received, language))}</td>
                  <td className="number">{link(group, 'finished', formatNumber(group.figures.finished.total, language))}</td>
                  <td className="number">{formatPercent(group.figures.onTimeRate, language)}</td>
                  <td className="number">{link(group, 'overdue', formatNumber(group.figures.inProgress.overdue, language))}</td>
                </tr>
              )}
            />
          )}
        </Breakdown>
      </Section>
      <Section id="stat-overdue" title={t(texts.mostOverdue)}>
        <Breakdown loaded={loaded}>
          {(groups) => (
            <BarChart
              caption={t(texts.mostOverdue)}
              groupHeader={t(texts.agency)}
              series={[{ key: 'overdue', label: t(texts.overdue) }]}
              groups={groups
                .filter((group) => group.figures.inProgress.overdue > 0)
                .sort((a, b) => b.figures.inProgress.overdue - a.figures.inProgress.overdue)
                .slice(0, 10)
                .map((group) => ({
                  key: group.key,
                  label: group.name,
                  bars: [
                    {
                      value: group.figures.inProgress.overdue,
                      text: formatNumber(group.figures.inProgress.overdue, language),
                      href: group.code && leaves.has(group.code) ? statisticsHref(DOSSIERS_PATH, { ...query, ...loaded.data!.period, agency: group.code }, { figure: 'overdue' }) : undefined,
                    },
                  ],
                }))}
            />
          )}
        </Breakdown>
      </Section>
    </>
  );
}

type SlowKey = 'p90' | 'average' | 'lateShare';
const SLOW: Record<SlowKey, { label: Text; value(f: Figures): number | null }> = {
  p90: { label: texts.byP90, value: (f) => f.processingDays.p90 },
  average: { label: texts.byAverage, value: (f) => f.processingDays.average },
  lateShare: { label: texts.byLateShare, value: (f) => (f.finished.total === 0 ? null : f.finished.late / f.finished.total) },
};

function SlowProcedures({ query }: { query: StatisticsQuery }) {
  const { language, t } = useI18n();
  const loaded = useBreakdown('procedure', query);
  const [by, setBy] = useState<SlowKey>('p90');
  const format = (value: number | null) => (by === 'lateShare' ? formatPercent(value, language) : days(value, t, language));
  return (
    <Section id="stat-slow" title={t(texts.slowProcedures)}>
      <div className="queue-filters">
        <Field label={t(texts.slowBy)}>
          <select value={by} onChange={(event) => setBy(event.target.value as SlowKey)}>
            {(Object.keys(SLOW) as SlowKey[]).map((key) => (
              <option key={key} value={key}>
                {t(SLOW[key].label)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Breakdown loaded={loaded}>
        {(groups) => (
          <BarChart
            caption={`${t(texts.slowProcedures)}: ${t(SLOW[by].label)}`}
            groupHeader={t(texts.procedure)}
            series={[{ key: by, label: t(SLOW[by].label) }]}
            groups={groups
              .filter((group) => SLOW[by].value(group.figures) !== null)
              .sort((a, b) => SLOW[by].value(b.figures)! - SLOW[by].value(a.figures)!)
              .slice(0, 10)
              .map((group): BarGroup => {
                const value = SLOW[by].value(group.figures);
                const scope = { ...query, ...loaded.data!.period, agency: loaded.data!.agency?.code, procedure: group.code ?? undefined };
                return {
                  key: group.key,
                  label: group.name,
                  bars: [{ value, text: format(value), href: statisticsHref(DOSSIERS_PATH, scope, { figure: by === 'lateShare' ? 'finished_late' : 'finished' }) }],
                };
              })}
          />
        )}
      </Breakdown>
    </Section>
  );
}

function Workload({ query }: { query: StatisticsQuery }) {
  const { language, t } = useI18n();
  const loaded = useBreakdown('officer', query);
  return (
    <Section id="stat-workload" title={t(texts.workload)} note={t(texts.workloadNote)}>
      <Breakdown loaded={loaded}>
        {(groups) => (
          <BarChart
            caption={t(texts.workload)}
            groupHeader={t(texts.officer)}
            series={[
              { key: 'open', label: t(texts.stepsOpen) },
              { key: 'finished', label: t(texts.stepsFinished) },
              { key: 'late', label: t(texts.stepsLate) },
            ]}
            groups={groups.map((group) => ({
              key: group.key,
              label: group.name,
              bars: [group.figures.steps.open, group.figures.steps.finished, group.figures.steps.late].map((value) => ({ value, text: formatNumber(value, language) })),
            }))}
          />
        )}
      </Breakdown>
    </Section>
  );
}

function Ratings({ answer }: { answer: Answer }) {
  const { language, t } = useI18n();
  const { satisfaction } = answer;
  return (
    <Section id="stat-ratings" title={t(texts.ratings)} note={`${t(texts.ofRatings, { ratings: formatNumber(satisfaction.ratings, language) })} · ${t(texts.satisfaction)}: ${formatPercent(satisfaction.rate, language)}`}>
      <BarChart
        caption={t(texts.ratings)}
        groupHeader={t(texts.satisfaction)}
        series={[{ key: 'ratings', label: t(texts.count) }]}
        groups={
          satisfaction.ratings === 0
            ? []
            : ([
                ['very', texts.verySatisfied, satisfaction.verySatisfied],
                ['satisfied', texts.satisfied, satisfaction.satisfied],
                ['not', texts.notSatisfied, satisfaction.notSatisfied],
              ] as const).map(([key, label, value]) => ({ key, label: t(label), bars: [{ value, text: formatNumber(value, language) }] }))
        }
      />
    </Section>
  );
}

/**
 * `/can-bo/thong-ke`: the leaders' dashboard of issue 15 — the figures of a period and scope of the
 * agencies the officer answers for, each linked to the dossiers behind it; the trend by month, the
 * agencies ranked, the slow procedures, the officers' workload and the citizens' ratings.
 */
export function StatisticsPage() {
  const { language, t } = useI18n();
  const { officer } = useOfficerSession();
  const [params] = useSearchParams();
  const query = readStatisticsQuery(params);
  const allowed = Boolean(officer?.statisticsAgencyIds.length);
  const answer = useApi(allowed ? apiRead('/api/v1/statistics', { query }) : null);
  const agencies = useApi(allowed ? AGENCIES : null);
  const fields = useApi(allowed ? FIELDS : null);
  const procedures = useApi(allowed ? apiRead('/api/v1/statistics/breakdown', { query: { ...query, by: 'procedure', procedure: undefined } }) : null);
  useTitle(t(texts.title));
  const visible = agencies.data ? agenciesUnder(agencies.data, officer?.statisticsAgencyIds ?? []) : [];
  const leaves = new Set(visible.filter((agency) => !agencies.data!.some((other) => other.parentId === agency.id)).map((agency) => agency.code));
  const forbidden = !allowed || answer.error?.status === 403;
  const data = answer.data;
  return (
    <div className="page office-page">
      <h1>{t(texts.title)}</h1>
      {forbidden ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : answer.error ? (
        <ErrorMessage error={answer.error} onRetry={answer.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{t(texts.intro)}</p>
          <StatisticsFilters
            key={params.toString()}
            applied={{ ...query, ...data.period, agency: data.agency?.code }}
            agencies={visible.map((agency): Choice => ({ code: agency.code, name: agency.name }))}
            fields={(fields.data ?? []).map((field): Choice => ({ code: field.code, name: field.name }))}
            procedures={(procedures.data?.groups ?? []).map((group): Choice => ({ code: group.code ?? group.key, name: group.name }))}
          />
          <p className="stat-period">
            {t(texts.periodShown, { agency: data.agency?.name ?? '', from: formatDate(data.period.from, language), to: formatDate(data.period.to, language) })}
          </p>
          <FigureCards answer={data} query={query} />
          <Trends query={query} />
          <Agencies query={query} leaves={leaves} />
          <SlowProcedures query={query} />
          <Workload query={query} />
          <Ratings answer={data} />
          <ReportDownloads agency={data.agency?.code} />
        </>
      )}
    </div>
  );
}
