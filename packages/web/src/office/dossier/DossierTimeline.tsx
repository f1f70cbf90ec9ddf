import { DOSSIER_ACTIONS, type DossierAction, type DossierState, STATE_LABELS, ruleFor } from '@motcua/core';
import { formatDateTime, formatMoney } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { FileFactsNote } from '../../shared/ui/FileFactsNote.js';
import { dossierFileUrl } from '../files.js';
import { dossierTexts as texts } from '../texts.js';
import { commentAudienceTexts } from './comment-texts.js';
import type { DossierEvent, OfficeDossier } from '@motcua/contract';

const isAction = (value: string): value is DossierAction => (DOSSIER_ACTIONS as readonly string[]).includes(value);

/** The process-control record (form 06): every event, who did it, when, where it moved the dossier. */
export function DossierTimeline({ dossier }: { dossier: OfficeDossier }) {
  const { t } = useI18n();
  // Newest first: the officer opening a dossier wants to know what just happened.
  const events = [...dossier.events].reverse();
  return (
    <section aria-labelledby="dossier-timeline">
      <h2 id="dossier-timeline">{t(texts.timeline)}</h2>
      <ol className="timeline" reversed>
        {events.map((event) => (
          <TimelineEvent key={event.id} event={event} dossier={dossier} />
        ))}
      </ol>
    </section>
  );
}

function TimelineEvent({ event, dossier }: { event: DossierEvent; dossier: OfficeDossier }) {
  const { t, language } = useI18n();
  const stepName = (index: number | null) => (index === null ? t(texts.noStep) : `${index + 1}. ${dossier.procedure.process[index]?.name ?? ''}`);
  const stateName = (state: DossierState) => t(STATE_LABELS[state]);
  const data = event.data;
  const missing = Array.isArray(data.missingComponents) ? (data.missingComponents as Array<{ name: string; reason: string }>) : [];
  return (
    <li>
      <p className="timeline-head">
        <strong>{isAction(event.action) ? t(ruleFor(event.action).label) : event.action}</strong>{' '}
        <time className="muted" dateTime={event.occurredAt}>
          {formatDateTime(event.occurredAt, language)}
        </time>
      </p>
      <p className="small">
        {event.actorKind === 'applicant' ? t(texts.by, { name: t(texts.applicantActor, { name: event.actorName }) }) : t(texts.by, { name: event.actorName })}
      </p>
      <p className="small">
        {event.fromState && event.fromState !== event.toState
          ? t(texts.stateChange, { from: stateName(event.fromState), to: stateName(event.toState) })
          : t(texts.stateSet, { to: stateName(event.toState) })}
      </p>
      {event.fromStepIndex !== event.toStepIndex && <p className="small">{t(texts.stepChange, { from: stepName(event.fromStepIndex), to: stepName(event.toStepIndex) })}</p>}
      {event.fromAgency && event.toAgency && event.fromAgency !== event.toAgency && <p className="small">{t(texts.agencyChange, { from: event.fromAgency, to: event.toAgency })}</p>}
      {event.comment && (
        <p className="timeline-comment">
          {t(texts.comment, { text: event.comment })}{' '}
          <span className={event.commentForApplicant ? 'badge badge-info' : 'badge badge-neutral'}>{t(event.commentForApplicant ? commentAudienceTexts.forApplicant : commentAudienceTexts.internal)}</span>
        </p>
      )}
      {typeof data.feeAmountVnd === 'number' && <p className="small">{t(texts.fee, { amount: formatMoney(data.feeAmountVnd, language) })}</p>}
      {typeof data.extendWorkingDays === 'number' && (
        <p className="small">{t(texts.extended, { days: data.extendWorkingDays, date: formatDateTime(String(data.newDueAt ?? ''), language) })}</p>
      )}
      {typeof data.waitedWorkingMinutes === 'number' && data.waitedWorkingMinutes > 0 && (
        <p className="small">{t(texts.waited, { hours: Math.round((data.waitedWorkingMinutes / 60) * 10) / 10 })}</p>
      )}
      {missing.length > 0 && (
        <div className="small">
          <p>{t(texts.missing)}</p>
          <ul>
            {missing.map((item, index) => (
              <li key={index}>
                {item.name}: {item.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {event.attachments.length > 0 && (
        <p className="small">
          {t(texts.attachments)}{' '}
          {event.attachments.map((file) => (
            <span key={file.id} className="inline-gap">
              <a href={dossierFileUrl(dossier.code, file.id)} target="_blank" rel="noopener">
                {file.name}
              </a>
              <FileFactsNote contentType={file.contentType} size={file.size} />
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
