import { Type } from '@fastify/type-provider-typebox';
import {
  ARRIVAL_CHANNELS,
  OFFICER_ROLES,
  ASSIGNMENT_ROLES,
  CONFIDENTIALITY_CODES,
  DEADLINE_STATUSES,
  DOCUMENT_TYPE_CODES,
  INCOMING_STATES,
  OUTGOING_STATES,
  URGENCY_CODES,
} from '@motcua/core';

/** The outgoing queues of "my documents" (OUTGOING_QUEUES), spelled out for the schema. */
const OUTGOING_QUEUE_NAMES = ['to_review', 'to_format_check', 'to_sign', 'to_release'] as const satisfies readonly OutgoingQueue[];
import type { OutgoingQueue } from '@motcua/core';
import { component } from '../../platform/components.js';
import { AgencyReference, CalendarDate, CalendarYear, Name, Nullable } from '../../platform/schemas.js';
import { FileFactsSchema, UploadBody } from '../files/index.js';

const Note = (description: string) => Type.String({ maxLength: 2000, description });

export const DocumentTypeSchema = component('DocumentType', Type.Enum(DOCUMENT_TYPE_CODES, { description: 'Decree 30/2020 type; `letter` is a công văn' }));
export const UrgencySchema = component('DocumentUrgency', Type.Enum(URGENCY_CODES, { description: 'normal, Khẩn, Thượng khẩn, Hỏa tốc' }));
export const ConfidentialitySchema = component('DocumentConfidentiality', Type.Enum(CONFIDENTIALITY_CODES, { description: 'normal, Mật, Tối mật, Tuyệt mật' }));
export const IncomingStateSchema = component('IncomingDocumentState', Type.Enum(INCOMING_STATES));

const AgencyParam = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$', description: 'The agency’s code; may be left out by an officer of one agency only' });
export const AgencyQuery = Type.Object({ agency: Type.Optional(AgencyParam) });
export const DocumentParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const AssignmentParams = Type.Object({ id: Type.String({ format: 'uuid' }), assignmentId: Type.String({ format: 'uuid' }) });
export const AttachmentParams = Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) });

export const RegisterIncomingBody = Type.Object(
  {
    agency: Type.Optional(AgencyParam),
    channel: Type.Optional(Type.Enum(ARRIVAL_CHANNELS, { default: 'paper' })),
    arrivedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When it arrived; now when left out' })),
    numberSymbol: Type.Optional(Type.String({ maxLength: 100, description: 'As written on the document: `12/QĐ-UBND`, `Số: 45/UBND-VP`' })),
    type: Type.Optional(DocumentTypeSchema),
    documentDate: Type.Optional(CalendarDate('The date written on the document')),
    sender: Name(500, { description: 'Tác giả: the agency or person that sent it' }),
    subject: Name(2000, { description: 'Trích yếu' }),
    urgency: Type.Optional(UrgencySchema),
    confidentiality: Type.Optional(ConfidentialitySchema),
    pageCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    scan: Type.Optional(Type.Object({ ...UploadBody.properties }, { description: 'The scan (PDF, JPEG or PNG, at most 10 MB); never for a classified document' })),
  },
  { additionalProperties: false },
);

export const AttachmentBody = Type.Object({ ...UploadBody.properties }, { additionalProperties: false });

const Assignee = Type.Union(
  [
    Type.Object({ unitCode: Type.String({ minLength: 1, maxLength: 50 }) }, { additionalProperties: false }),
    Type.Object({ officerId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
  ],
  { description: 'A unit of the agency (held by its head) or one officer' },
);

export const AssignBody = Type.Object(
  {
    lead: Assignee,
    cooperating: Type.Optional(Type.Array(Assignee, { maxItems: 20 })),
    information: Type.Optional(Type.Array(Assignee, { maxItems: 50 })),
    instructions: Type.Optional(Note('Ý kiến chỉ đạo')),
    workingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, description: 'Deadline in working days from now; none when left out' })),
  },
  { additionalProperties: false },
);

export const PassDownBody = Type.Object(
  {
    officerId: Type.String({ format: 'uuid', description: 'The officer of the unit who handles it' }),
    cooperatingOfficerIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20 })),
    instructions: Type.Optional(Note('What the unit head asks')),
  },
  { additionalProperties: false },
);

