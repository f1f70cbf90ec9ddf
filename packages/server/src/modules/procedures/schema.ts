import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { ACCOUNT_PREFILLS, COMPONENT_FORMS, CONDITION_OPERATORS, FORM_LIMITS, IMPLEMENTING_LEVELS, MAX_OFFERING_AGENCIES, OFFICER_ROLES, ONLINE_MODES } from '@motcua/core';
import { AmountVnd, Name, Nullable } from '../../platform/schemas.js';


export const ProcedureCode = Type.String({ pattern: '^[12]\\.\\d{6}(\\.\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2})?$', description: 'National catalogue code, e.g. 1.001193' });
const AgencyCode = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$' });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

const ComponentSchema = component('ProcedureComponent', Type.Object({
  code: Text(40),
  name: Name(1000),
  form: Type.Enum(COMPONENT_FORMS),
  copies: Type.Integer({ minimum: 0, maximum: 20 }),
  required: Type.Boolean(),
  template: Type.Optional(Type.String({ maxLength: 300, description: 'Name of the blank form (mẫu đơn, tờ khai) in the catalogue; the file itself is uploaded separately' })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
}));

export const AgencyChoiceSchema = component('AgencyChoice', Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }));

export const ComponentCode = Type.String({ minLength: 1, maxLength: 40 });

// The declaration form (core/src/forms): the shape is checked here, its rules (codes, conditions
// on earlier fields, limits) by checkFormDefinition with the rest of the definition.
const FormLabel = component('FormLabel', Type.Object({ vi: Type.String({ maxLength: FORM_LIMITS.helpLength }), en: Type.String({ maxLength: FORM_LIMITS.helpLength }) }));
const Condition = component('FormFieldCondition', Type.Object({
  field: Type.String({ maxLength: FORM_LIMITS.codeLength }),
  operator: Type.Enum(CONDITION_OPERATORS),
  value: Type.Optional(Type.String({ maxLength: 200 })),
  values: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: FORM_LIMITS.options })),
}, { description: 'When an earlier field (of the form, or of the same group item) equals, does not equal, is one of, is filled or is empty' }));
const fieldBase = {
  code: Type.String({ minLength: 1, maxLength: FORM_LIMITS.codeLength, description: 'Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms' }),
  label: FormLabel,
  help: Type.Optional(FormLabel),
  required: Type.Boolean(),
  shownWhen: Type.Optional(Condition),
  requiredWhen: Type.Optional(Condition),
  prefill: Type.Optional(Type.Enum(ACCOUNT_PREFILLS, { description: 'Pre-filled from the citizen account' })),
  searchable: Type.Optional(Type.Boolean({ description: 'Officers find dossiers by this value; by default one-line texts and identity numbers are found' })),
};
const scalarFields = [
  component('FormTextField', Type.Object({ ...fieldBase, type: Type.Literal('text'), maxLength: Type.Integer({ minimum: 1, maximum: FORM_LIMITS.textLength }), multiline: Type.Optional(Type.Boolean()) })),
  component('FormNumberField', Type.Object({ ...fieldBase, type: Type.Literal('number'), minimum: Type.Optional(Type.Number()), maximum: Type.Optional(Type.Number()), integer: Type.Optional(Type.Boolean()), unit: Type.Optional(FormLabel) })),
  component('FormDateField', Type.Object({ ...fieldBase, type: Type.Literal('date'), range: Type.Optional(Type.Enum(['past', 'future'] as const, { description: 'past: not after today; future: not before today' })) })),
  component('FormChoiceField', Type.Object({
    ...fieldBase,
    type: Type.Literal('choice'),
    options: Type.Array(Type.Object({ value: Type.String({ minLength: 1, maxLength: 200 }), label: FormLabel }), { maxItems: FORM_LIMITS.options }),
    multiple: Type.Optional(Type.Boolean()),
  })),
  component('FormCommuneField', Type.Object({ ...fieldBase, type: Type.Literal('commune') }, { description: 'A commune, ward or special zone of the province, by its agency code' })),
  component('FormIdentityNumberField', Type.Object({ ...fieldBase, type: Type.Literal('identity_number'), holder: Type.Optional(Type.Enum(['citizen', 'organisation'] as const)) })),
] as const;
const ScalarFieldSchema = component('FormScalarField', Type.Union([...scalarFields]));
export const FormDefinitionSchema = component('FormDefinition', Type.Object({
  title: Type.String({ maxLength: FORM_LIMITS.titleLength }),
  templateReference: Type.Optional(Type.String({ maxLength: 300 })),
  fields: Type.Array(
    Type.Union([
      ...scalarFields,
      Type.Object({
        ...fieldBase,
        type: Type.Literal('group'),
        fields: Type.Array(ScalarFieldSchema, { maxItems: FORM_LIMITS.groupFields }),
        minItems: Type.Integer({ minimum: 0, maximum: FORM_LIMITS.groupItems }),
        maxItems: Type.Integer({ minimum: 1, maximum: FORM_LIMITS.groupItems }),
        itemLabel: FormLabel,
      }, { description: 'Repeating items (the children, the co-owners), each one row of fields' }),
    ]),
    { maxItems: FORM_LIMITS.fields },
  ),
}, { description: "The declaration (tờ khai) as a form the applicant fills in" }));

