import {
  type ComponentForm,
  type FormDefinition,
  type ImplementingLevel,
  type OfficerRole,
  type OfferingScope,
  type OnlineMode,
  type ProcedureDefinition,
  type PublicationInput,
  checkProcedureDefinition,
  checkPublication,
  isAgencyCode,
  isProcedureCode,
} from '@motcua/core';
import { type Keyed, newKey, withKeys } from './RepeatableList.js';
import { procedureTexts as texts } from './texts.js';
import { type ClientErrors, requiredText } from './use-submit.js';

export type ApplicantType = ProcedureDefinition['applicantTypes'][number];
export const APPLICANT_TYPES: readonly ApplicantType[] = ['citizen', 'organisation'];

// Numbers are kept as typed, so that a half-typed "0," is not lost; they are parsed on saving.
export interface ComponentDraft extends Keyed {
  code: string;
  name: string;
  form: ComponentForm;
  copies: string;
  required: boolean;
  template: string;
  note: string;
}

export interface FeeDraft extends Keyed {
  name: string;
  amountVnd: string;
  note: string;
}

export interface StepDraft extends Keyed {
  code: string;
  name: string;
  role: OfficerRole;
  agencyKind: 'competent' | 'agency';
  agencyCode: string;
  unitCode: string;
  shareDays: string;
}

export interface LegalBasisDraft extends Keyed {
  text: string;
}

export interface ProcedureDraft {
  code: string;
  name: string;
  fieldCode: string;
  level: ImplementingLevel;
  competentAgencyCode: string;
  /** Who offers it: the competent agency alone, every commune, or the communes picked (offeringCodes). */
  offeredBy: 'competent' | OfferingScope;
  offeringCodes: string[];
  processingDays: string;
  cutoffTime: string;
  onlineMode: OnlineMode;
  resultDocument: string;
  legalBasis: LegalBasisDraft[];
  applicantTypes: ApplicantType[];
  fees: FeeDraft[];
  components: ComponentDraft[];
  process: StepDraft[];
  /** The declaration's e-form as JSON text, kept as typed; empty when the procedure has none. */
  form: string;
}

export const newComponent = (index: number): ComponentDraft => ({
  key: newKey(),
  code: `TP${String(index + 1).padStart(2, '0')}`,
  name: '',
  form: 'original',
  copies: '1',
  required: true,
  template: '',
  note: '',
});
export const newFee = (): FeeDraft => ({ key: newKey(), name: '', amountVnd: '0', note: '' });
export const newStep = (index: number): StepDraft => ({
  key: newKey(),
  code: `B${index + 1}`,
  name: '',
  role: 'specialist',
  agencyKind: 'competent',
  agencyCode: '',
  unitCode: '',
  shareDays: '0',
});
export const newLegalBasis = (): LegalBasisDraft => ({ key: newKey(), text: '' });

/** A new procedure starts with the usual three steps: reception, handling, the leader's approval. */
export function emptyDraft(): ProcedureDraft {
  return {
    code: '',
    name: '',
    fieldCode: '',
    level: 'commune',
    competentAgencyCode: '',
    offeredBy: 'competent',
    offeringCodes: [],
    processingDays: '',
    cutoffTime: '',
    onlineMode: 'partial',
    resultDocument: '',
    legalBasis: [newLegalBasis()],
    applicantTypes: ['citizen'],
    fees: [],
    components: [newComponent(0)],
    process: [
      { ...newStep(0), role: 'receiving_officer' },
      { ...newStep(1), role: 'specialist' },
      { ...newStep(2), role: 'agency_leader' },
    ],
    form: '',
  };
}

const text = (value: string | undefined) => value ?? '';

export function toDraft(def: ProcedureDefinition): ProcedureDraft {
  return {
    code: def.code,
    name: def.name,
    fieldCode: def.fieldCode,
    level: def.level,
    competentAgencyCode: def.competentAgencyCode,
    offeredBy: def.offeredBy?.scope ?? 'competent',
    offeringCodes: def.offeredBy?.scope === 'agencies' ? [...def.offeredBy.agencyCodes] : [],
    processingDays: String(def.processingDays),
    cutoffTime: text(def.cutoffTime),
    onlineMode: def.onlineMode,
    resultDocument: def.resultDocument,
    legalBasis: withKeys(def.legalBasis.map((entry) => ({ text: entry }))),
    applicantTypes: [...def.applicantTypes],
    fees: withKeys(def.fees.map((fee) => ({ name: fee.name, amountVnd: String(fee.amountVnd), note: text(fee.note) }))),
    components: withKeys(
      def.components.map((component) => ({ ...component, copies: String(component.copies), template: text(component.template), note: text(component.note) })),
    ),
    process: withKeys(
      def.process.map((step) => ({
        code: step.code,
        name: step.name,
        role: step.role,
        agencyKind: step.agency.kind,
        agencyCode: step.agency.kind === 'agency' ? step.agency.agencyCode : '',
        unitCode: text(step.unitCode),
        shareDays: String(step.shareDays),
      })),
    ),
    form: def.form ? JSON.stringify(def.form, null, 2) : '',
  };
}

