import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { COMPONENT_FORMS, IMPLEMENTING_LEVELS, OFFICER_ROLES, ONLINE_MODES } from '@motcua/core';
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

export const ComponentCode = Type.String({ minLength: 1, maxLength: 40 });

export const ProcedureDefinitionSchema = component('ProcedureDefinition', Type.Object({
  code: ProcedureCode,
  name: Name(500),
  fieldCode: Text(60),
  level: Type.Enum(IMPLEMENTING_LEVELS),
  competentAgencyCode: AgencyCode,
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

export const ProcedureDetailSchema = component('Procedure', Type.Object({
  ...ProcedureDefinitionSchema.properties,
  components: Type.Array(component('ProcedureComponentWithTemplate', Type.Object({ ...ComponentSchema.properties, templateFile: Nullable(TemplateFileSchema) }))),
  version: Type.Integer(),
  effectiveFrom: Type.String(),
  fieldName: Type.String(),
  competentAgencyName: Type.String(),
}));
