import { COMPONENT_FORMS, COMPONENT_FORM_LABELS, IMPLEMENTING_LEVELS, ONLINE_MODES, shareProblem } from '@motcua/core';
import { type ReactNode, useId, useState } from 'react';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { RadioGroup } from '../shared/ui/RadioGroup.js';
import type { Agency } from './agencies.js';
import { AgencySelect } from './AgencySelect.js';
import {
  APPLICANT_TYPES,
  type ComponentDraft,
  type FeeDraft,
  type ProcedureDraft,
  type StepDraft,
  newComponent,
  newFee,
  newLegalBasis,
  newStep,
  parseNumber,
  sumOfShares,
} from './procedure-draft.js';
import { RepeatableList } from './RepeatableList.js';
import { RoleSelect } from './RoleSelect.js';
import { applicantTypeLabels, levelLabels, onlineModeLabels, procedureTexts as texts } from './texts.js';
import type { PublicField } from '@motcua/contract';
import { Check } from './Check.js';

/** What every section receives: the draft, a way to change it, the message for a field path and whether any field under some paths is wrong. */
export interface SectionProps {
  draft: ProcedureDraft;
  update(patch: Partial<ProcedureDraft>): void;
  errorAt(path: string, exact?: boolean): string | undefined;
  hasErrors(paths: readonly string[]): boolean;
}

/**
 * A section of the editor, closed until opened so that the whole procedure fits on a screen: its
 * summary line says what it holds. A section with a wrong field opens, so that the keyboard can
 * reach the field and the reader sees it.
 */
export function EditorSection({ title, summary, invalid, children }: { title: string; summary: string; invalid: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="admin-section" open={open || invalid} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="admin-section-title">{title}</span>
        <span className="admin-section-summary">
          {summary}
          {invalid && <strong> — {t(texts.sectionHasErrors)}</strong>}
        </span>
      </summary>
      {children}
    </details>
  );
}

const GENERAL_PATHS = ['code', 'name', 'fieldCode', 'level', 'competentAgencyCode', 'offeredBy', 'offeredBy.agencyCodes', 'processingDays', 'cutoffTime', 'onlineMode', 'resultDocument', 'applicantTypes'];

