import { checkApplicant, controlOfServerField } from '../../shared/applicant-check.js';
import type { Translate } from '../../shared/i18n.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import type { FileFacts } from '@motcua/contract';
import { type FormValues, defaultCommune } from '@motcua/core';
import type { ApplicantDetails, Draft, DraftContent, PublicProcedure } from '../model.js';
import type { Citizen } from '../session.js';
import { submissionTexts as texts } from '../texts.js';
import { type DeliveryChoiceState, deliveryAddressMissing, deliveryBody } from '../../shared/delivery/DeliveryChoiceFields.js';
import { deliveryTexts } from '../../shared/delivery/texts.js';

/** The steps of the form, named in the address (`?buoc=`) so that the browser's Back button works. */
export const STEPS = ['nguoi-nop', 'thanh-phan', 'kiem-tra'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_TITLES = { 'nguoi-nop': texts.stepApplicant, 'thanh-phan': texts.stepComponents, 'kiem-tra': texts.stepReview } as const;

export function stepFrom(value: string | null): Step {
  return (STEPS as readonly string[]).includes(value ?? '') ? (value as Step) : 'nguoi-nop';
}

/** The applicant's details as typed: every control holds a string, even the optional ones. */
export type ApplicantForm = Required<ApplicantDetails>;

export interface WizardState {
  applicant: ApplicantForm;
  summary: string;
  /** Uploaded files per component code. */
  files: Record<string, FileFacts[]>;
  /** The declaration's answers, when the procedure has an e-form. */
  form: FormValues;
  /** The commune chosen (its agency id), for a procedure offered by communes; empty until chosen. */
  communeId: string;
  /** How the applicant receives the result. */
  delivery: DeliveryChoiceState;
}

/** The agency the dossier goes to: the commune chosen, or the procedure's own. */
export const receivingAgencyOf = (state: WizardState, procedure: PublicProcedure): string | undefined =>
  procedure.offeredBy ? state.communeId || undefined : procedure.offeringAgencies[0]?.id;

/**
 * The commune the choice starts from, for a procedure offered by communes (core defaultCommune):
 * the one of the account's address when it offers it, else the only one offering it.
 */
export function homeCommune(procedure: PublicProcedure, citizen: Citizen): string | null {
  if (!procedure.offeredBy) return null;
  const offering = procedure.offeringAgencies;
  const home = offering.find((agency) => agency.id === citizen.communeId)?.code;
  const code = defaultCommune(offering.map((agency) => agency.code), home);
  return offering.find((agency) => agency.code === code)?.id ?? null;
}

/** A fresh form is prefilled from the citizen's account; a resumed draft brings back what was saved. */
export function initialState(procedure: PublicProcedure, citizen: Citizen, draft: Draft | undefined): WizardState {
  const defaultType = procedure.applicantTypes.includes('citizen') ? 'citizen' : 'organisation';
  if (draft) {
    const saved = draft.content;
    // The server names each file the draft holds; an id it does not know is no file to send.
    const known = new Map(draft.files.map((file) => [file.id, file]));
    const files: Record<string, FileFacts[]> = {};
    for (const component of saved.components ?? []) files[component.code] = component.fileIds.flatMap((id) => known.get(id) ?? []);
    return {
      applicant: {
        type: saved.applicant?.type ?? defaultType,
        name: saved.applicant?.name ?? '',
        idNumber: saved.applicant?.idNumber ?? '',
        phone: saved.applicant?.phone ?? '',
        email: saved.applicant?.email ?? '',
        address: saved.applicant?.address ?? '',
      },
      summary: saved.summary ?? '',
      files,
      form: (saved.form ?? {}) as FormValues,
      communeId: saved.receivingAgencyId ?? homeCommune(procedure, citizen) ?? '',
      delivery: { method: saved.delivery?.method ?? 'in_person', address: saved.delivery?.address ?? '' },
    };
  }
  const asCitizen = defaultType === 'citizen';
  return {
    applicant: {
      type: defaultType,
      name: asCitizen ? citizen.fullName : '',
      idNumber: asCitizen ? (citizen.idNumber ?? '') : '',
      phone: citizen.phone ?? '',
      email: citizen.email ?? '',
      address: '',
    },
    summary: '',
    files: {},
    form: {},
    communeId: homeCommune(procedure, citizen) ?? '',
    delivery: { method: 'in_person', address: '' },
  };
}

const optional = (value: string) => value.trim() || undefined;

/** The draft content the API keeps and submits; empty optional details are left out. */
export function toContent(state: WizardState, procedure: PublicProcedure): DraftContent {
  const { applicant } = state;
  const details: ApplicantDetails = { type: applicant.type, name: applicant.name.trim(), idNumber: applicant.idNumber.trim() };
  const phone = optional(applicant.phone);
  const email = optional(applicant.email);
  const address = optional(applicant.address);
  if (phone) details.phone = phone;
  if (email) details.email = email;
  if (address) details.address = address;
  const content: DraftContent = {
    applicant: details,
    components: procedure.components.map((component) => ({ code: component.code, fileIds: (state.files[component.code] ?? []).map((file) => file.id) })),
  };
  const summary = optional(state.summary);
  if (summary) content.summary = summary;
  if (procedure.form) content.form = state.form;
  if (procedure.offeredBy && state.communeId) content.receivingAgencyId = state.communeId;
  content.delivery = deliveryBody(state.delivery);
  return content;
}

export function checkApplicantStep(state: WizardState, procedure: PublicProcedure, t: Translate): FieldErrors {
  const errors = checkApplicant(state.applicant, t);
  if (procedure.offeredBy && !state.communeId) errors.receivingAgencyId = t(texts.communeMissing);
  return errors;
}

export const componentControl = (code: string) => `components.${code}`;

export function checkComponents(state: WizardState, procedure: PublicProcedure, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const component of procedure.components) {
    if (component.required && (state.files[component.code] ?? []).length === 0) errors[componentControl(component.code)] = t(texts.componentMissing, { name: component.name });
  }
  return errors;
}

/** The choice of how to receive the result, on the review step: the post needs an address. */
export function checkDelivery(state: WizardState, t: Translate): FieldErrors {
  return deliveryAddressMissing(state.delivery) ? { 'delivery.address': t(deliveryTexts.addressRequired) } : {};
}

/** The step whose controls a field named by the server belongs to, with the control's name. */
export function placeServerField(field: string): { step: Step; control: string } | undefined {
  const bare = controlOfServerField(field) ?? '';
  if (bare === 'summary') return { step: 'nguoi-nop', control: 'summary' };
  if (bare === 'receivingAgencyId') return { step: 'nguoi-nop', control: 'receivingAgencyId' };
  if (bare.startsWith('applicant')) return { step: 'nguoi-nop', control: bare.includes('.') ? bare : 'applicant.name' };
  if (['name', 'idNumber', 'phone', 'email', 'address'].includes(bare)) return { step: 'nguoi-nop', control: `applicant.${bare}` };
  if (bare.startsWith('components')) return { step: 'thanh-phan', control: 'components' };
  if (bare === 'delivery.method' || bare === 'delivery.address') return { step: 'kiem-tra', control: bare };
  // The declaration's fields are on the first step, each named as the server names it.
  if (bare === 'form' || bare.startsWith('form.')) return { step: 'nguoi-nop', control: bare };
  return undefined;
}