export const NoteBody = Type.Object({ note: Type.Optional(Note('Ghi chú')) }, { additionalProperties: false });
export const ProgressBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000, format: 'visible-text' }) }, { additionalProperties: false });
export const FinishBody = Type.Object(
  {
    note: Type.Optional(Note('Kết quả xử lý')),
    answerDocumentId: Type.Optional(Type.String({ format: 'uuid', description: 'The outgoing document of the agency that answers it' })),
  },
  { additionalProperties: false },
);

/** A code with its names in Vietnamese and English. */
export const LabelledSchema = component('LabelledCode', Type.Object({ code: Type.String(), vi: Type.String(), en: Type.String() }));

/** One step of a document's history. */
export const DocumentHistoryEntrySchema = component(
  'DocumentHistoryEntry',
  Type.Object({
    action: Type.String(),
    fromState: Nullable(Type.String()),
    toState: Type.String(),
    actorName: Type.String(),
    note: Type.String(),
    occurredAt: Type.String(),
  }),
);

export const IncomingSummarySchema = component(
  'IncomingDocumentSummary',
  Type.Object({
    id: Type.String(),
    registerYear: Type.Integer(),
    registerNumber: Type.Integer({ description: 'Số đến: the line in the agency’s incoming register of that year' }),
    number: Nullable(Type.Integer({ description: 'The document’s own number, as its sender numbered it' })),
    symbol: Type.String({ description: 'Its symbol: `QĐ-UBND`' }),
    numberSymbol: Type.String({ description: 'Number and symbol as written: `12/QĐ-UBND`' }),
    type: DocumentTypeSchema,
    typeName: Type.String(),
    subject: Type.String(),
    date: Nullable(Type.String({ description: 'The date written on the document, YYYY-MM-DD' })),
    sender: Type.String(),
    arrivedAt: Type.String(),
    state: IncomingStateSchema,
    urgency: UrgencySchema,
    confidentiality: ConfidentialitySchema,
    dueAt: Nullable(Type.String()),
    deadlineStatus: Nullable(Type.Enum(DEADLINE_STATUSES)),
  }),
);

export const IncomingListSchema = Type.Object({
  items: Type.Array(IncomingSummarySchema),
  nextOffset: Nullable(Type.Integer({ description: 'Send as offset for the next page; null on the last' })),
});

export const IncomingListQuery = Type.Object({
  agency: Type.Optional(AgencyParam),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Number and symbol, sender or subject; without diacritics and with typos too' })),
  registerNumber: Type.Optional(Type.Integer({ minimum: 1 })),
  number: Type.Optional(Type.Integer({ minimum: 1, description: 'The document’s own number' })),
  symbol: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the symbol: `QĐ-UBND`' })),
  sender: Type.Optional(Type.String({ maxLength: 200, description: 'Part of the sender’s name, without regard to diacritics' })),
  from: Type.Optional(CalendarDate('First document date')),
  to: Type.Optional(CalendarDate('Last document date')),
  year: Type.Optional(CalendarYear),
  state: Type.Optional(IncomingStateSchema),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
});

/** A unit of an agency, as a document's assignment or the overdue list names it. */
const UnitReference = component('UnitReference', Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() }));

const Holder = Type.Object({
  unit: Nullable(UnitReference),
  officer: Nullable(Type.Object({ id: Type.String(), fullName: Type.String() })),
});

export const AssignmentSchema = component(
  'DocumentAssignment',
  Type.Object({
    id: Type.String(),
    parentId: Nullable(Type.String()),
    role: Type.Enum(ASSIGNMENT_ROLES),
    roleName: Type.String(),
    ...Holder.properties,
    instructions: Type.String(),
    assignedAt: Type.String(),
    dueAt: Nullable(Type.String()),
    deadlineStatus: Nullable(Type.Enum(DEADLINE_STATUSES)),
    progressNote: Type.String(),
    progressAt: Nullable(Type.String()),
    finishedAt: Nullable(Type.String()),
  }),
);

