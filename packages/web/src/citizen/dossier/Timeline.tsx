import { DOSSIER_ACTIONS, type DossierAction, STATE_LABELS } from '@motcua/core';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import type { DossierDetail } from '../model.js';
import { ACTION_LABELS, myDossierTexts as texts } from '../texts.js';

const isKnownAction = (action: string): action is DossierAction => (DOSSIER_ACTIONS as readonly string[]).includes(action);

/** Every recorded step of the dossier, oldest first, as the process-control record keeps them. */
export function Timeline({ events }: { events: DossierDetail['events'] }) {
  const { t, language } = useI18n();
  if (events.length === 0) return <p>{t(texts.noEvents)}</p>;
  return (
    <ol className="timeline citizen-timeline">
      {events.map((event, index) => (
        <li key={`${event.at}-${index}`}>
          <p className="citizen-timeline-title">
            <strong>{isKnownAction(event.action) ? t(ACTION_LABELS[event.action]) : event.action}</strong>
            {' · '}
            <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
          </p>
          {event.toState && event.fromState !== event.toState && (
            <p className="muted">
              {event.fromState
                ? t(texts.stateChange, { from: t(STATE_LABELS[event.fromState]), to: t(STATE_LABELS[event.toState]) })
                : t(texts.stateNow, { state: t(STATE_LABELS[event.toState]) })}
            </p>
          )}
          {event.agencyName && <p className="muted">{t(texts.byAgency, { agency: event.agencyName })}</p>}
          {event.comment && <p className="citizen-preserve-lines">{t(texts.comment, { comment: event.comment })}</p>}
        </li>
      ))}
    </ol>
  );
}
