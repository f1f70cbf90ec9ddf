import { type ReactNode, useEffect, useState } from 'react';
import { DOSSIER_ACTIONS, type DossierAction, NOTIFICATION_CHANNEL_LABELS as channelTexts, REMINDER_LABELS, isReminderKind, ruleFor } from '@motcua/core';
import { Link } from 'react-router';
import { api } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { useOutcome } from '../shared/ui/feedback.js';
import { notificationStatusTexts as statusTexts, notificationTexts as texts } from './texts.js';
import { useQueueCounts } from './queues.js';
import type { ApplicantNotification, NotificationStatus } from '@motcua/contract';

const STATUS_TONE: Record<NotificationStatus, string> = { pending: 'info', sent: 'success', failed: 'danger' };

/**
 * A new notice, or one just sent again (its last error cleared), leaves within seconds; one waiting
 * to be retried after an error waits minutes, so only the former is worth watching.
 */
const REFRESH_MS = 2000;
const goingOutNow = (notice: ApplicantNotification) => notice.status === 'pending' && notice.lastError === null;

const isAction = (value: string): value is DossierAction => (DOSSIER_ACTIONS as readonly string[]).includes(value);

/** What a notice tells of: the action's name as the process-control record gives it, or the reminder's. */
function aboutText(about: string): Text | undefined {
  if (isAction(about)) return ruleFor(about).label;
  return isReminderKind(about) ? REMINDER_LABELS[about] : undefined;
}

/**
 * Notices to applicants as the counter follows them up: when, how, to whom, of what, whether it
 * went out (with the carrier's or mail server's last answer), what it said, and a way to send a
 * failed one again. `reload` reads them afresh, after a resend and while some are about to go out.
 */
export function NotificationTable({ items, caption, withDossier = false, reload, empty }: {
  items: ApplicantNotification[];
  caption: string;
  withDossier?: boolean;
  reload(): void;
  /** Said instead of the table when there is nothing to list; the outcome of a resend stays above it. */
  empty: ReactNode;
}) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState<number>();
  const outcome = useOutcome();
  const { reloadCounts } = useQueueCounts();
  const watching = items.some(goingOutNow);
  useEffect(() => {
    if (!watching) return;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [watching, reload]);

  const which = (notice: ApplicantNotification) => ({ channel: t(channelTexts[notice.channel]), recipient: notice.recipient });
  async function resend(notice: ApplicantNotification) {
    setBusy(notice.id);
    await outcome.run(async () => {
      await api.POST('/api/v1/notifications/{id}/resend', { params: { path: { id: notice.id } } });
      return t(texts.resent, which(notice));
    });
    setBusy(undefined);
    // Whatever the answer, the list as the officer sees it may be out of date (someone else resent it).
    reload();
    reloadCounts();
  }

  const columns = [
    ...(withDossier ? [t(texts.dossier)] : []),
    t(texts.time),
    t(texts.about),
    t(texts.channel),
    t(texts.recipient),
    t(texts.status),
    t(texts.actions),
  ];
  return (
    <>
      {outcome.view}
      <DataTable
        items={items}
        compact
        caption={caption}
        columns={columns}
        empty={empty}
        row={(notice) => {
          const time = <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, language)}</time>;
          const about = aboutText(notice.action);
          return (
            <tr key={notice.id}>
              {withDossier ? (
                <th scope="row">
                  <Link to={`/can-bo/ho-so/${encodeURIComponent(notice.dossierCode)}`} className="dossier-code">
                    {notice.dossierCode}
                  </Link>
                </th>
              ) : (
                <th scope="row" className="plain-th nowrap">
                  {time}
                </th>
              )}
              {withDossier && <td className="nowrap">{time}</td>}
              <td>
                {about ? t(about) : notice.action}
                {notice.text ? (
                  <details className="small">
                    <summary>{t(texts.showText)}</summary>
                    {notice.subject && (
                      <p>
                        <strong>{notice.subject}</strong>
                      </p>
                    )}
                    <p className="timeline-comment">{notice.text}</p>
                  </details>
                ) : (
                  <span className="muted small block">{t(texts.notWrittenYet)}</span>
                )}
              </td>
              <td className="nowrap">{t(channelTexts[notice.channel])}</td>
              <td>{notice.recipient}</td>
              <td>
                <span className={`badge badge-${STATUS_TONE[notice.status]}`}>{t(statusTexts[notice.status])}</span>
                {notice.sentAt && <span className="muted small block nowrap">{t(texts.sentAt, { time: formatDateTime(notice.sentAt, language) })}</span>}
                {notice.status !== 'sent' && notice.attempts > 0 && <span className="muted small block">{t(texts.attempts, { count: notice.attempts })}</span>}
                {notice.status !== 'sent' && notice.lastError && <span className="small block">{t(texts.lastError, { error: notice.lastError })}</span>}
              </td>
              <td className="nowrap">
                {notice.status === 'failed' && (
                  <button type="button" className="button button-secondary" disabled={busy !== undefined} onClick={() => void resend(notice)}>
                    {busy === notice.id ? t(texts.resending) : t(texts.resend)}
                    <span className="visually-hidden"> {t(texts.resendWhich, which(notice))}</span>
                  </button>
                )}
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}
