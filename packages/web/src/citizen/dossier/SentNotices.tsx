import { DOSSIER_ACTIONS, type DossierAction, NOTIFICATION_CHANNEL_LABELS as channelTexts, REMINDER_LABELS, isReminderKind } from '@motcua/core';
import { formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import type { NoticeStatus, SentNotice } from '../model.js';
import { ACTION_LABELS, noticeStatusTexts as statusTexts, noticeTexts as texts } from '../texts.js';

const STATUS_TONE: Record<NoticeStatus, string> = { pending: 'info', sent: 'success', failed: 'danger' };

const isKnownAction = (action: string): action is DossierAction => (DOSSIER_ACTIONS as readonly string[]).includes(action);

/** What a notice tells of: the action as the dossier's history names it, or the reminder. */
function aboutText(about: string): Text | undefined {
  if (isKnownAction(about)) return ACTION_LABELS[about];
  return isReminderKind(about) ? REMINDER_LABELS[about] : undefined;
}

/**
 * The e-mails and SMS the applicant was sent about the dossier, oldest first, with what each said,
 * so that a message they did not get or deleted can be read here. Nothing where none was sent.
 */
export function SentNotices({ notices }: { notices: SentNotice[] }) {
  const { t, language } = useI18n();
  if (notices.length === 0) return null;
  return (
    <section className="card" aria-labelledby="notices-heading">
      <h2 id="notices-heading" className="citizen-card-title">
        {t(texts.heading)}
      </h2>
      <p className="muted">{t(texts.intro)}</p>
      <ul className="citizen-component-list">
        {notices.map((notice, index) => {
          const about = aboutText(notice.action);
          return (
            <li key={`${notice.createdAt}-${notice.channel}-${index}`}>
              <p className="citizen-timeline-title">
                <strong>{about ? t(about) : notice.action}</strong>
                {' · '}
                <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, language)}</time>
              </p>
              <p>
                {t(texts.sentTo, { channel: t(channelTexts[notice.channel]), recipient: notice.recipient })}{' '}
                <span className={`badge badge-${STATUS_TONE[notice.status]}`}>{t(statusTexts[notice.status])}</span>
              </p>
              {notice.sentAt && <p className="muted">{t(texts.sentAt, { time: formatDateTime(notice.sentAt, language) })}</p>}
              {notice.text && (
                <details>
                  <summary>{t(texts.showText)}</summary>
                  {notice.subject && (
                    <p>
                      <strong>{notice.subject}</strong>
                    </p>
                  )}
                  <p className="citizen-preserve-lines">{notice.text}</p>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
