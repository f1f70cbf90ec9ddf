import { Type } from '@fastify/type-provider-typebox';
import { DeliveryChoiceSchema, DeliveryViewSchema } from './delivery.js';
import { component } from '../../platform/components.js';
import { DEADLINE_STATUSES, DOSSIER_ACTIONS, DOSSIER_STATES, ID_NUMBER_PATTERN, OFFICER_ROLES, PHONE_PATTERN } from '@motcua/core';
import { AgencyReference, Name, Nullable } from '../../platform/schemas.js';
import { FileFactsSchema } from '../files/index.js';
import { NotificationSchema } from '../notifications/index.js';
import { ProcedureDefinitionSchema } from '../procedures/index.js';
import { QUEUES } from './queries.js';

const Uuid = Type.String({ format: 'uuid' });

export const DossierState = component('DossierState', Type.Enum(DOSSIER_STATES));

export const DossierCodeParam = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}-\\d{6}-\\d{4,}$', description: 'e.g. 000.00.01.H56-261123-0007' });

export const Applicant = component('Applicant', Type.Object({
  type: Type.Enum(['citizen', 'organisation'] as const),
  name: Name(200, { minLength: 2 }),
  idNumber: Type.String({
    pattern: ID_NUMBER_PATTERN.source,
    description:
      'A citizen: CCCD (số định danh cá nhân, 12 digits), old CMND (9 digits) or passport (6–9 letters and digits, a letter among them); an organisation: tax code (10 digits, or 13 written 0101234567-001). Any other is refused with 400 invalid_id_number naming applicant.idNumber.',
  }),
  phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN.source })),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  address: Type.Optional(Type.String({ maxLength: 500 })),
}));

/**
 * A declaration's values by field code (core/src/forms). Each value's type is the field's, checked
 * by checkFormValues at its path: a union here would let the body's type coercion turn one kind of
 * value into another (a list of one into its item) before the form sees it.
 */
export const FormValuesSchema = component('FormValues', Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), {
  maxProperties: 200,
  description: 'Text and identity numbers as strings, numbers as numbers, dates YYYY-MM-DD, a choice by its value (several: a list), a commune by its agency code, a repeating group as a list of items of the same kind',
}));

const Bilingual = Type.Object({ vi: Type.String(), en: Type.String() });
const FilledScalar = component('FilledAnswer', Type.Object({ code: Type.String(), label: Bilingual, text: Bilingual }));

/** The declaration a dossier holds: its values, and each as people read it (communes by name, dates dd/mm/yyyy). */
export const FilledDeclarationSchema = component('FilledDeclaration', Type.Object({
  title: Type.String(),
  templateReference: Nullable(Type.String()),
  values: FormValuesSchema,
  entries: Type.Array(Type.Union([FilledScalar, Type.Object({ code: Type.String(), label: Bilingual, items: Type.Array(Type.Object({ label: Bilingual, entries: Type.Array(FilledScalar) })) })])),
}));

export const NewDossierBody = component('NewDossier', Type.Object({
  procedureCode: Type.String({ maxLength: 40 }),
  receivingAgencyId: Type.Optional(Type.String({
    format: 'uuid',
    description: 'Where the dossier is handed in. Online: the commune chosen for a procedure offered by communes (it receives and decides it; default: the competent agency). At the counter: one of the officer\'s reception desks',
  })),
  competentAgencyId: Type.Optional(Type.String({
    format: 'uuid',
    description: 'The commune that decides a procedure offered by communes, when the dossier is handed in elsewhere (at a centre of the province); default: the agency receiving it. 400 procedure_not_offered for a commune that does not offer the procedure',
  })),
  applicant: Applicant,
  summary: Type.Optional(Type.String({ maxLength: 2000 })),
  components: Type.Array(
    component(
      'SubmittedComponent',
      Type.Object({ code: Type.String({ maxLength: 40 }), copies: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })), fileIds: Type.Optional(Type.Array(Uuid, { maxItems: 20 })) }),
    ),
    { maxItems: 100 },
  ),
  comment: Type.Optional(Type.String({ maxLength: 4000 })),
  attachmentIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  // Required online when the procedure version has a form, optional at the counter (the paper
  // declaration may be a component instead); every field at fault is named (400 invalid_form).
  form: Type.Optional(FormValuesSchema),
  // 400 invalid_delivery: the post where the agency does not send by post, without a full address, or an electronic result with nowhere to go.
  delivery: Type.Optional(DeliveryChoiceSchema),
}));

