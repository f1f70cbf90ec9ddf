import { RATING_CRITERIA, RATING_CRITERION_LABELS, RATING_SCORE_LABELS, type RatingChannel } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { ratingTexts as texts } from '../../ratings/texts.js';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Alert } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { CentrePeriodPage, type Period, PeriodForm, useCentrePeriod } from './CentrePeriodPage.js';

type CentreRatings = ResponseOf<'/api/v1/centres/{agencyCode}/ratings'>;

const CHANNEL_TEXTS: Record<RatingChannel, Text> = { tablet: texts.channelTablet, qr: texts.channelQr, online: texts.channelOnline };

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
 * `/can-bo/trung-tam/:agencyCode/danh-gia`: a centre's ratings of a period (the last thirty days
 * unless the address says) for its managers, with the officer, counter and comment of each.
 */
export function CentreRatingsPage() {
  const { t } = useI18n();
  const { agencyCode, period, apply } = useCentrePeriod(30);
  const ratings = useApi(apiRead('/api/v1/centres/{agencyCode}/ratings', { path: { agencyCode }, query: period }));
  return (
    <CentrePeriodPage
      agencyCode={agencyCode}
      title={t(texts.managersTitle)}
      name={undefined}
      intro={t(texts.managersIntro)}
      forbidden={t(texts.forbidden)}
      form={<PeriodForm key={`${period.from}/${period.to}`} label={t(texts.managersTitle)} applied={period} onApply={apply} />}
      answer={ratings}
    >
      {(data) =>
        data.summary.ratings === 0 ? (
          <Alert kind="info">
            <p>{t(texts.noRatings)}</p>
          </Alert>
        ) : (
          <>
            <Summary ratings={data} period={period} />
            <RatingList items={data.items} />
            {data.more && <p className="muted">{t(texts.more)}</p>}
          </>
        )
      }
    </CentrePeriodPage>
  );
}
