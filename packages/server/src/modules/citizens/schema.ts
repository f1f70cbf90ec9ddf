import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { APPLICANT_ACTIONS, COMPONENT_FORMS } from '@motcua/core';
import { Name, Nullable } from '../../platform/schemas.js';
import { Applicant, ApplicantOnFile, AssistanceSchema, DeliveryChoiceSchema, DeliveryViewSchema, DossierState, FilledDeclarationSchema, FormValuesSchema } from '../dossiers/index.js';
import { FileFactsSchema } from '../files/index.js';
import { NotificationSchema } from '../notifications/index.js';

const Str = Type.String();
const When = Nullable(Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' }));
const Uuid = Type.String({ format: 'uuid' });

export const CitizenSchema = component('Citizen', Type.Object({
  id: Str,
  fullName: Str,
  email: Nullable(Str),
  phone: Nullable(Type.String({ description: 'Vietnamese mobile number as 0xxxxxxxxx' })),
  idNumber: Nullable(Type.String({ description: 'Số định danh cá nhân (CCCD), 12 digits' })),
  communeId: Nullable(Type.String({ description: "The commune, ward or special zone of the citizen's address (agency id): where commune-level dossiers go by default" })),
  emailVerified: Type.Boolean({ description: 'The citizen confirmed the e-mail address with a code sent there (false without one); only a verified contact receives password reset codes' }),
  phoneVerified: Type.Boolean({ description: 'The citizen confirmed the mobile number with a code sent there (false without one)' }),
}));

export const SignedIn = Type.Object({ citizen: CitizenSchema });
export const HomeCommuneBody = Type.Object({ communeId: Nullable(Type.String({ format: 'uuid' })) });

export const RegisterBody = Type.Object({
  fullName: Name(200),
  email: Type.Optional(Type.String({ maxLength: 200, description: 'Stored in lower case. At least one of email and phone.' })),
  phone: Type.Optional(Type.String({ maxLength: 30, description: 'Vietnamese mobile number, any usual spelling (+84 912 345 678); stored as 0912345678.' })),
  idNumber: Type.Optional(Type.String({ maxLength: 30, description: 'CCCD, 12 digits' })),
  communeId: Type.Optional(Type.String({ format: 'uuid', description: 'The commune of the address: an agency of kind commune in office (GET /api/public/agencies)' })),
  password: Type.String({ maxLength: 200, description: 'At least 8 characters' }),
});

export const LoginBody = Type.Object({
  login: Type.String({ minLength: 1, maxLength: 200, description: 'Email address or mobile number' }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

/**
 * A draft as the form left it: every part optional and unchecked until it is submitted. Properties
 * not named here are dropped.
 */
export const DraftContentSchema = component(
  'DraftContent',
  Type.Object(
    {
      applicant: Type.Optional(
        Type.Object(
          {
            type: Type.Optional(Type.Enum(['citizen', 'organisation'] as const)),
            name: Type.Optional(Type.String({ maxLength: 200 })),
            idNumber: Type.Optional(Type.String({ maxLength: 30 })),
            phone: Type.Optional(Type.String({ maxLength: 30 })),
            email: Type.Optional(Type.String({ maxLength: 200 })),
            address: Type.Optional(Type.String({ maxLength: 500 })),
          },
          { additionalProperties: false },
        ),
      ),
      receivingAgencyId: Type.Optional(Type.String({ format: 'uuid', description: 'The commune chosen, for a procedure offered by communes' })),
      summary: Type.Optional(Type.String({ maxLength: 2000 })),
      form: Type.Optional(FormValuesSchema),
      delivery: Type.Optional(DeliveryChoiceSchema),
      components: Type.Optional(
        Type.Array(
          Type.Object({ code: Type.String({ maxLength: 40 }), fileIds: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }) }, { additionalProperties: false }),
          { maxItems: 100 },
        ),
      ),
    },
    { additionalProperties: false },
  ),
);

/** What a draft must hold to be submitted: the same rules as POST /api/public/dossiers. */
export const DraftSubmissionSchema = Type.Object({
  applicant: Applicant,
  receivingAgencyId: Type.Optional(Uuid),
  summary: Type.Optional(Type.String({ maxLength: 2000 })),
  form: Type.Optional(FormValuesSchema),
  delivery: Type.Optional(DeliveryChoiceSchema),
  components: Type.Array(Type.Object({ code: Type.String({ maxLength: 40 }), fileIds: Type.Array(Uuid, { maxItems: 20 }) }), { maxItems: 100 }),
});

export const DraftIdParams = Type.Object({ id: Uuid });
export const NewDraftBody = Type.Object({ procedureCode: Type.String({ minLength: 1, maxLength: 40 }), content: DraftContentSchema });
export const DraftUpdateBody = Type.Object({ content: DraftContentSchema });
export const DraftSchema = component('Draft', Type.Object({
  id: Str,
  procedureCode: Str,
  content: DraftContentSchema,
  files: Type.Array(FileFactsSchema, {
    description: 'The files the draft holds (any component), to show them when the form is reopened',
  }),
  updatedAt: Str,
}));
export const DraftListSchema = Type.Object({
  items: Type.Array(Type.Object({ id: Str, procedureCode: Str, procedureName: Str, updatedAt: Str })),
});

export const MyDossierListQuery = Type.Object({
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the page before; the first page without' })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

const State = DossierState;

export const MyDossierListSchema = component('MyDossierPage', Type.Object({
  items: Type.Array(
    Type.Object({ code: Str, procedureCode: Str, procedureName: Str, state: State, submittedAt: When, receivedAt: When, dueAt: When, finishedAt: When }),
  ),
  nextCursor: Nullable(Type.String({ description: 'Send as cursor for the next page; null on the last page' })),
}));

export const MyDossierSchema = component('MyDossier', Type.Object({
  code: Str,
  lookupCode: Str,
  version: Type.Integer(),
  state: State,
  procedure: Type.Object({ code: Str, name: Str }),
  applicant: ApplicantOnFile,
  summary: Str,
  declaration: Nullable(FilledDeclarationSchema),
  components: Type.Array(
    Type.Object({ code: Str, name: Str, form: Type.Enum(COMPONENT_FORMS), copies: Type.Integer(), files: Type.Array(Type.Object({ id: Str, name: Str })) }),
  ),
  submittedAt: When,
  receivedAt: When,
  dueAt: When,
  finishedAt: When,
  returnedAt: When,
  receivingAgencyName: Str,
  competentAgencyName: Type.String({ description: 'Who decides the dossier: the same as the receiving agency unless it was handed in elsewhere in the province' }),
  assistance: Nullable(AssistanceSchema),
  currentStep: Nullable(Type.Object({ name: Str, agencyName: Str, dueAt: Str })),
  delivery: DeliveryViewSchema,
  supplementRequest: Nullable(
    Type.Object({
      comment: Str,
      missingComponents: Type.Array(Type.Object({ name: Str, reason: Str })),
      requestedAt: Str,
    }),
  ),
  signedResults: Type.Array(
    Type.Object({
      verificationCode: Type.String({ description: 'Check it at /verify/{code}; download with GET /api/citizen/dossiers/{code}/signed-results/{verificationCode}.pdf' }),
      documentType: Str,
      agencyName: Str,
      signedAt: Str,
      revoked: Nullable(Type.Object({ at: Str, reason: Str })),
    }),
    { description: 'The results signed for this dossier, oldest first' },
  ),
  notifications: Type.Array(Type.Pick(NotificationSchema, ['action', 'channel', 'recipient', 'status', 'subject', 'text', 'createdAt', 'sentAt']), {
    description: 'What the applicant was told of this dossier by e-mail and SMS, oldest first',
  }),
  events: Type.Array(
    Type.Object({
      action: Str,
      at: Str,
      fromState: Nullable(State),
      toState: State,
      comment: Type.String({ description: 'What the applicant wrote, a reason addressed to them, or an officer’s note marked for them; empty for the officers’ internal notes' }),
      agencyName: Nullable(Type.String({ description: 'Where the action happened; officers are never named' })),
    }),
  ),
  availableActions: Type.Array(Type.Enum(APPLICANT_ACTIONS)),
}));

export const FormPrefillSchema = component('FormPrefill', Type.Object({
  values: FormValuesSchema,
  fromDossier: Nullable(Type.String({ description: 'The dossier whose declaration the values other than the account details come from; null when none shares a field' })),
}));
export const ProcedureCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
