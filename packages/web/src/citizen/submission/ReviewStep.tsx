import { Fragment } from 'react';
import { Link } from 'react-router';
import { type FormDefinition, checkFormValues, filledEntries, vietnamDate } from '@motcua/core';
import { DeclarationEntries } from '../../shared/declaration/DeclarationView.js';
import { useI18n } from '../../shared/i18n.js';
import { FileFactsNote } from '../../shared/ui/FileFactsNote.js';
import type { PublicProcedure } from '../model.js';
import { submissionTexts as texts } from '../texts.js';
import type { Step, WizardState } from './wizard-state.js';

function EditLink({ to, what }: { to: string; what: string }) {
  const { t } = useI18n();
  return (
    <Link to={to} className="citizen-edit-link">
      {t(texts.edit)}
      <span className="visually-hidden"> {what}</span>
    </Link>
  );
}

/** Step 3: everything the citizen gave, each part with a way back to change it. */
export function ReviewStep({ procedure, state, communes, stepHref, declared, declarationError, onDeclared }: {
  procedure: PublicProcedure;
  state: WizardState;
  communes: ReadonlyArray<{ code: string; name: string }>;
  stepHref(step: Step): string;
  declared: boolean;
  declarationError: string | undefined;
  onDeclared(declared: boolean): void;
}) {
  const { t } = useI18n();
  const { applicant } = state;
  const organisation = applicant.type === 'organisation';
  const orNone = (value: string) => value.trim() || <span className="muted">{t(texts.notGiven)}</span>;
  const form = procedure.form as FormDefinition | undefined;
  // The answers as they will be kept: the server checks them again, and names any it refuses.
  const communeNames = new Map(communes.map((commune) => [commune.code, commune.name]));
  const answers = form ? filledEntries(form, checkFormValues(form, state.form, { today: vietnamDate(new Date()), communes: communeNames }).values, communeNames) : [];
  return (
    <>
      <p>{t(texts.reviewIntro)}</p>
      <section className="card citizen-review-section" aria-labelledby="review-applicant">
        <div className="citizen-review-heading">
          <h3 id="review-applicant">{t(texts.stepApplicant)}</h3>
          <EditLink to={stepHref('nguoi-nop')} what={t(texts.editApplicant)} />
        </div>
        <dl className="facts">
          {procedure.offeredBy && (
            <>
              <dt>{t(texts.commune)}</dt>
              <dd>{orNone(procedure.offeringAgencies.find((agency) => agency.id === state.communeId)?.name ?? '')}</dd>
            </>
          )}
          {procedure.applicantTypes.length > 1 && (
            <>
              <dt>{t(texts.applicantType)}</dt>
              <dd>{organisation ? t(texts.typeOrganisation) : t(texts.typeCitizen)}</dd>
            </>
          )}
          <dt>{organisation ? t(texts.nameOrganisation) : t(texts.nameCitizen)}</dt>
          <dd>{orNone(applicant.name)}</dd>
          <dt>{organisation ? t(texts.idOrganisation) : t(texts.idCitizen)}</dt>
          <dd>{orNone(applicant.idNumber)}</dd>
          <dt>{t(texts.phone)}</dt>
          <dd>{orNone(applicant.phone)}</dd>
          <dt>{t(texts.email)}</dt>
          <dd>{orNone(applicant.email)}</dd>
          <dt>{t(texts.address)}</dt>
          <dd>{orNone(applicant.address)}</dd>
          <dt>{t(texts.summary)}</dt>
          <dd className="citizen-preserve-lines">{orNone(state.summary)}</dd>
        </dl>
      </section>
      {form && (
        <section className="card citizen-review-section" aria-labelledby="review-declaration">
          <div className="citizen-review-heading">
            <h3 id="review-declaration">{form.title}</h3>
            <EditLink to={stepHref('nguoi-nop')} what={form.title} />
          </div>
          <DeclarationEntries entries={answers} />
        </section>
      )}
      <section className="card citizen-review-section" aria-labelledby="review-components">
        <div className="citizen-review-heading">
          <h3 id="review-components">{t(texts.stepComponents)}</h3>
          <EditLink to={stepHref('thanh-phan')} what={t(texts.editComponents)} />
        </div>
        {procedure.components.length === 0 ? (
          <p>{t(texts.noComponents)}</p>
        ) : (
          <dl className="facts">
            {procedure.components.map((component) => {
              const files = state.files[component.code] ?? [];
              return (
                <Fragment key={component.code}>
                  <dt>{component.name}</dt>
                  <dd>
                    {files.length === 0 ? (
                      <span className="muted">{t(texts.noFile)}</span>
                    ) : (
                      <ul className="citizen-plain-list">
                        {files.map((file) => (
                          <li key={file.id}>
                            {file.name}
                            <FileFactsNote contentType={file.contentType} size={file.size} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </Fragment>
              );
            })}
          </dl>
        )}
      </section>
      <div className={`field citizen-checkbox-field${declarationError ? ' field-invalid' : ''}`}>
        <label>
          <input
            type="checkbox"
            name="declaration"
            checked={declared}
            onChange={(event) => onDeclared(event.target.checked)}
            aria-invalid={declarationError ? true : undefined}
            aria-describedby={declarationError ? 'declaration-error' : undefined}
          />
          {t(texts.declaration)}
        </label>
        {declarationError && (
          <p className="field-error" id="declaration-error">
            {declarationError}
          </p>
        )}
      </div>
    </>
  );
}