/** Who offers a commune-level procedure: its competent agency, every commune, or the communes picked. */
function OfferingFields({ draft, update, errorAt, agencies }: Pick<SectionProps, 'draft' | 'update' | 'errorAt'> & { agencies: Agency[] }) {
  const { t } = useI18n();
  const errorId = useId();
  const communes = agencies.filter((agency) => agency.kind === 'commune' && !agency.abolishedOn).sort((a, b) => a.shortName.localeCompare(b.shortName, 'vi'));
  const error = errorAt('offeredBy.agencyCodes') ?? errorAt('offeredBy');
  return (
    <>
      <RadioGroup
        legend={t(texts.offeredBy)}
        name="offeredBy"
        options={[
          { value: 'competent', label: t(texts.offeredByCompetent) },
          { value: 'all_communes', label: t(texts.offeredByAllCommunes) },
          { value: 'agencies', label: t(texts.offeredByAgencies) },
        ]}
        value={draft.offeredBy}
        onChange={(offeredBy) => update({ offeredBy })}
      />
      {draft.offeredBy === 'agencies' && (
        <fieldset className={error ? 'field-invalid' : undefined} aria-describedby={error ? errorId : undefined}>
          <legend>{t(texts.offeringCommunes)}</legend>
          {error && (
            <p className="field-error" id={errorId}>
              {error}
            </p>
          )}
          <div className="row">
            {communes.map((commune) => (
              <Check
                key={commune.code}
                label={commune.name}
                checked={draft.offeringCodes.includes(commune.code)}
                onChange={(checked) => update({ offeringCodes: checked ? [...draft.offeringCodes, commune.code] : draft.offeringCodes.filter((code) => code !== commune.code) })}
              />
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}

export function GeneralSection({ draft, update, errorAt, hasErrors, isNew, agencies, fields }: SectionProps & { isNew: boolean; agencies: Agency[]; fields: PublicField[] }) {
  const { t, language } = useI18n();
  const applicantErrorId = useId();
  const applicantError = errorAt('applicantTypes');
  const field = fields.find((candidate) => candidate.code === draft.fieldCode);
  const summary = t(texts.generalSummary, {
    code: draft.code || '—',
    field: (field && (language === 'en' ? field.nameEn : field.name)) ?? '—',
    days: draft.processingDays || '—',
    online: t(onlineModeLabels[draft.onlineMode]),
  });
  return (
    <EditorSection title={t(texts.general)} summary={summary} invalid={hasErrors(GENERAL_PATHS)}>
      <fieldset>
        <legend>{t(texts.general)}</legend>
        <div className="grid">
          <Field label={t(texts.code)} hint={isNew ? t(texts.codeHint) : t(texts.codeFixed)} error={errorAt('code')} required>
            <input value={draft.code} onChange={(event) => update({ code: event.target.value })} readOnly={!isNew} spellCheck={false} autoComplete="off" maxLength={30} />
          </Field>
          <Field label={t(texts.field)} error={errorAt('fieldCode')} required>
            <select value={draft.fieldCode} onChange={(event) => update({ fieldCode: event.target.value })}>
              <option value="">{t(texts.chooseField)}</option>
              {fields.map((field) => (
                <option key={field.code} value={field.code}>
                  {language === 'en' ? field.nameEn : field.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t(texts.name)} error={errorAt('name')} required>
          <textarea value={draft.name} onChange={(event) => update({ name: event.target.value })} rows={2} maxLength={500} />
        </Field>
        <div className="grid">
          <Field label={t(texts.level)} error={errorAt('level')} required>
            <select value={draft.level} onChange={(event) => update({ level: event.target.value as ProcedureDraft['level'] })}>
              {IMPLEMENTING_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(levelLabels[level])}
                </option>
              ))}
            </select>
          </Field>
          <Field label={draft.level === 'commune' && draft.offeredBy !== 'competent' ? t(texts.competentAgencyOffered) : t(texts.competentAgency)} error={errorAt('competentAgencyCode')} required>
            <AgencySelect agencies={agencies} identify="code" value={draft.competentAgencyCode} onValue={(code) => update({ competentAgencyCode: code })} include={(agency) => !agency.abolishedOn} />
          </Field>
          <Field label={t(texts.processingDays)} hint={t(texts.processingDaysHint)} error={errorAt('processingDays')} required>
            <input value={draft.processingDays} onChange={(event) => update({ processingDays: event.target.value })} inputMode="decimal" autoComplete="off" />
          </Field>
          <Field label={t(texts.cutoffTime)} hint={t(texts.cutoffHint)} error={errorAt('cutoffTime')}>
            <input type="time" value={draft.cutoffTime} onChange={(event) => update({ cutoffTime: event.target.value })} />
          </Field>
          <Field label={t(texts.onlineMode)} error={errorAt('onlineMode')} required>
            <select value={draft.onlineMode} onChange={(event) => update({ onlineMode: event.target.value as ProcedureDraft['onlineMode'] })}>
              {ONLINE_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(onlineModeLabels[mode])}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {draft.level === 'commune' && <OfferingFields draft={draft} update={update} errorAt={errorAt} agencies={agencies} />}
        <Field label={t(texts.resultDocument)} error={errorAt('resultDocument')} required>
          <input value={draft.resultDocument} onChange={(event) => update({ resultDocument: event.target.value })} maxLength={500} />
        </Field>
        <fieldset className={applicantError ? 'field-invalid' : undefined} aria-describedby={applicantError ? applicantErrorId : undefined}>
          <legend>{t(texts.applicantTypes)}</legend>
          {applicantError && (
            <p className="field-error" id={applicantErrorId}>
              {applicantError}
            </p>
          )}
          <div className="row">
            {APPLICANT_TYPES.map((type) => (
              <Check
                key={type}
                label={t(applicantTypeLabels[type])}
                checked={draft.applicantTypes.includes(type)}
                onChange={(checked) => update({ applicantTypes: APPLICANT_TYPES.filter((candidate) => (candidate === type ? checked : draft.applicantTypes.includes(candidate))) })}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>
    </EditorSection>
  );
}

export function LegalBasisSection({ draft, update, errorAt, hasErrors }: SectionProps) {
  const { t } = useI18n();
  return (
    <EditorSection title={t(texts.legalBasis)} summary={t(texts.legalSummary, { count: draft.legalBasis.length })} invalid={hasErrors(['legalBasis'])}>
      <RepeatableList
        legend={t(texts.legalBasis)}
        error={errorAt('legalBasis', true)}
        items={draft.legalBasis}
        onChange={(legalBasis) => update({ legalBasis })}
        create={newLegalBasis}
        addLabel={t(texts.addLegalBasis)}
        itemLabel={(index) => t(texts.legalBasisItem, { number: index + 1 })}
        renderItem={(entry, change, index) => (
          <Field label={t(texts.legalText)} error={errorAt(`legalBasis.${index}`)} required>
            <input value={entry.text} onChange={(event) => change({ text: event.target.value })} maxLength={500} />
          </Field>
        )}
      />
    </EditorSection>
  );
}

export function ComponentsSection({ draft, update, errorAt, hasErrors }: SectionProps) {
  const { t } = useI18n();
  const at = (index: number, name: keyof ComponentDraft) => errorAt(`components.${index}.${name}`);
  const summary = t(texts.componentsSummary, { count: draft.components.length, required: draft.components.filter((component) => component.required).length });
  return (
    <EditorSection title={t(texts.components)} summary={summary} invalid={hasErrors(['components'])}>
      <RepeatableList
        legend={t(texts.components)}
        error={errorAt('components', true)}
        items={draft.components}
        onChange={(components) => update({ components })}
        create={() => newComponent(draft.components.length)}
        addLabel={t(texts.addComponent)}
        itemLabel={(index) => t(texts.component, { number: index + 1 })}
        renderItem={(component, change, index) => (
          <>
            <div className="grid">
              <Field label={t(texts.componentCode)} error={at(index, 'code')} required>
                <input value={component.code} onChange={(event) => change({ code: event.target.value })} maxLength={40} spellCheck={false} />
              </Field>
              <Field label={t(texts.componentForm)} error={at(index, 'form')} required>
                <select value={component.form} onChange={(event) => change({ form: event.target.value as ComponentDraft['form'] })}>
                  {COMPONENT_FORMS.map((form) => (
                    <option key={form} value={form}>
                      {t(COMPONENT_FORM_LABELS[form])}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t(texts.copies)} error={at(index, 'copies')} required>
                <input value={component.copies} onChange={(event) => change({ copies: event.target.value })} inputMode="numeric" />
              </Field>
            </div>
            <Field label={t(texts.componentName)} error={at(index, 'name')} required>
              <textarea value={component.name} onChange={(event) => change({ name: event.target.value })} rows={2} maxLength={1000} />
            </Field>
            <div className="grid">
              <Field label={t(texts.template)} hint={t(texts.templateHint)} error={at(index, 'template')}>
                <input value={component.template} onChange={(event) => change({ template: event.target.value })} maxLength={300} spellCheck={false} />
              </Field>
              <Field label={t(texts.note)} error={at(index, 'note')}>
                <input value={component.note} onChange={(event) => change({ note: event.target.value })} maxLength={1000} />
              </Field>
            </div>
            <Check label={t(texts.required)} checked={component.required} onChange={(required) => change({ required })} />
          </>
        )}
      />
    </EditorSection>
  );
}

export function FeesSection({ draft, update, errorAt, hasErrors }: SectionProps) {
  const { t } = useI18n();
  const at = (index: number, name: keyof FeeDraft) => errorAt(`fees.${index}.${name}`);
  const summary = draft.fees.length === 0 ? t(texts.noFees) : t(texts.feesSummary, { count: draft.fees.length });
  return (
    <EditorSection title={t(texts.fees)} summary={summary} invalid={hasErrors(['fees'])}>
      <RepeatableList
        legend={t(texts.fees)}
        error={errorAt('fees', true)}
        items={draft.fees}
        onChange={(fees) => update({ fees })}
        create={newFee}
        addLabel={t(texts.addFee)}
        itemLabel={(index) => t(texts.fee, { number: index + 1 })}
        emptyText={t(texts.noFees)}
        renderItem={(fee, change, index) => (
          <div className="grid">
            <Field label={t(texts.feeName)} error={at(index, 'name')} required>
              <input value={fee.name} onChange={(event) => change({ name: event.target.value })} maxLength={300} />
            </Field>
            <Field label={t(texts.amount)} error={at(index, 'amountVnd')} required>
              <input value={fee.amountVnd} onChange={(event) => change({ amountVnd: event.target.value })} inputMode="numeric" />
            </Field>
            <Field label={t(texts.note)} error={at(index, 'note')}>
              <input value={fee.note} onChange={(event) => change({ note: event.target.value })} maxLength={500} />
            </Field>
          </div>
        )}
      />
    </EditorSection>
  );
}

/**
 * Whether the steps' shares add up to the processing time. More than it cannot be published, and
 * the domain's own message says by how much, or that the time limit itself is what is wrong.
 */
function ShareSummary({ draft }: { draft: ProcedureDraft }) {
  const { t, language } = useI18n();
  if (!draft.processingDays.trim()) return null;
  const total = parseNumber(draft.processingDays);
  const problem = shareProblem(draft.process.map((step) => parseNumber(step.shareDays)), total);
  const sum = sumOfShares(draft);
  const kind = problem ? 'error' : Math.abs(sum - total) < 1e-9 ? 'success' : 'warning';
  const params = { sum: formatNumber(sum, language), total: formatNumber(total, language) };
  // A status rather than an alert even when wrong: it changes as one types.
  return (
    <div className={`alert alert-${kind}`} role="status">
      <p>{problem ? t(problem) : t(kind === 'success' ? texts.sharesMatch : texts.sharesBelow, params)}</p>
    </div>
  );
}

function StepAgencyFields({ step, index, change, errorAt, agencies, competentAgencyCode }: {
  step: StepDraft;
  index: number;
  change(patch: Partial<StepDraft>): void;
  errorAt: SectionProps['errorAt'];
  agencies: Agency[];
  competentAgencyCode: string;
}) {
  const { t } = useI18n();
  const handlingCode = step.agencyKind === 'competent' ? competentAgencyCode : step.agencyCode;
  const units = agencies.find((agency) => agency.code === handlingCode)?.units ?? [];
  const unitCodes = units.some((unit) => unit.code === step.unitCode) || !step.unitCode ? units : [...units, { id: step.unitCode, code: step.unitCode, name: step.unitCode }];
  const agencyError = errorAt(`process.${index}.agency`);
  return (
    <>
      <Field label={t(texts.stepAgency)} error={step.agencyKind === 'competent' ? agencyError : undefined} required>
        <select value={step.agencyKind} onChange={(event) => change({ agencyKind: event.target.value as StepDraft['agencyKind'], unitCode: '' })}>
          <option value="competent">{t(texts.stepCompetent)}</option>
          <option value="agency">{t(texts.stepOtherAgency)}</option>
        </select>
      </Field>
      {step.agencyKind === 'agency' && (
        <Field label={t(texts.stepAgencyCode)} error={agencyError} required>
          <AgencySelect agencies={agencies} identify="code" value={step.agencyCode} onValue={(agencyCode) => change({ agencyCode, unitCode: '' })} include={(agency) => !agency.abolishedOn} />
        </Field>
      )}
      <Field label={t(texts.unitCode)} hint={t(texts.unitCodeHint)} error={errorAt(`process.${index}.unitCode`)}>
        <select value={step.unitCode} onChange={(event) => change({ unitCode: event.target.value })}>
          <option value="">{t(texts.noUnit)}</option>
          {unitCodes.map((unit) => (
            <option key={unit.id} value={unit.code}>
              {unit.name} ({unit.code})
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

export function StepsSection({ draft, update, errorAt, hasErrors, agencies }: SectionProps & { agencies: Agency[] }) {
  const { t, language } = useI18n();
  const summary = t(texts.stepsSummary, {
    count: draft.process.length,
    sum: formatNumber(sumOfShares(draft), language),
    total: draft.processingDays.trim() ? formatNumber(parseNumber(draft.processingDays), language) : '—',
  });
  return (
    <EditorSection title={t(texts.process)} summary={summary} invalid={hasErrors(['process'])}>
      <RepeatableList
        legend={t(texts.process)}
        hint={t(texts.processHint)}
        error={errorAt('process', true)}
        items={draft.process}
        onChange={(process) => update({ process })}
        create={() => newStep(draft.process.length)}
        addLabel={t(texts.addStep)}
        itemLabel={(index) => t(texts.step, { number: index + 1 })}
        minItems={1}
        renderItem={(step, change, index) => (
          <div className="grid">
            <Field label={t(texts.stepCode)} error={errorAt(`process.${index}.code`)} required>
              <input value={step.code} onChange={(event) => change({ code: event.target.value })} maxLength={40} spellCheck={false} />
            </Field>
            <Field label={t(texts.stepName)} error={errorAt(`process.${index}.name`)} required>
              <input value={step.name} onChange={(event) => change({ name: event.target.value })} maxLength={300} />
            </Field>
            <Field label={t(texts.stepRole)} error={errorAt(`process.${index}.role`)} required>
              <RoleSelect value={step.role} onValue={(role) => change({ role })} />
            </Field>
            <StepAgencyFields step={step} index={index} change={change} errorAt={errorAt} agencies={agencies} competentAgencyCode={draft.competentAgencyCode} />
            <Field label={t(texts.shareDays)} error={errorAt(`process.${index}.shareDays`)} required>
              <input value={step.shareDays} onChange={(event) => change({ shareDays: event.target.value })} inputMode="decimal" autoComplete="off" />
            </Field>
          </div>
        )}
      />
      <ShareSummary draft={draft} />
    </EditorSection>
  );
}
