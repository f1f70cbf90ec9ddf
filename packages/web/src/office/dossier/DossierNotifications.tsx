import { useI18n } from '../../shared/i18n.js';
import { NotificationTable } from '../notifications.js';
import { notificationTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';

/** What the applicant was told of this dossier by e-mail and SMS, oldest first, with a resend for what did not reach them. */
export function DossierNotifications({ dossier, reload }: { dossier: OfficeDossier; reload(): void }) {
  const { t } = useI18n();
  return (
    <section className="no-print" aria-labelledby="dossier-notifications">
      <h2 id="dossier-notifications">{t(texts.heading)}</h2>
      {dossier.notifications.length > 0 && <p className="muted small">{t(texts.intro)}</p>}
      <NotificationTable items={dossier.notifications} caption={t(texts.caption)} reload={reload} empty={<p className="muted">{t(texts.none)}</p>} />
    </section>
  );
}
