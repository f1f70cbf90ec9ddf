import { Type } from '@fastify/type-provider-typebox';
import { OUTGOING_ACTIONS } from '@motcua/core';
import { component } from '../../platform/components.js';
import { AgencyReference, Name, Nullable } from '../../platform/schemas.js';
import { FileFactsSchema, UploadBody } from '../files/index.js';
import { ConfidentialitySchema, DocumentHistoryEntrySchema, DocumentTypeSchema, LabelledSchema, OutgoingSummarySchema, UrgencySchema } from './schema.js';

const AgencyParam = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$', description: 'An agency’s code' });

const Recipients = component(
  'OutgoingRecipients',
  Type.Object(
    {
      agencies: Type.Optional(Type.Array(AgencyParam, { maxItems: 100, description: 'Agencies of this installation: the document arrives in their incoming registers at release' })),
      emails: Type.Optional(Type.Array(Type.String({ maxLength: 254 }), { maxItems: 100, description: 'E-mail addresses: the signed PDF is sent to each at release' })),
      peers: Type.Optional(
        Type.Array(Type.Object({ agencyCode: Type.String({ minLength: 1, maxLength: 50 }), name: Name(500) }, { additionalProperties: false }), {
          maxItems: 100,
          description: 'Agencies of peer installations, sent an exchange package at release',
        }),
      ),
    },
    { additionalProperties: false },
  ),
);

const Body = Type.Union(
  [
    Type.Object({ file: Type.Object({ ...UploadBody.properties }, { description: 'The body as a PDF (at most 10 MB)' }) }, { additionalProperties: false }),
    Type.Object({ text: Type.String({ minLength: 1, maxLength: 100_000, description: 'The body written in the type’s template: one paragraph a line' }) }, { additionalProperties: false }),
  ],
  { description: 'The body: an uploaded PDF, or text written from the template of the type (Decree 30/2020 Appendix I)' },
);

const draftFields = {
  type: DocumentTypeSchema,
  subject: Name(2000, { description: 'Trích yếu' }),
  urgency: Type.Optional(UrgencySchema),
  confidentiality: Type.Optional(ConfidentialitySchema),
  unitCode: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'The drafting unit; the author’s own when left out' })),
  signerId: Type.String({ format: 'uuid', description: 'The leader who signs it, in the capacity their grant says (TM., KT., TL., TUQ.)' }),
  recipients: Recipients,
  body: Body,
  attachments: Type.Optional(
    Type.Array(Type.Object({ ...UploadBody.properties }, { additionalProperties: false }), {
      maxItems: 20,
      description: 'Phụ lục, tài liệu kèm theo (PDF): sealed by the agency at release with the number and date; a revision that gives them replaces them',
    }),
  ),
  note: Type.Optional(Type.String({ maxLength: 2000, description: 'What this version changes' })),
};

export const PaperOnlyOutgoingBody = Type.Object(
  {
    agency: Type.Optional(AgencyParam),
    type: DocumentTypeSchema,
    subject: Name(2000, { description: 'Trích yếu' }),
    urgency: Type.Optional(UrgencySchema),
    confidentiality: Type.Optional(ConfidentialitySchema),
    unitCode: draftFields.unitCode,
    signerId: draftFields.signerId,
    recipients: Type.Array(Name(500), { minItems: 1, maxItems: 100, description: 'Nơi nhận, by name: where the paper copies go' }),
    pageCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, description: 'Số trang' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const PaperOnlyRegisteredSchema = Type.Object({
  id: Type.String(),
  registerYear: Type.Integer(),
  registerNumber: Type.Integer(),
  numberSymbol: Type.String({ description: '`05/QĐ-SNV`: drawn from the same outgoing register as the electronic documents' }),
  date: Type.String({ description: 'Ngày ban hành, YYYY-MM-DD' }),
});

export const DraftOutgoingBody = Type.Object({ agency: Type.Optional(AgencyParam), ...draftFields }, { additionalProperties: false });
export const ReviseOutgoingBody = Type.Partial(Type.Object(draftFields, { additionalProperties: false }), { additionalProperties: false });

export const OutgoingListQuery = Type.Object({
  agency: Type.Optional(AgencyParam),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Number and symbol or subject; without diacritics and with typos too' })),
  number: Type.Optional(Type.Integer({ minimum: 1 })),
  symbol: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the symbol: `QĐ-UBND`' })),
  from: Type.Optional(Type.String({ format: 'date', description: 'First date of issue' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Last date of issue' })),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  state: Type.Optional(Type.String({ maxLength: 20 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
});

export const OutgoingListSchema = Type.Object({
  items: Type.Array(OutgoingSummarySchema),
  nextOffset: Nullable(Type.Integer({ description: 'Send as offset for the next page; null on the last' })),
});

const RecipientSchema = Type.Object({
  kind: Type.Union([Type.Literal('agency'), Type.Literal('email'), Type.Literal('peer'), Type.Literal('paper')], { description: '`paper`: a recipient of a document released on paper only, by name' }),
  code: Type.Optional(Type.String()),
  address: Type.Optional(Type.String()),
  name: Type.String(),
});

export const OutgoingDocumentSchema = component(
  'OutgoingDocument',
  Type.Object({
    ...OutgoingSummarySchema.properties,
    agency: AgencyReference,
    unit: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    stateLabel: LabelledSchema,
    confidentialityName: Type.String(),
    signerLines: Type.Array(Type.String(), { description: 'Printed over the signature: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`' }),
    recipients: Type.Array(RecipientSchema),
    signature: Nullable(Type.Object({ pending: Type.Boolean(), expiresAt: Type.String() }, { description: 'A signature the signer’s remote service has still to confirm' })),
    draftFile: Nullable(FileFactsSchema),
    signedFile: Nullable(FileFactsSchema),
    releasedFile: Nullable(FileFactsSchema),
    releasedAt: Nullable(Type.String()),
    attachments: Type.Array(FileFactsSchema, { description: 'Its attachments; once released, as the agency sealed them' }),
    versions: Type.Array(
      Type.Object({
        version: Type.Integer(),
        bodyKind: Type.Union([Type.Literal('upload'), Type.Literal('template')]),
        subject: Type.String(),
        note: Type.String(),
        createdBy: Type.String(),
        createdAt: Type.String(),
        file: Nullable(FileFactsSchema),
      }),
    ),
    deliveries: Type.Array(
      Type.Object({
        channel: Type.Union([Type.Literal('internal'), Type.Literal('email'), Type.Literal('exchange')]),
        recipient: Type.String(),
        recipientName: Type.String(),
        incomingDocumentId: Nullable(Type.String()),
        packageId: Nullable(Type.String()),
        status: Type.String({ description: 'delivered (to an agency here), pending, sent or failed (e-mail), sent (to a peer)' }),
        attempts: Type.Integer(),
        lastError: Nullable(Type.String()),
        sentAt: Nullable(Type.String()),
        recalledAt: Nullable(Type.String()),
      }),
    ),
    actions: Type.Array(Type.Enum(['revise', ...OUTGOING_ACTIONS] as const), { description: 'What the signed-in officer may do now' }),
    history: Type.Array(DocumentHistoryEntrySchema),
  }),
);
