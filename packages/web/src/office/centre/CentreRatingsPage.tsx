import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { RATING_CRITERIA, RATING_CRITERION_LABELS, RATING_SCORE_LABELS, type RatingChannel, addDays, vietnamDate } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { ratingTexts as texts } from '../../ratings/texts.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Field } from '../../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { CentreHeader } from './managed-centres.js';

type CentreRatings = ResponseOf<'/api/v1/centres/{agencyCode}/ratings'>;
type Period = { from: string; to: string };

const CHANNEL_TEXTS: Record<RatingChannel, Text> = { tablet: texts.channelTablet, qr: texts.channelQr, online: texts.channelOnline };

/** The period in the address, or the last thirty days to today. */
function periodOf(params: URLSearchParams): Period {
  const today = vietnamDate(new Date());
  return { from: params.get('from') || addDays(today, -29), to: params.get('to') || today };
}

function PeriodForm({ applied, onApply }: { applied: Period; onApply(period: Period): void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(applied);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="card" aria-label={t(texts.managersTitle)} onSubmit={submit}>
      <div className="filter-grid">
        <Field label={t(texts.from)}>
          <input type="date" name="from" required value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        </Field>
        <Field label={t(texts.to)}>
          <input type="date" name="to" required value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        </Field>
      </div>
      <button type="submit" className="button">
        {t(texts.show)}
      </button>
    </form>
  );
}

/** Counts overall and per criterion: how many rated, each score, the satisfied share. */
function Summary({ ratings, period }: { ratings: CentreRatings; period: Period }) {
  const { language, t } = useI18n();
  const rows = [
    { label: t(texts.overall), counts: ratings.summary },
    ...RATING_CRITERIA.map((criterion) => ({ label: t(RATING_CRITERION_LABELS[criterion]), counts: ratings.criteria[criterion] })),
  ];
  const headers = [t(texts.ratingsCount), ...(['very_satisfied', 'satisfied', 'not_satisfied'] as const).map((score) => t(RATING_SCORE_LABELS[score])), t(texts.satisfiedShare)];
  return (
    <DataTable
      items={rows}
      showCaption
      stackOnPhone
      caption={t(texts.summaryCaption, { from: formatDate(period.from, language), to: formatDate(period.to, language) })}
      columns={[t(texts.criterion), ...headers]}
      row={({ label, counts }) => {
        const values = [counts.ratings, counts.verySatisfied, counts.satisfied, counts.notSatisfied].map((value) => formatNumber(value, language));
        return (
          <tr key={label}>
            <th scope="row">{label}</th>
            {[...values, formatPercent(counts.satisfactionRate, language)].map((value, index) => (
              <td key={headers[index]} data-label={headers[index]} className="number">
                {value}
              </td>
            ))}
          </tr>
        );
      }}
    />
  );
}

function RatingList({ items }: { items: CentreRatings['items'] }) {
  const { language, t } = useI18n();
  const columns = [t(texts.when), t(texts.score), t(texts.about), t(texts.officer), t(texts.details)];
  return (
    <DataTable
      items={items}
      showCaption
      stackOnPhone
      caption={t(texts.listCaption)}
      columns={columns}
      row={(rating) => (
        <tr key={rating.id}>
          <th scope="row" data-label={columns[0]}>
            {formatDateTime(rating.createdAt, language)}
          </th>
          <td data-label={columns[1]}>{t(RATING_SCORE_LABELS[rating.score])}</td>
          <td data-label={columns[2]}>
            {rating.ticketNumber ? t(texts.ticketAbout, { number: rating.ticketNumber }) : rating.dossierCode && t(texts.dossierAbout, { code: rating.dossierCode })}
            {rating.counter && <>, {t(texts.counter, { number: rating.counter.number })}</>}
            {rating.service && <>, {rating.service.name}</>}
            <br />
            <span className="muted">{t(CHANNEL_TEXTS[rating.channel])}</span>
          </td>
          <td data-label={columns[3]}>{rating.officer?.name}</td>
          <td data-label={columns[4]}>
            {RATING_CRITERIA.filter((criterion) => rating.criteria[criterion]).map((criterion) => (
              <span key={criterion} className="nowrap">
                {t(RATING_CRITERION_LABELS[criterion])}: {t(RATING_SCORE_LABELS[rating.criteria[criterion]!])}.{' '}
              </span>
            ))}
            {rating.comment && <q>{rating.comment}</q>}
          </td>
        </tr>
      )}
    />
  );
}

/**
 * `/can-bo/trung-tam/:agencyCode/danh-gia`: a centre's ratings of a period for its managers, with
 * the officer, counter and comment of each; the period lives in the address.
 */
export function CentreRatingsPage() {
  const { t } = useI18n();
  const { agencyCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const ratings = useApi(apiRead('/api/v1/centres/{agencyCode}/ratings', { path: { agencyCode }, query: period }));
  useTitle(t(texts.managersTitle));
  return (
    <div className="page office-page">
      <CentreHeader agencyCode={agencyCode} title={t(texts.managersTitle)} name={undefined} />
      <p className="muted">{t(texts.managersIntro)}</p>
      <PeriodForm key={`${period.from}/${period.to}`} applied={period} onApply={(next) => setParams(new URLSearchParams(next))} />
      {ratings.error?.status === 403 ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : (
        ratings.error && <ErrorMessage error={ratings.error} onRetry={ratings.reload} />
      )}
      {ratings.loading && !ratings.data && <Loading />}
      {ratings.data &&
        (ratings.data.summary.ratings === 0 ? (
          <Alert kind="info">
            <p>{t(texts.noRatings)}</p>
          </Alert>
        ) : (
          <>
            <Summary ratings={ratings.data} period={period} />
            <RatingList items={ratings.data.items} />
            {ratings.data.more && <p className="muted">{t(texts.more)}</p>}
          </>
        ))}
    </div>
  );
}