/** The e-form typed as JSON: none when the text is empty, `invalid` when it is not JSON of an object. */
export function parseFormText(text: string): FormDefinition | undefined | 'invalid' {
  if (!text.trim()) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && Array.isArray((parsed as { fields?: unknown }).fields) ? (parsed as FormDefinition) : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** "1,5" and "1.5" both mean one and a half: Vietnamese writes a decimal comma. */
export function parseNumber(value: string): number {
  const trimmed = value.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The offering a draft defines; a province-level procedure has none, whatever was picked before its level changed. */
function offeringOf(draft: ProcedureDraft): ProcedureDefinition['offeredBy'] {
  if (draft.level !== 'commune' || draft.offeredBy === 'competent') return undefined;
  return draft.offeredBy === 'all_communes' ? { scope: 'all_communes' } : { scope: 'agencies', agencyCodes: draft.offeringCodes };
}

export function fromDraft(draft: ProcedureDraft): ProcedureDefinition {
  return {
    code: draft.code.trim(),
    name: draft.name.trim(),
    fieldCode: draft.fieldCode,
    level: draft.level,
    competentAgencyCode: draft.competentAgencyCode,
    offeredBy: offeringOf(draft),
    processingDays: parseNumber(draft.processingDays),
    cutoffTime: optional(draft.cutoffTime),
    onlineMode: draft.onlineMode,
    resultDocument: draft.resultDocument.trim(),
    legalBasis: draft.legalBasis.map((entry) => entry.text.trim()),
    applicantTypes: draft.applicantTypes,
    fees: draft.fees.map((fee) => ({ name: fee.name.trim(), amountVnd: parseNumber(fee.amountVnd), note: optional(fee.note) })),
    components: draft.components.map((component) => ({
      code: component.code.trim(),
      name: component.name.trim(),
      form: component.form,
      copies: parseNumber(component.copies),
      required: component.required,
      template: optional(component.template),
      note: optional(component.note),
    })),
    process: draft.process.map((step) => ({
      code: step.code.trim(),
      name: step.name.trim(),
      role: step.role,
      agency: step.agencyKind === 'competent' ? { kind: 'competent' } : { kind: 'agency', agencyCode: step.agencyCode },
      unitCode: optional(step.unitCode),
      shareDays: parseNumber(step.shareDays),
    })),
    ...formOf(draft.form),
  };
}

function formOf(text: string): { form?: FormDefinition } {
  const form = parseFormText(text);
  return form && form !== 'invalid' ? { form } : {};
}

export function sumOfShares(draft: ProcedureDraft): number {
  return draft.process.reduce((sum, step) => sum + (parseNumber(step.shareDays) || 0), 0);
}

const isCount = (value: number) => Number.isInteger(value) && value >= 0;
const isAmount = (value: number) => Number.isFinite(value) && value >= 0;

/**
 * What the browser can tell before sending, keyed by the same paths the server names
 * ("process.2.shareDays"): required texts, numbers, codes, then the domain's own rules.
 */
export function checkDraft(draft: ProcedureDraft): ClientErrors {
  const errors: ClientErrors = {};
  const def = fromDraft(draft);
  if (!isProcedureCode(def.code)) errors.code = texts.codeInvalid;
  if (!def.name) errors.name = requiredText(texts.name);
  if (!def.fieldCode) errors.fieldCode = requiredText(texts.field, 'choose');
  if (!isAgencyCode(def.competentAgencyCode)) errors.competentAgencyCode = requiredText(texts.competentAgency, 'choose');
  if (!isAmount(def.processingDays) || def.processingDays > 365) errors.processingDays = texts.numberInvalid;
  if (!def.resultDocument) errors.resultDocument = requiredText(texts.resultDocument);
  if (def.applicantTypes.length === 0) errors.applicantTypes = texts.applicantTypesMissing;
  def.legalBasis.forEach((entry, index) => {
    if (!entry) errors[`legalBasis.${index}`] = requiredText(texts.legalText);
  });
  def.fees.forEach((fee, index) => {
    if (!fee.name) errors[`fees.${index}.name`] = requiredText(texts.feeName);
    if (!isCount(fee.amountVnd)) errors[`fees.${index}.amountVnd`] = texts.integerInvalid;
  });
  def.components.forEach((component, index) => {
    if (!component.code) errors[`components.${index}.code`] = requiredText(texts.componentCode);
    if (!component.name) errors[`components.${index}.name`] = requiredText(texts.componentName);
    if (!isCount(component.copies) || component.copies > 20) errors[`components.${index}.copies`] = texts.integerInvalid;
  });
  def.process.forEach((step, index) => {
    if (!step.code) errors[`process.${index}.code`] = requiredText(texts.stepCode);
    if (!step.name) errors[`process.${index}.name`] = requiredText(texts.stepName);
    if (step.agency.kind === 'agency' && !isAgencyCode(step.agency.agencyCode)) errors[`process.${index}.agency`] = texts.agencyCodeInvalid;
    if (!isAmount(step.shareDays)) errors[`process.${index}.shareDays`] = texts.numberInvalid;
  });
  if (parseFormText(draft.form) === 'invalid') errors.form = texts.formJsonInvalid;
  if (Object.keys(errors).length > 0) return errors;
  for (const problem of checkProcedureDefinition(def)) errors[problem.field] ??= { vi: problem.vi, en: problem.en };
  return errors;
}

/** The decision publishing a draft, as typed: the same rules as the server's, checked before sending. */
export function checkPublicationDraft(input: PublicationInput, today: string, latest?: { version: number; effectiveOn: string }): ClientErrors {
  const errors: ClientErrors = {};
  for (const problem of checkPublication(input, today, latest)) errors[problem.field] ??= { vi: problem.vi, en: problem.en };
  return errors;
}
