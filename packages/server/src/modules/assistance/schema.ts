import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { AssistanceSchema, CreatedDossierSchema, NewDossierBody, UploadTokens } from '../dossiers/index.js';

const Uuid = Type.String({ format: 'uuid' });
const OneTimeCode = Type.String({ minLength: 1, maxLength: 20, description: 'The six digits received, spaces or dashes allowed' });

export const ConsentCodeBody = Type.Object({
  phone: Type.String({ maxLength: 30, description: "The citizen's own mobile number: the code goes there, and the dossier is submitted with it" }),
  procedureCode: Type.String({ minLength: 1, maxLength: 40 }),
  pointAgencyId: Type.Optional(Type.String({ format: 'uuid', description: "The helper's point, when they help at several" })),
});

export const ConsentCodeSchema = component('ConsentCode', Type.Object({
  consentId: Type.String({ description: 'Name it in the submission with the code the citizen reads out' }),
  expiresAt: Type.String(),
}));

export const ConsentSchema = component('Consent', Type.Union([
  Type.Object({ kind: Type.Literal('code'), consentId: Uuid, code: OneTimeCode }, { description: "The code sent to the applicant's phone (the applicant's phone of the submission), read out by the citizen" }),
  Type.Object({ kind: Type.Literal('scan'), fileId: Uuid }, { description: 'A scan of the consent the citizen signed, uploaded to POST /api/public/files (its uploadToken in uploadTokens); the dossier keeps it' }),
]));

export const AssistedSubmissionBody = Type.Intersect([
  NewDossierBody,
  UploadTokens,
  Type.Object({ pointAgencyId: Type.Optional(Uuid), consent: ConsentSchema }),
]);

export const AssistedDossierSchema = Type.Object({ ...CreatedDossierSchema.properties, assistance: AssistanceSchema });

export const ClaimRequestBody = Type.Object({ dossierCode: Type.String({ minLength: 1, maxLength: 40 }) });
export const ClaimCodeSentSchema = component('ClaimCodeSent', Type.Object({
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
  recipient: Type.String({ description: 'The phone or e-mail on the dossier, masked' }),
  expiresAt: Type.String(),
}));
export const ClaimConfirmBody = Type.Object({ dossierCode: Type.String({ minLength: 1, maxLength: 40 }), code: OneTimeCode });