export const ProcedureDefinitionSchema = component('ProcedureDefinition', Type.Object({
  code: ProcedureCode,
  name: Name(500),
  fieldCode: Text(60),
  level: Type.Enum(IMPLEMENTING_LEVELS),
  competentAgencyCode: AgencyCode,
  offeredBy: Type.Optional(component('ProcedureOffering', Type.Union([
    Type.Object({ scope: Type.Literal('all_communes') }, { description: 'Every commune, ward and special zone of the province in office' }),
    Type.Object({ scope: Type.Literal('agencies'), agencyCodes: Type.Array(AgencyCode, { maxItems: MAX_OFFERING_AGENCIES }) }, { description: 'The communes picked, by agency code' }),
  ], {
    description: 'A commune-level procedure offered by several communes: the applicant chooses one, which receives and decides the dossier. Absent: the competent agency alone decides it.',
  }))),
  processingDays: Type.Number({ minimum: 0, maximum: 365 }),
  cutoffTime: Type.Optional(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
  onlineMode: Type.Enum(ONLINE_MODES),
  resultDocument: Name(500),
  legalBasis: Type.Array(Text(500), { maxItems: 50 }),
  applicantTypes: Type.Array(Type.Enum(['citizen', 'organisation'] as const), { minItems: 1 }),
  fees: Type.Array(component('Fee', Type.Object({ name: Name(300), amountVnd: AmountVnd(), note: Type.Optional(Type.String({ maxLength: 500 })) })), { maxItems: 50 }),
  components: Type.Array(ComponentSchema, { maxItems: 100 }),
  process: Type.Array(
    component('ProcessStep', Type.Object({
      code: Text(40),
      name: Name(300),
      role: Type.Enum(OFFICER_ROLES),
      agency: Type.Union([
        Type.Object({ kind: Type.Literal('competent') }),
        Type.Object({ kind: Type.Literal('agency'), agencyCode: AgencyCode }),
      ]),
      unitCode: Type.Optional(Type.String({ maxLength: 40 })),
      shareDays: Type.Number({ minimum: 0, maximum: 365 }),
    })),
    { minItems: 1, maxItems: 50 },
  ),
  form: Type.Optional(FormDefinitionSchema),
}));

export const ProcedureSummarySchema = component('ProcedureSummary', Type.Object({
  code: Type.String(),
  name: Type.String(),
  fieldCode: Type.String(),
  fieldName: Type.String(),
  level: Type.Enum(IMPLEMENTING_LEVELS),
  competentAgencyCode: Type.String(),
  competentAgencyName: Type.String(),
  processingDays: Type.Number(),
  onlineMode: Type.Enum(ONLINE_MODES),
  version: Type.Integer(),
}));

/** A component's blank form as uploaded: download it from /api/public/procedures/{code}/components/{componentCode}/template. */
export const TemplateFileSchema = component('TemplateFile', Type.Object({ name: Type.String(), contentType: Type.String(), size: Type.Integer(), uploadedAt: Type.String() }));

const ProcedureDetailSchema = Type.Object({
  ...ProcedureDefinitionSchema.properties,
  components: Type.Array(component('ProcedureComponentWithTemplate', Type.Object({ ...ComponentSchema.properties, templateFile: Nullable(TemplateFileSchema) }))),
  offeringAgencies: Type.Array(AgencyChoiceSchema, { description: 'Cơ quan thực hiện: the competent agency, or the communes in office that offer it' }),
  version: Type.Integer(),
  effectiveFrom: Type.String(),
  fieldName: Type.String(),
  competentAgencyName: Type.String(),
});

const Decision = {
  decidingDocument: Nullable(Type.String({ description: 'The decision that published the version, e.g. Quyết định số 1234/QĐ-UBND; null for versions published before decisions were recorded' })),
  decidedOn: Nullable(Type.String({ format: 'date' })),
};

/** The version in force, with its decision and the version waiting for its date, if one is published. */
export const ProcedureInForceSchema = component('Procedure', Type.Object({
  ...ProcedureDetailSchema.properties,
  ...Decision,
  upcoming: Nullable(Type.Object({ version: Type.Integer(), effectiveFrom: Type.String(), ...Decision })),
  questions: Type.Array(Type.Object({ code: Type.String(), title: Type.String(), answer: Type.String(), publishedAt: Type.String() }), {
    description: 'The latest questions about the procedure answered and published (hỏi đáp), anonymised; a draft has none',
  }),
}));

export const ProcedureDraftSchema = component('ProcedureDraft', Type.Object({
  // The draft as the procedure page will show it; its version is the number it will take.
  procedure: ProcedureInForceSchema,
  baseVersion: Nullable(Type.Integer({ description: 'The version it was drafted from; null for a new procedure' })),
  savedAt: Nullable(Type.String({ description: 'null: no draft is saved; this is the version published last, which a new draft starts from' })),
  savedBy: Nullable(Type.String()),
}));

export const ProcedureVersionSchema = component('ProcedureVersion', Type.Object({
  version: Type.Integer(),
  effectiveFrom: Type.String(),
  publishedAt: Type.String(),
  ...Decision,
  publishedBy: Nullable(Type.String()),
  status: Type.Union([Type.Literal('in_force'), Type.Literal('upcoming'), Type.Literal('replaced')]),
}));
