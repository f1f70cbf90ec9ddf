import { useSearchParams } from 'react-router';
import { useI18n } from '../shared/i18n.js';
import { useOfficerSession } from '../shared/officer-session.js';
import { CursorPages } from '../shared/ui/CursorPages.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
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
 * opens on those that failed, since they are what the counter has to act on (the navigation shows
 * how many). A page starts where the one before ended (`cursor` in the address).
 */
export function NotificationsPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('status') ?? 'failed';
  const status = isStatus(chosen) ? chosen : undefined;
  const cursor = params.get('cursor') ?? '';
  const allowed = Boolean(officer?.followsUpNotices);
  useTitle(t(texts.pageTitle));
  const list = useApi(allowed ? apiRead('/api/v1/notifications', { query: { status, cursor: cursor || undefined, limit: PAGE_SIZE } }) : null);

  const show = (changes: { status?: string; cursor?: string }) => {
    const next = new URLSearchParams(params);
    if (changes.status !== undefined) next.set('status', changes.status);
    // Another status starts again from its first page.
    if (changes.cursor) next.set('cursor', changes.cursor);
    else next.delete('cursor');
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
              <CursorPages label={t(texts.pages)} atStart={!cursor} nextCursor={list.data.nextCursor} onCursor={(next) => show({ cursor: next })} />
            </>
          )}
        </>
      )}
    </div>
  );
}