/** What an anonymous applicant shows for the files they name (POST /api/public/files returned it with each). */
export const UploadTokens = component('UploadTokens', Type.Object({
  uploadTokens: Type.Optional(
    Type.Array(Type.String({ minLength: 16, maxLength: 100 }), {
      maxItems: 100,
      description: 'The uploadToken of each file named here that was uploaded anonymously to POST /api/public/files; without it such a file is refused (403 file_not_yours)',
    }),
  ),
}));

export const PublicSubmissionBody = Type.Intersect([NewDossierBody, UploadTokens]);

export const CounterReceptionBody = Type.Intersect([
  NewDossierBody,
  Type.Object({
    channel: Type.Union([Type.Literal('in_person'), Type.Literal('post')], { default: 'in_person' }),
    ticketId: Type.Optional(Type.String({
      format: 'uuid',
      description:
        'The queue ticket the officer is serving at their counter, whom the dossier is received from: the dossier records it (refused with 409 ticket_of_another_centre, ticket_not_being_served or already_received_from_ticket).',
    })),
  }),
]);

export const CreatedDossierSchema = component('CreatedDossier', Type.Object({
  code: Type.String(),
  lookupCode: Type.String({ description: 'Secret printed on the receipt; with the code it lets the applicant act on the dossier.' }),
  state: Type.String(),
  version: Type.Integer(),
  receivedAt: Type.Union([Type.String(), Type.Null()]),
  dueAt: Type.Union([Type.String(), Type.Null()]),
}));

export const ActionResult = component(
  'ActionResult',
  Type.Object({
    code: Type.String(),
    state: Type.String(),
    version: Type.Integer(),
    awaitingSignature: Type.Optional(
      Type.Object(
        { id: Type.String(), requestedAt: Type.String(), expiresAt: Type.String() },
        { description: 'An approval waiting for the approver to confirm the signature on their phone (remote signing): the dossier is unchanged until then' },
      ),
    ),
  }),
);