export const IncomingDocumentSchema = component(
  'IncomingDocument',
  Type.Object({
    ...IncomingSummarySchema.properties,
    agency: AgencyReference,
    channel: Type.Enum(ARRIVAL_CHANNELS),
    pageCount: Type.Integer(),
    stateName: LabelledSchema,
    finishedAt: Nullable(Type.String()),
    answerDocumentId: Nullable(Type.String()),
    sentElectronically: Nullable(
      Type.Object(
        {
          packageId: Type.String({ format: 'uuid' }),
          senderCode: Type.String(),
          senderName: Type.String(),
          signer: Type.Object({ name: Type.String(), position: Type.String() }),
          deadline: Nullable(Type.String({ description: 'Hạn xử lý the sender set, YYYY-MM-DD' })),
          steering: Type.Array(Type.String({ description: 'directive, reply_required, for_information' })),
        },
        { description: 'What the sending installation said of a document received electronically; null for one that came on paper' },
      ),
    ),
    attachments: Type.Array(FileFactsSchema),
    assignments: Type.Array(AssignmentSchema),
    history: Type.Array(DocumentHistoryEntrySchema),
  }),
);

export const OutgoingStateSchema = component('OutgoingDocumentState', Type.Enum(OUTGOING_STATES));

const OfficerName = Type.Object({ id: Type.String(), fullName: Type.String() });

export const OutgoingSummarySchema = component(
  'OutgoingDocumentSummary',
  Type.Object({
    id: Type.String(),
    registerYear: Nullable(Type.Integer({ description: 'The year of the outgoing register it was numbered in; null until released' })),
    registerNumber: Nullable(Type.Integer()),
    number: Nullable(Type.Integer({ description: 'Its number in the agency’s outgoing register of the year; null until released' })),
    symbol: Type.String({ description: '`QĐ-UBND`, `UBND-VP`; empty until released' }),
    numberSymbol: Type.String({ description: '`12/QĐ-UBND`; empty until released' }),
    type: DocumentTypeSchema,
    typeName: Type.String(),
    subject: Type.String(),
    date: Nullable(Type.String({ description: 'Ngày ban hành, YYYY-MM-DD; null until released' })),
    state: OutgoingStateSchema,
    stateName: Type.String(),
    urgency: UrgencySchema,
    confidentiality: ConfidentialitySchema,
    author: OfficerName,
    signer: OfficerName,
    version: Type.Integer({ description: 'The current version of the draft' }),
    signaturePending: Type.Boolean({ description: 'The signer’s remote signing service has still to answer' }),
    updatedAt: Type.String(),
  }),
);

export const MY_DOCUMENT_VIEWS = ['to_handle', 'overdue', 'for_information', 'to_present', 'to_assign', ...OUTGOING_QUEUE_NAMES] as const;
export const MyDocumentsQuery = Type.Object({ view: Type.Enum(MY_DOCUMENT_VIEWS, { default: 'to_handle' }) });
export const MyDocumentsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      document: IncomingSummarySchema,
      assignment: Nullable(Type.Object({ id: Type.String(), role: Type.Enum(ASSIGNMENT_ROLES), dueAt: Nullable(Type.String()), deadlineStatus: Nullable(Type.Enum(DEADLINE_STATUSES)) })),
    }),
  ),
  outgoing: Type.Array(OutgoingSummarySchema, { description: 'The outgoing documents of the views to_review, to_format_check, to_sign and to_release (empty in the others)' }),
});

export const OverdueByUnitSchema = Type.Object({
  units: Type.Array(
    Type.Object({
      unit: Nullable(UnitReference),
      count: Type.Integer(),
      documents: Type.Array(IncomingSummarySchema),
    }),
    { description: 'One entry per unit with overdue documents; unit null: assigned to officers directly' },
  ),
});

export const RegisterQuery = Type.Object({ agency: Type.Optional(AgencyParam), year: Type.Optional(CalendarYear) });

export const DocumentStaffSchema = Type.Object({
  units: Type.Array(UnitReference),
  officers: Type.Array(
    Type.Object({
      id: Type.String(),
      fullName: Type.String(),
      title: Type.String(),
      role: Type.Enum(OFFICER_ROLES),
      unit: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    }),
    { description: 'One line per officer and role they hold at the agency (clerk, leader, unit head, specialist)' },
  ),
});
