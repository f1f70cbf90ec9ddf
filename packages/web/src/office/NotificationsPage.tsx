import { useSearchParams } from 'react-router';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { Pagination } from '../shared/ui/Pagination.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { NotificationTable } from './notifications.js';
import { notificationStatusTexts as statusTexts, notificationTexts as texts } from './texts.js';
import { type NotificationStatus, apiRead } from '@motcua/contract';

const PAGE_SIZE = 30;
const ANY = 'all';

const STATUSES = Object.keys(statusTexts) as NotificationStatus[];
const isStatus = (value: string | null): value is NotificationStatus => (STATUSES as Array<string | null>).includes(value);

/**
 * `/can-bo/thong-bao`: the notices to the applicants of the agency's dossiers, newest first. It
 * opens on those that failed, since they are what the counter has to act on.
 */
export function NotificationsPage() {
  const { t, language } = useI18n();
  const { officer } = useOfficerSession();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status') ?? 'failed';
  const status = isStatus(chosen) ? chosen : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const allowed = Boolean(officer?.followsUpNotices);
  useTitle(t(texts.pageTitle));
  const list = useApi(allowed ? apiRead('/api/v1/notifications', { query: { status, page, pageSize: PAGE_SIZE } }) : null);

  const show = (changes: { status?: string; page?: number }) => {
    const next = new URLSearchParams(params);
    if (changes.status !== undefined) {
      next.set('status', changes.status);
      next.delete('page');
    }
    if (changes.page !== undefined) next.set('page', String(changes.page));
    setParams(next);
  };

  const forbidden = !allowed || list.error?.status === 403;
  return (
    <div className="page office-page">
      <h1>{t(texts.pageTitle)}</h1>
      {forbidden ? (
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      ) : (
        <>
          <p className="muted">{t(texts.pageIntro)}</p>
          <div className="queue-filters">
            <Field label={t(texts.statusFilter)}>
              <select value={status ?? ANY} onChange={(event) => show({ status: event.target.value })}>
                {STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(statusTexts[value])}
                  </option>
                ))}
                <option value={ANY}>{t(texts.anyStatus)}</option>
              </select>
            </Field>
          </div>
          {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
          {list.loading && !list.data && <Loading />}
          {list.data && (
            <>
              <p className="muted" aria-live="polite">
                {t(texts.found, { count: formatNumber(list.data.total, language) })}
              </p>
              <NotificationTable
                items={list.data.items}
                caption={t(texts.listCaption)}
                withDossier
                reload={list.reload}
                empty={
                  <Alert kind="info">
                    <p>{t(status === 'failed' ? texts.emptyFailed : texts.empty)}</p>
                  </Alert>
                }
              />
              <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={(next) => show({ page: next })} />
            </>
          )}
        </>
      )}
    </div>
  );
}