export const ListQuery = Type.Object({
  queue: Type.Optional(Type.Enum(QUEUES)),
  // Long enough for the receipt's QR code scanned into the search box (its JSON names the dossier).
  q: Type.Optional(Type.String({ maxLength: 1000 })),
  state: Type.Optional(DossierState),
  procedureCode: Type.Optional(Type.String({ maxLength: 40 })),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the page before; the first page without' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});

const Str = Type.String();

/** The applicant as the dossier records them: every field there, empty when not given. */
export const ApplicantOnFile = component('ApplicantOnFile', Type.Object({ type: Str, name: Str, idNumber: Str, phone: Str, email: Str, address: Str }));

const When = Nullable(Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' }));

export const DeadlineStatusSchema = Nullable(component('DeadlineStatus', Type.Enum(DEADLINE_STATUSES)));

export const StatusSchema = component('DossierStatus', Type.Object({
  state: DossierState,
  label: Str,
  labelEn: Str,
  nationalStatus: Type.Integer({ description: 'TrangThaiHoSo of the National Public Service Portal' }),
  clockStopped: Type.Boolean(),
}));

export const DossierListSchema = component('DossierPage', Type.Object({
  nextCursor: Nullable(Type.String({ description: 'Send as cursor for the next page; null on the last page. How many there are in all: GET /api/v1/dossiers/counts' })),
  items: Type.Array(
    component('DossierSummary', Type.Object({
      code: Str,
      status: StatusSchema,
      channel: Str,
      procedure: Type.Object({ code: Str, name: Str }),
      applicantName: Str,
      receivingAgency: Str,
      currentStep: Nullable(Type.Object({ name: Str, agency: Nullable(Str), assignee: Nullable(Str) })),
      submittedAt: Str,
      receivedAt: When,
      dueAt: When,
      finishedAt: When,
      deadlineStatus: DeadlineStatusSchema,
      version: Type.Integer(),
    })),
  ),
}));

/** Who helped submit the dossier for the citizen present, if anyone did: shown as "nộp với sự hỗ trợ của …". */
export const AssistanceSchema = component('Assistance', Type.Object({
  helperName: Str,
  pointName: Type.String({ description: 'The assisted-digital point or the one-stop section the help came from' }),
}, { description: 'Who helped submit the dossier for the citizen present: nothing more of the helper than their name and point' }));

const OfficerAssistanceSchema = component('OfficerAssistance', Type.Object({
  ...AssistanceSchema.properties,
  consent: Type.Union([Type.Literal('code'), Type.Literal('scan')], { description: "code: the citizen read out a code sent to their phone; scan: a signed consent, scanned, is among the dossier's attachments" }),
  consentedAt: Str,
}, { description: 'Who helped submit the dossier for the citizen present, and how and when the citizen consented' }));

export const DossierDetailSchema = component('Dossier', Type.Object({
  code: Str,
  lookupCode: Str,
  version: Type.Integer(),
  channel: Str,
  status: StatusSchema,
  procedure: Type.Object({ code: Str, name: Str, version: Type.Integer(), processingDays: Type.Number(), process: ProcedureDefinitionSchema.properties.process }),
  receivingAgency: AgencyReference,
  competentAgency: Type.Object({ id: Str, name: Str }),
  assistance: Nullable(OfficerAssistanceSchema),
  applicant: ApplicantOnFile,
  summary: Str,
  declaration: Nullable(FilledDeclarationSchema),
  components: Type.Array(
    Type.Object({ code: Str, name: Str, form: Str, copies: Type.Integer(), fileIds: Type.Array(Str), files: Type.Array(FileFactsSchema, { description: 'The files of fileIds that exist' }) }),
  ),
  submittedAt: When,
  receivedAt: When,
  originalDueAt: When,
  dueAt: When,
  finishedAt: When,
  returnedAt: When,
  returnMethod: Nullable(Str),
  delivery: DeliveryViewSchema,
  outcome: Nullable(Str),
  awaitingSignature: Nullable(
    Type.Object(
      { id: Str, requestedAt: Str, expiresAt: Str, signerName: Str },
      { description: 'The approval waits for the approver to confirm the remote signature on their phone (GET …/approval-signature); the dossier is unchanged until then' },
    ),
  ),
  supplementCount: Type.Integer(),
  extensionCount: Type.Integer(),
  deadlineStatus: DeadlineStatusSchema,
  ticket: Nullable(
    component('DossierTicket', Type.Object({
      number: Str,
      service: Str,
      counterNumber: Nullable(Type.Integer()),
      issuedAt: Str,
      waitedMinutes: Nullable(Type.Integer({ description: 'From the start of the wait (a booking: its slot) to the first call' })),
      servedMinutes: Nullable(Type.Integer({ description: 'At the counter: until the service finished, or so far' })),
      serviceFinished: Type.Boolean(),
    }, { description: 'The queue ticket the dossier was received from, if it was' })),
  ),
  landParcels: Type.Array(
    Type.Object({
      commune: Type.Object({ code: Str, name: Str }),
      sheet: Type.Integer(),
      parcel: Type.Integer(),
      areaM2: Type.Number(),
      landUses: Type.Array(Str),
      address: Nullable(Str),
      purpose: Str,
    }),
    { description: 'The land parcels a land officer linked the dossier to (a transfer, a certificate’s issue); the land office reads their holders in the land register' },
  ),
  currentStepIndex: Nullable(Type.Integer()),
  steps: Type.Array(
    component('DossierStep', Type.Object({
      index: Type.Integer(),
      code: Str,
      name: Str,
      role: Str,
      roleLabel: Str,
      agency: Type.Object({ id: Str, name: Str }),
      unitName: Nullable(Str),
      assigneeName: Nullable(Str),
      finishedByName: Nullable(Str),
      startedAt: Str,
      dueAt: Str,
      finishedAt: When,
      deadlineStatus: DeadlineStatusSchema,
    })),
  ),
  events: Type.Array(
    component('DossierEvent', Type.Object({
      id: Type.Integer(),
      action: Str,
      fromState: Nullable(Type.Enum(DOSSIER_STATES)),
      toState: Type.Enum(DOSSIER_STATES),
      toStateLabel: Str,
      fromStepIndex: Nullable(Type.Integer()),
      toStepIndex: Nullable(Type.Integer()),
      fromAgency: Nullable(Str),
      toAgency: Nullable(Str),
      actorKind: Str,
      actorName: Str,
      comment: Str,
      commentForApplicant: Type.Boolean({ description: 'The applicant reads this comment: a reason addressed to them, their own words, or a note the officer marked for them' }),
      attachmentIds: Type.Array(Str),
      attachments: Type.Array(FileFactsSchema, { description: 'The files of attachmentIds that exist' }),
      data: Type.Record(Type.String(), Type.Unknown()),
      occurredAt: Str,
    })),
  ),
  notifications: Type.Array(NotificationSchema, { description: 'What the applicant was told, by e-mail and SMS, oldest first' }),
  availableActions: Type.Array(Type.Enum(DOSSIER_ACTIONS)),
}));

const Named = Type.Object({ id: Str, name: Str });

export const AssignableOfficersSchema = component('AssignableOfficers', Type.Object({
  step: Type.Object({ index: Type.Integer(), name: Str, role: Type.Enum(OFFICER_ROLES), agency: Named }),
  assigneeId: Nullable(Type.String({ description: 'The officer the current step is assigned to now (assign only)' })),
  officers: Type.Array(Type.Object({ id: Str, fullName: Str, title: Str, unit: Nullable(Named) })),
}));
