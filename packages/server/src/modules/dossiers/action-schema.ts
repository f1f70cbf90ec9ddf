import { type TProperties, type TSchema, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { ActionField, TransitionRule } from '@motcua/core';
import { AmountVnd } from '../../platform/schemas.js';
import type { ActionInput } from './transition.js';

const Uuid = (description?: string) => Type.String({ format: 'uuid', ...(description && { description }) });
const strict = { additionalProperties: false } as const;

/** The JSON schema of one field of an action's input, with the bounds the lifecycle table gives it. */
function fieldSchema(field: ActionField): TSchema {
  const description = [field.label.en, field.help?.en].filter(Boolean).join('. ');
  switch (field.kind) {
    case 'comment':
      return Type.String({ format: 'visible-text', maxLength: field.maxLength, ...(field.required && { minLength: 1 }), description });
    case 'integer':
      return Type.Integer({ minimum: field.minimum, maximum: field.maximum, description });
    case 'text':
      return Type.String({ format: 'visible-text', minLength: 1, maxLength: field.maxLength, ...(field.pattern && { pattern: field.pattern }), description });
    case 'flag':
      return Type.Boolean({ description });
    case 'amount':
      return AmountVnd({ minimum: field.minimum, description });
    case 'choice':
      return Type.Enum(field.options.map((option) => option.value), { description });
    case 'officer':
      return Uuid(`${description}: an id from GET /api/v1/dossiers/{code}/assignable-officers`);
    case 'pdf_file':
      return Uuid(`${description}: the id of a PDF uploaded to POST /api/v1/files`);
    case 'file_ids':
      return Type.Array(Uuid(), { maxItems: field.maxItems, description });
    case 'missing_documents':
      return Type.Array(
        Type.Object({ name: Type.String({ maxLength: field.nameMaxLength }), reason: Type.String({ maxLength: field.reasonMaxLength }) }, strict),
        { maxItems: field.maxItems, description },
      );
    case 'component_files':
      return Type.Array(
        Type.Object({ code: Type.String({ maxLength: 40 }), fileIds: Type.Array(Uuid(), { maxItems: field.filesPerComponent }) }, strict),
        { maxItems: field.maxItems, description },
      );
  }
}

const Version = Type.Integer({ minimum: 1, description: 'The dossier version you saw; a newer one means someone acted first (409).' });

/** What an action's route is handed: the version it acts on and the action's own input. */
export type ActionRequest = ActionInput & { version: number };

const pascalCase = (snakeCase: string) => snakeCase.replace(/(?:^|_)([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The body of one action: the dossier version and exactly the fields its row of the lifecycle
 * declares (any other is refused), plus `extra` properties for routes that take more (the
 * applicant's proof). Named in the OpenAPI document after the action (`RefuseBody`), and after
 * whoever takes it when the extra properties make it another body (`WithdrawApplicantBody`).
 */
export function actionBody<Extra extends object = object>(rule: TransitionRule, extra?: { by: string; properties: TProperties }) {
  const properties: TProperties = { version: Version };
  for (const field of rule.input) properties[field.name] = field.required ? fieldSchema(field) : Type.Optional(fieldSchema(field));
  const name = `${pascalCase(rule.action)}${extra?.by ?? ''}Body`;
  return Type.Unsafe<ActionRequest & Extra>(component(name, Type.Object({ ...properties, ...extra?.properties }, strict)));
}

/** The OpenAPI description of an action's route: what it does and where it takes the dossier. */
export const actionDescription = (rule: TransitionRule) => `${rule.label.en}. Moves the dossier from ${rule.from.join(', ')} to ${rule.to}.`;
