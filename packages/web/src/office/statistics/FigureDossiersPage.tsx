import { apiRead } from '@motcua/contract';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { CursorPages } from '../../shared/ui/CursorPages.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { DASHBOARD_PATH, readStatisticsQuery, statisticsHref } from './scope.js';
import { statisticsTexts as texts } from './texts.js';

const PAGE_SIZE = 20;

/** The lists behind the dashboard's figures, by the name the API gives each. */
const FIGURES = {
  received: texts.received,
  received_online: texts.receivedOnline,
  with_supplements: texts.supplementRequests,
  carried_over: texts.carriedOver,
  finished: texts.finished,
  finished_early: texts.finishedEarly,
  finished_on_time: texts.finishedOnTime,
  finished_late: texts.finishedLate,
  rejected: texts.rejected,
  refused: texts.refused,
  withdrawn: texts.withdrawn,
  stopped: texts.stopped,
  in_progress: texts.inProgress,
  in_progress_on_time: texts.inProgressOnTime,
  overdue: texts.overdue,
} satisfies Record<string, Text>;
type Figure = keyof typeof FIGURES;
const isFigure = (value: string | null): value is Figure => value !== null && Object.hasOwn(FIGURES, value);

/**
 * `/can-bo/thong-ke/ho-so?figure=…`: the dossiers behind one figure of the dashboard, for the same
 * period and scope, newest first, a page at a time (`cursor` in the address); each opens its dossier.
 */
export function FigureDossiersPage() {
  const { language, t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = readStatisticsQuery(params);
  const figureName = params.get('figure');
  const figure = isFigure(figureName) ? figureName : null;
  const cursor = params.get('cursor') ?? '';
  const list = useApi(figure ? apiRead('/api/v1/statistics/dossiers', { query: { ...query, figure, cursor: cursor || undefined, limit: PAGE_SIZE } }) : null);
  const title = figure ? t(texts.dossiersTitle, { figure: t(FIGURES[figure]) }) : t(texts.title);
  useTitle(title);
  const showCursor = (next: string) => {
    const changed = new URLSearchParams(params);
    if (next) changed.set('cursor', next);
    else changed.delete('cursor');
    setParams(changed);
  };
  return (
    <div className="page office-page">
      <p>
        <Link to={statisticsHref(DASHBOARD_PATH, query)}>← {t(texts.backToDashboard)}</Link>
      </p>
      <h1>{title}</h1>
      {!figure ? (
        <Alert kind="error">
          <p>{t(texts.unknownFigure)}</p>
        </Alert>
      ) : list.error?.status === 403 ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : list.error ? (
        <ErrorMessage error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p className="stat-period">
            {t(texts.periodShown, { agency: list.data.agency?.name ?? '', from: formatDate(list.data.period.from, language), to: formatDate(list.data.period.to, language) })}
          </p>
          <DataTable
            items={list.data.items}
            caption={t(texts.listCaption)}
            stackOnPhone
            empty={
              <Alert kind="info">
                <p>{t(texts.noDossiers)}</p>
              </Alert>
            }
            columns={[t(texts.code), t(texts.procedure), t(texts.applicant), t(texts.receivedAt), t(texts.dueAt), t(texts.finishedAt), t(texts.state), t(texts.late)]}
            row={(item) => (
              <tr key={item.code} data-code={item.code}>
                <th scope="row" data-label={t(texts.code)}>
                  <Link to={`/can-bo/ho-so/${encodeURIComponent(item.code)}`}>{item.code}</Link>
                </th>
                <td data-label={t(texts.procedure)}>{item.procedureName}</td>
                <td data-label={t(texts.applicant)}>{item.applicantName}</td>
                <td data-label={t(texts.receivedAt)}>{formatDateTime(item.receivedAt, language)}</td>
                <td data-label={t(texts.dueAt)}>{formatDateTime(item.statutoryDueAt, language)}</td>
                <td data-label={t(texts.finishedAt)}>{formatDateTime(item.finishedAt, language)}</td>
                <td data-label={t(texts.state)}>{item.stateLabel}</td>
                <td data-label={t(texts.late)}>{item.late ? <strong>{t(texts.lateYes)}</strong> : t(texts.lateNo)}</td>
              </tr>
            )}
          />
          <CursorPages label={t(texts.pages)} atStart={!cursor} nextCursor={list.data.nextCursor} onCursor={showCursor} />
        </>
      )}
    </div>
  );
}
