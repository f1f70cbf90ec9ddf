import { COMPONENT_FORM_LABELS } from '@motcua/core';
import { AssistedBy } from '../../shared/AssistedBy.js';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { StateBadge } from '../../shared/ui/StateBadge.js';
import type { DossierDetail } from '../model.js';
import { commonTexts, myDossierTexts as texts } from '../texts.js';

/** Dates and places of the dossier; the ones not reached yet are left out rather than shown empty. */
export function DossierOverview({ dossier }: { dossier: DossierDetail }) {
  const { t, language } = useI18n();
  const dates: Array<[string, string | null, 'date' | 'time']> = [
    [t(texts.submittedAt), dossier.submittedAt, 'time'],
    [t(texts.receivedAt), dossier.receivedAt, 'time'],
    [t(texts.dueAt), dossier.dueAt, 'date'],
    [t(texts.finishedAt), dossier.finishedAt, 'time'],
    [t(texts.returnedAt), dossier.returnedAt, 'time'],
  ];
  return (
    <section className="card" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="citizen-card-title">{t(texts.overview)}</h2>
      <dl className="facts">
        <dt>{t(texts.state)}</dt>
        <dd>
          <StateBadge state={dossier.state} />
        </dd>
        <dt>{t(texts.procedure)}</dt>
        <dd>
          <Link to={`/thu-tuc/${encodeURIComponent(dossier.procedure.code)}`}>{dossier.procedure.name}</Link>
        </dd>
        <dt>{t(texts.lookupCode)}</dt>
        <dd className="citizen-code">{dossier.lookupCode}</dd>
        {dossier.receivingAgencyName && (
          <>
            <dt>{t(texts.receivingAgency)}</dt>
            <dd>
              {dossier.receivingAgencyName}
              <AssistedBy assistance={dossier.assistance} />
            </dd>
          </>
        )}
        {dossier.competentAgencyName !== dossier.receivingAgencyName && (
          <>
            <dt>{t(texts.competentAgency)}</dt>
            <dd>{dossier.competentAgencyName}</dd>
          </>
        )}
        {dates
          .filter(([, value]) => value)
          .map(([label, value, kind]) => (
            <Fact key={label} label={label} value={kind === 'date' ? formatDate(value, language) : formatDateTime(value, language)} />
          ))}
        {dossier.currentStep && (
          <>
            <dt>{t(texts.currentStep)}</dt>
            <dd>{t(texts.currentStepValue, { step: dossier.currentStep.name, agency: dossier.currentStep.agencyName, due: formatDate(dossier.currentStep.dueAt, language) })}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function ApplicantFacts({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  const { applicant } = dossier;
  const rows: Array<[string, string | null | undefined]> = [
    [t(texts.applicantName), applicant.name],
    [t(texts.applicantId), applicant.idNumber],
    [t(texts.phone), applicant.phone],
    [t(texts.email), applicant.email],
    [t(texts.address), applicant.address],
    [t(texts.summary), dossier.summary],
  ];
  return (
    <section className="card" aria-labelledby="applicant-heading">
      <h2 id="applicant-heading" className="citizen-card-title">{t(texts.applicant)}</h2>
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Fact key={label} label={label} value={value!} />
          ))}
      </dl>
    </section>
  );
}

/** The components with their files; the citizen downloads their own files through their session. */
export function ComponentList({ dossier }: { dossier: DossierDetail }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="components-heading">
      <h2 id="components-heading" className="citizen-card-title">{t(texts.components)}</h2>
      <ul className="citizen-component-list">
        {dossier.components.map((component) => (
          <li key={component.code}>
            <p className="citizen-component-name">{component.name}</p>
            <p className="muted">{t(commonTexts.componentHint, { form: t(COMPONENT_FORM_LABELS[component.form]), copies: component.copies })}</p>
            {component.files.length === 0 ? (
              <p className="muted">{t(texts.noFiles)}</p>
            ) : (
              <ul className="citizen-file-list" aria-label={t(texts.componentFiles, { name: component.name })}>
                {component.files.map((file) => (
                  <li key={file.id}>
                    <a href={`/api/citizen/dossiers/${encodeURIComponent(dossier.code)}/files/${encodeURIComponent(file.id)}`} download={file.name}>
                      <span className="visually-hidden">{t(texts.download)} </span>
                      {file.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
