import type { ReactNode } from 'react';
import { RETURN_METHOD_LABELS } from '@motcua/core';
import { AssistedBy } from '../../shared/AssistedBy.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { channelTexts, dossierTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import { DeadlineBadge } from '../ui.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children || '—'}</dd>
    </>
  );
}

/** The ticket the dossier was received from: how long its holder waited, and was served. */
function TicketJourney({ ticket }: { ticket: NonNullable<OfficeDossier['ticket']> }) {
  const { t } = useI18n();
  const served = ticket.servedMinutes === null ? null : t(ticket.serviceFinished ? texts.ticketServed : texts.ticketServing, { minutes: ticket.servedMinutes });
  return (
    <>
      <span className="mono">{ticket.number}</span> ({ticket.counterNumber === null ? ticket.service : t(texts.ticketFacts, { service: ticket.service, counter: ticket.counterNumber })})
      <span className="muted small block">
        {[ticket.waitedMinutes === null ? null : t(texts.ticketWaited, { minutes: ticket.waitedMinutes }), served].filter(Boolean).join(' · ')}
      </span>
    </>
  );
}

export function useProcessingTime() {
  const { t } = useI18n();
  return (days: number) => (days > 0 ? t(texts.workingDays, { days }) : t(texts.withinDay));
}

/** The dossier's identity, timing and applicant, as on the process-control record's header. */
export function DossierFacts({ dossier }: { dossier: OfficeDossier }) {
  const { t, language } = useI18n();
  const processingTime = useProcessingTime();
  const when = (value: string | null) => formatDateTime(value, language);
  const channel = channelTexts[dossier.channel];
  const returnMethod = dossier.returnMethod ? RETURN_METHOD_LABELS[dossier.returnMethod as keyof typeof RETURN_METHOD_LABELS] : undefined;
  const outcome = dossier.outcome === 'approved' ? t(texts.outcomeApproved) : dossier.outcome === 'rejected' ? t(texts.outcomeRejected) : '';
  return (
    <div className="office-columns">
      <section className="card" aria-labelledby="dossier-general">
        <h2 id="dossier-general">{t(texts.general)}</h2>
        <dl className="facts compact-facts">
          <Fact label={t(texts.procedure)}>
            {dossier.procedure.name}
            <span className="muted small block">{t(texts.procedureVersion, { code: dossier.procedure.code, version: dossier.procedure.version })}</span>
          </Fact>
          <Fact label={t(texts.processingDays)}>{processingTime(dossier.procedure.processingDays)}</Fact>
          <Fact label={t(texts.channel)}>{channel ? t(channel) : dossier.channel}</Fact>
          <Fact label={t(texts.receivingAgency)}>{dossier.receivingAgency.name}</Fact>
          <Fact label={t(texts.competentAgency)}>
            {dossier.competentAgency.name}
            {dossier.competentAgency.id !== dossier.receivingAgency.id && <span className="muted small block">{t(texts.routedElsewhere)}</span>}
            <AssistedBy assistance={dossier.assistance} />
            {dossier.assistance && (
              <span className="muted small block">{t(dossier.assistance.consent === 'code' ? texts.consentByCode : texts.consentByScan, { at: when(dossier.assistance.consentedAt) })}</span>
            )}
          </Fact>
          <Fact label={t(texts.lookupCode)}>
            <span className="mono">{dossier.lookupCode}</span>
          </Fact>
          <Fact label={t(texts.summary)}>{dossier.summary}</Fact>
          <Fact label={t(texts.submittedAt)}>{when(dossier.submittedAt)}</Fact>
          <Fact label={t(texts.receivedAt)}>{when(dossier.receivedAt)}</Fact>
          {dossier.ticket && (
            <Fact label={t(texts.ticket)}>
              <TicketJourney ticket={dossier.ticket} />
            </Fact>
          )}
          {dossier.originalDueAt && dossier.originalDueAt !== dossier.dueAt && <Fact label={t(texts.originalDueAt)}>{when(dossier.originalDueAt)}</Fact>}
          <Fact label={t(texts.dueAt)}>
            {when(dossier.dueAt)} <DeadlineBadge status={dossier.deadlineStatus} />
          </Fact>
          {dossier.finishedAt && <Fact label={t(texts.finishedAt)}>{when(dossier.finishedAt)}</Fact>}
          {outcome && <Fact label={t(texts.outcome)}>{outcome}</Fact>}
          {dossier.returnedAt && (
            <Fact label={t(texts.returnedAt)}>
              {when(dossier.returnedAt)}
              {returnMethod && ` — ${t(returnMethod)}`}
            </Fact>
          )}
          <Fact label={t(texts.counts)}>{t(texts.countsValue, { supplements: dossier.supplementCount, extensions: dossier.extensionCount })}</Fact>
        </dl>
      </section>
      <section className="card" aria-labelledby="dossier-applicant">
        <h2 id="dossier-applicant">{t(texts.applicant)}</h2>
        <dl className="facts compact-facts">
          <Fact label={t(texts.applicantType)}>{dossier.applicant.type === 'organisation' ? t(texts.organisation) : t(texts.citizen)}</Fact>
          <Fact label={t(texts.name)}>{dossier.applicant.name}</Fact>
          <Fact label={t(texts.idNumber)}>
            <span className="mono">{dossier.applicant.idNumber}</span>
          </Fact>
          <Fact label={t(texts.phone)}>{dossier.applicant.phone && <a href={`tel:${dossier.applicant.phone}`}>{dossier.applicant.phone}</a>}</Fact>
          <Fact label={t(texts.email)}>{dossier.applicant.email && <a href={`mailto:${dossier.applicant.email}`}>{dossier.applicant.email}</a>}</Fact>
          <Fact label={t(texts.address)}>{dossier.applicant.address}</Fact>
        </dl>
      </section>
    </div>
  );
}
