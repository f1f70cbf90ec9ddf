import { Type } from '@fastify/type-provider-typebox';
import { EMAIL_PATTERN, PHONE_PATTERN, QUESTION_ACTIONS, QUESTION_STATES } from '@motcua/core';
import { component } from '../../platform/components.js';
import { EnquiryHistoryEntrySchema, EnquiryPublicationSchema, Name, Nullable } from '../../platform/schemas.js';
import { EnquirerSchema } from '../notifications/index.js';
import { ProcedureCode } from '../procedures/index.js';

const Str = Type.String();
const AgencyCode = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$' });
const FieldCode = Type.String({ minLength: 1, maxLength: 60, description: 'The field (lĩnh vực) the question is about, when it is about no one procedure' });

const Topic = {
  procedureCode: Type.Optional(ProcedureCode),
  fieldCode: Type.Optional(FieldCode),
  agencyCode: Type.Optional(Type.String({ ...AgencyCode, description: 'The asker’s commune, for a procedure every commune handles' })),
  title: Name(300, { description: 'Tiêu đề câu hỏi' }),
  body: Name(5000, { description: 'Nội dung câu hỏi' }),
};

export const AskQuestionBody = Type.Object(
  {
    name: Name(150, { description: 'Họ và tên người hỏi' }),
    email: Type.Optional(Type.String({ maxLength: 200, pattern: EMAIL_PATTERN.source, description: 'Where the confirmation link and the answer go; or a phone' })),
    phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN.source, description: 'A Vietnamese mobile number, when no e-mail is given' })),
    ...Topic,
  },
  { additionalProperties: false },
);
export const CitizenQuestionBody = Type.Object(Topic, { additionalProperties: false });

export const AskedSchema = component(
  'QuestionAsked',
  Type.Object({
    state: Type.Enum(['unconfirmed'] as const),
    channel: Type.Enum(['email', 'sms'] as const),
    confirmBy: Type.String({ description: 'The link sent to the contact works until then' }),
  }),
);

export const ConfirmQuestionBody = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) }, { additionalProperties: false });

export const ReceivedSchema = component(
  'QuestionReceived',
  Type.Object({ code: Str, state: Type.Enum(['received'] as const), agency: Type.Object({ code: Str, name: Str }), dueAt: Str }),
);

const PublishedFields = {
  code: Str,
  title: Str,
  body: Str,
  answer: Str,
  procedure: Nullable(Type.Object({ code: Str, name: Str })),
  field: Type.Object({ code: Str, name: Str }),
  agency: Type.Object({ code: Str, name: Str }),
  publishedAt: Str,
};
export const PublishedQuestionSchema = component('PublishedQuestion', Type.Object(PublishedFields));
export const PublishedQuestionPage = Type.Object({ items: Type.Array(PublishedQuestionSchema), total: Type.Integer() });
export const PublishedQuestionQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the question or answer, with or without diacritics, typos tolerated' })),
  procedure: Type.Optional(ProcedureCode),
  field: Type.Optional(FieldCode),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});
export const QuestionCodeParams = Type.Object({ code: Type.String({ pattern: '^HD-\\d{4}-\\d{6,}$' }) });

/** The asker's own question, found by its number and the contact it was sent with. */
export const TrackQuestionBody = Type.Object(
  {
    code: QuestionCodeParams.properties.code,
    contact: Type.String({ minLength: 3, maxLength: 200, description: 'The e-mail address or mobile number the question was sent with (a signed-in citizen’s: their account’s)' }),
  },
  { additionalProperties: false },
);
export const QuestionProgressSchema = component(
  'QuestionProgress',
  Type.Object({
    code: Str,
    state: Type.Enum(QUESTION_STATES),
    agency: Type.Object({ code: Str, name: Str }),
    receivedAt: Str,
    dueAt: Str,
    overdue: Type.Boolean({ description: 'Still open past its deadline' }),
    answer: Nullable(Type.String({ description: 'The approved answer; none before a leader approves it' })),
  }),
);

export const QUESTION_VIEWS = ['all', 'to_assign', 'mine', 'to_approve', 'overdue'] as const;
export const QuestionListQuery = Type.Object({
  agency: Type.Optional(Type.String({ ...AgencyCode, description: 'The agency’s code; may be left out by an officer of one agency only' })),
  view: Type.Enum(QUESTION_VIEWS, {
    default: 'all',
    description: '`to_assign`: received, for a specialist; `mine`: given to me to answer; `to_approve`: answered; `overdue`: open past its deadline',
  }),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});
export const QuestionParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const OfficerQuestionFields = {
  id: Str,
  code: Str,
  state: Type.Enum(QUESTION_STATES),
  stateLabel: Str,
  title: Str,
  body: Str,
  asker: EnquirerSchema,
  procedure: Nullable(Type.Object({ code: Str, name: Str })),
  field: Type.Object({ code: Str, name: Str }),
  agency: Type.Object({ code: Str, name: Str }),
  askedAt: Str,
  receivedAt: Str,
  dueAt: Str,
  overdue: Type.Boolean({ description: 'Still open (received, being answered or waiting for approval) past its deadline' }),
  assignee: Nullable(Type.Object({ id: Str, name: Str })),
  answer: Nullable(Str),
  publication: Nullable(EnquiryPublicationSchema),
  actions: Type.Array(Type.Enum(QUESTION_ACTIONS), { description: 'What the signed-in officer may do now' }),
};
export const OfficerQuestionSchema = component('OfficerQuestion', Type.Object(OfficerQuestionFields));
export const OfficerQuestionPage = Type.Object({ items: Type.Array(OfficerQuestionSchema), total: Type.Integer() });
export const OfficerQuestionDetailSchema = component(
  'OfficerQuestionDetail',
  Type.Object({
    ...OfficerQuestionFields,
    history: Type.Array(EnquiryHistoryEntrySchema),
  }),
);

const Reason = (description: string) => Name(2000, { description });
export const AssignBody = Type.Object({ assigneeId: Type.String({ format: 'uuid', description: 'A specialist of the agency' }) }, { additionalProperties: false });
export const TransferBody = Type.Object({ agencyCode: AgencyCode, reason: Reason('Why the other agency is competent') }, { additionalProperties: false });
export const AnswerBody = Type.Object({ answer: Name(10_000, { description: 'Nội dung trả lời' }) }, { additionalProperties: false });
export const CommentBody = Type.Object({ comment: Reason('What to change in the answer') }, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Reason('Why') }, { additionalProperties: false });
export const PublishBody = Type.Object(
  {
    title: Type.Optional(Name(300, { description: 'The title as the portal shows it; by default the asker’s, masked' })),
    body: Type.Optional(Name(5000, { description: 'The question as the portal shows it; by default the asker’s, masked' })),
    answer: Type.Optional(Name(10_000, { description: 'The answer as the portal shows it; by default the approved one, masked' })),
  },
  { additionalProperties: false },
);
