import { SCORECARD_GROUPS, SCORECARD_GROUP_LABELS, type ScorecardGroupKey, vietnamDate } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { type ResponseOf, type ScorecardPeriod, type ScorecardPeriodKind, readScorecardPeriod, scorecardPeriodKey, scorecardRead } from '@motcua/contract';
import { formatDate, formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { type Column, DataTable } from '../shared/ui/DataTable.js';
import { Field } from '../shared/ui/Field.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { scorecardTexts as texts } from './scorecard-texts.js';
import './scorecard.css';

type PublicScorecard = ResponseOf<'/api/public/scorecard'>;
type Scores = PublicScorecard['province'];
type RankedAgency = PublicScorecard['agencies'][number];

/** The first year Decision 766 scores. */
const FIRST_YEAR = 2022;
const KINDS: ScorecardPeriodKind[] = ['month', 'quarter', 'year'];
const PARTS: Record<ScorecardPeriodKind, number[]> = { month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], quarter: [1, 2, 3, 4], year: [] };

/** Month, quarter or year, as the address says (`ky`); sent, it becomes the address. */
function PeriodPicker({ period, today }: { period: ScorecardPeriod; today: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(period);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);

  function changeKind(kind: ScorecardPeriodKind) {
    // A quarter holds the month chosen; a month starts the quarter chosen.
    const part = kind === 'year' ? 0 : kind === 'quarter' ? Math.ceil((draft.kind === 'month' ? draft.part : 1) / 3) : draft.kind === 'quarter' ? draft.part * 3 - 2 : draft.part || 1;
    setDraft({ ...draft, kind, part });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(`/chi-so-phuc-vu?ky=${scorecardPeriodKey(draft)}`);
  }

  return (
    <form className="card scorecard-period" aria-label={t(texts.period)} onSubmit={submit}>
      <div className="filter-grid">
        <Field label={t(texts.periodKind)}>
          <select name="kind" value={draft.kind} onChange={(event) => changeKind(event.target.value as ScorecardPeriodKind)}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(texts[kind])}
              </option>
            ))}
          </select>
        </Field>
        {draft.kind !== 'year' && (
          <Field label={t(draft.kind === 'month' ? texts.month : texts.quarter)}>
            <select name="part" value={draft.part} onChange={(event) => setDraft({ ...draft, part: Number(event.target.value) })}>
              {PARTS[draft.kind].map((part) => (
                <option key={part} value={part}>
                  {draft.kind === 'month' ? t(texts.monthName, { month: part }) : t(texts.quarterName, { quarter: part })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t(texts.year)}>
          <select name="year" value={draft.year} onChange={(event) => setDraft({ ...draft, year: Number(event.target.value) })}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
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

/** The province's points: its total, then each group as a bar with its points written beside it. */
function ProvinceScores({ scores }: { scores: Scores }) {
  const { language, t } = useI18n();
  const outOf = (points: number, max: number) => t(texts.outOf, { points: formatNumber(points, language), max: formatNumber(max, language) });
  return (
    <section className="card" aria-labelledby="scorecard-province">
      <h2 id="scorecard-province">{t(texts.province)}</h2>
      <p className="scorecard-total">
        <span className="figure-label">{t(texts.totalLabel)}</span>
        <span className="figure-value" data-testid="province-total">
          {outOf(scores.total, 100)}
        </span>
      </p>
      <ul className="scorecard-bars" aria-label={t(texts.groupsCaption)}>
        {scores.groups.map((group) => (
          <li key={group.key} data-group={group.key}>
            <span className="scorecard-bar-label">{t(SCORECARD_GROUP_LABELS[group.key])}</span>
            <span className="scorecard-bar" aria-hidden="true">
              <span className="scorecard-bar-fill" style={{ width: `${group.max === 0 ? 0 : (100 * group.points) / group.max}%` }} />
            </span>
            <span className="scorecard-bar-value">{outOf(group.points, group.max)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

type SortKey = 'total' | ScorecardGroupKey;
interface Sort {
  key: SortKey;
  descending: boolean;
}

const pointsOf = (agency: RankedAgency, key: SortKey) => (key === 'total' ? agency.total : (agency.groups.find((group) => group.key === key)?.points ?? 0));

/** Rank by total as the server ordered them (equal totals share a rank), in the order the reader chose. */
function RankingTable({ agencies }: { agencies: RankedAgency[] }) {
  const { language, t } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'total', descending: true });
  const ranks = new Map(agencies.map((agency) => [agency.code, agencies.findIndex((other) => other.total === agency.total) + 1]));
  const ordered = [...agencies].sort((a, b) => (sort.descending ? -1 : 1) * (pointsOf(a, sort.key) - pointsOf(b, sort.key)) || ranks.get(a.code)! - ranks.get(b.code)! || a.name.localeCompare(b.name, 'vi'));
  const labelOf = (key: SortKey) => (key === 'total' ? t(texts.totalLabel) : t(SCORECARD_GROUP_LABELS[key]));
  const sortable = (key: SortKey): Column => ({
    label: (
      <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : true })}>
        {labelOf(key)}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    ),
    sort: sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none',
  });
  return (
    <DataTable
      items={ordered}
      caption={t(texts.ranking)}
      empty={<p>{t(texts.noAgencies)}</p>}
      columns={[t(texts.rank), t(texts.agency), sortable('total'), ...SCORECARD_GROUPS.map(sortable)]}
      row={(agency) => (
        <tr key={agency.code} data-code={agency.code}>
          <td className="number">{formatNumber(ranks.get(agency.code)!, language)}</td>
          <th scope="row">{agency.name}</th>
          <td className="number scorecard-agency-total">{formatNumber(agency.total, language)}</td>
          {SCORECARD_GROUPS.map((key) => (
            <td key={key} className="number">
              {formatNumber(pointsOf(agency, key), language)}
            </td>
          ))}
        </tr>
      )}
    />
  );
}

/** The portal's page of Decision 766's index, like the national portal's: the province's points, then the agencies ranked. */
export function ScorecardPage() {
  const { language, t } = useI18n();
  const [search] = useSearchParams();
  const today = vietnamDate(new Date());
  const period = readScorecardPeriod(search, today);
  const loaded = useApi(scorecardRead(period));
  useTitle(t(texts.title));
  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <PeriodPicker key={scorecardPeriodKey(period)} period={period} today={today} />
      <p className="muted">{t(texts.periodShown, { from: formatDate(period.from, language), to: formatDate(period.to, language) })}</p>
      {loaded.error ? (
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      ) : loaded.loading || !loaded.data ? (
        <Loading />
      ) : (
        <>
          <ProvinceScores scores={loaded.data.province} />
          <section aria-labelledby="scorecard-ranking">
            <h2 id="scorecard-ranking">{t(texts.ranking)}</h2>
            <p className="muted">{t(texts.rankingNote)}</p>
            <RankingTable agencies={loaded.data.agencies} />
          </section>
        </>
      )}
    </div>
  );
}
