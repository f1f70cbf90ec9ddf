import { Type } from '@fastify/type-provider-typebox';
import { EMAIL_PATTERN, FEEDBACK_ACTIONS, FEEDBACK_KINDS, FEEDBACK_STATES, FEEDBACK_SUBJECTS, PHONE_PATTERN } from '@motcua/core';
import { component } from '../../platform/components.js';
import { EnquiryHistoryEntrySchema, EnquiryPublicationSchema, Name, Nullable } from '../../platform/schemas.js';
import { EnquirerSchema } from '../notifications/index.js';
import { ProcedureCode } from '../procedures/index.js';

const Str = Type.String();
const AgencyCode = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$' });
const Kind = Type.Enum(FEEDBACK_KINDS);
const Channel = Type.Enum(['email', 'sms'] as const);

const Topic = {
  kind: Type.Enum(FEEDBACK_KINDS, { description: '`feedback` phản ánh, `petition` kiến nghị, `complaint` khiếu nại, `denunciation` tố cáo' }),
  dossierCode: Type.Optional(
    Type.String({ minLength: 1, maxLength: 60, description: 'The dossier it is about, by its code; the contact given must be its applicant’s. Leave out for a rule' }),
  ),
  rule: Type.Optional(Name(1000, { description: 'The administrative rule it is about, as the sender names it (quy định hành chính)' })),
  procedureCode: Type.Optional(ProcedureCode),
  agencyCode: Type.Optional(Type.String({ ...AgencyCode, description: 'The agency it goes to, for a rule: one handling the procedure named, or any agency when none is' })),
  title: Name(300, { description: 'Tiêu đề' }),
  body: Name(5000, { description: 'Nội dung phản ánh, kiến nghị' }),
};

export const SendFeedbackBody = Type.Object(
  {
    name: Name(150, { description: 'Họ và tên người gửi' }),
    email: Type.Optional(Type.String({ maxLength: 200, pattern: EMAIL_PATTERN.source, description: 'Where the confirmation link and the answer go; or a phone' })),
    phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN.source, description: 'A Vietnamese mobile number, when no e-mail is given' })),
    ...Topic,
  },
  { additionalProperties: false },
);
export const CitizenFeedbackBody = Type.Object(Topic, { additionalProperties: false });

export const FeedbackSentSchema = component(
  'FeedbackSent',
  Type.Object({ state: Type.Enum(['unconfirmed'] as const), channel: Channel, confirmBy: Type.String({ description: 'The link sent to the contact works until then' }) }),
);
const Token = Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' });
export const ConfirmFeedbackBody = Type.Object({ token: Token }, { additionalProperties: false });
export const SupplyInformationBody = Type.Object({ token: Token, information: Name(5000, { description: 'Thông tin bổ sung' }) }, { additionalProperties: false });

export const FeedbackReceivedSchema = component(
  'FeedbackReceived',
  Type.Object({ code: Str, kind: Kind, state: Type.Enum(['received'] as const), agency: Type.Object({ code: Str, name: Str }), dueAt: Str }),
);
export const InformationSuppliedSchema = component(
  'FeedbackInformationSupplied',
  Type.Object({ code: Str, state: Type.Enum(FEEDBACK_STATES), dueAt: Nullable(Type.String({ description: 'The deadline, moved on by the working time spent waiting' })) }),
);

export const PublishedFeedbackSchema = component(
  'PublishedFeedback',
  Type.Object({
    code: Str,
    kind: Kind,
    subject: Type.Enum(FEEDBACK_SUBJECTS),
    title: Str,
    body: Str,
    answer: Str,
    procedure: Nullable(Type.Object({ code: Str, name: Str })),
    agency: Type.Object({ code: Str, name: Str }),
    publishedAt: Str,
  }),
);
export const PublishedFeedbackPage = Type.Object({ items: Type.Array(PublishedFeedbackSchema), total: Type.Integer() });
export const PublishedFeedbackQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the feedback or its answer, with or without diacritics' })),
  agency: Type.Optional(AgencyCode),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});
export const FeedbackCodeParams = Type.Object({ code: Type.String({ pattern: '^PA-\\d{4}-\\d{6,}$' }) });

/** The sender's own feedback, found by its number and the contact it was sent with. */
export const TrackFeedbackBody = Type.Object(
  {
    code: FeedbackCodeParams.properties.code,
    contact: Type.String({ minLength: 3, maxLength: 200, description: 'The e-mail address or mobile number the feedback was sent with (a signed-in citizen’s: their account’s)' }),
  },
  { additionalProperties: false },
);
export const FeedbackProgressSchema = component(
  'FeedbackProgress',
  Type.Object({
    code: Str,
    kind: Kind,
    state: Type.Enum(FEEDBACK_STATES),
    agency: Type.Object({ code: Str, name: Str }),
    receivedAt: Str,
    dueAt: Nullable(Type.String({ description: 'The deadline of its state; none while waiting for the sender or once closed' })),
    overdue: Type.Boolean(),
    informationRequest: Nullable(Type.String({ description: 'What the agency asked the sender, while it waits for the answer' })),
    routedTo: Nullable(Type.String({ description: 'The body competent for a complaint or denunciation, once routed' })),
    answer: Nullable(Type.String({ description: 'The approved answer; none before a leader approves it' })),
  }),
);

export const FEEDBACK_VIEWS = ['all', 'to_sort', 'in_handling', 'mine', 'to_approve', 'to_publish', 'overdue'] as const;
export const FeedbackListQuery = Type.Object({
  agency: Type.Optional(Type.String({ ...AgencyCode, description: 'The agency’s code; may be left out by an officer of one agency only' })),
  view: Type.Enum(FEEDBACK_VIEWS, {
    default: 'all',
    description:
      '`to_sort`: received, to accept, refuse, route or ask about; `in_handling`: being handled or waiting for the sender; `mine`: given to me; `to_approve`: answered; `to_publish`: handled; `overdue`: past the deadline of its state (to a leader, with the agencies below)',
  }),
  page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});
export const FeedbackParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const OfficerFeedbackFields = {
  id: Str,
  code: Str,
  kind: Kind,
  kindLabel: Str,
  subject: Type.Enum(FEEDBACK_SUBJECTS),
  state: Type.Enum(FEEDBACK_STATES),
  stateLabel: Str,
  title: Str,
  body: Str,
  sender: EnquirerSchema,
  dossier: Nullable(Type.Object({ code: Str })),
  rule: Nullable(Str),
  procedure: Nullable(Type.Object({ code: Str, name: Str })),
  agency: Type.Object({ code: Str, name: Str }),
  sentAt: Str,
  receivedAt: Str,
  dueAt: Nullable(Type.String({ description: 'The deadline of its state: sorting, handling (moved on by the time waiting for the sender) or publishing; none while waiting or once closed' })),
  overdue: Type.Boolean(),
  assignee: Nullable(Type.Object({ id: Str, name: Str })),
  informationRequest: Nullable(Str),
  awaitingSince: Nullable(Str),
  waitedWorkingMinutes: Type.Integer({ description: 'Working minutes spent waiting for the sender, in the waits that ended' }),
  suppliedInformation: Nullable(Str),
  routedTo: Nullable(Type.String({ description: 'The body competent for a complaint or denunciation, named when routed' })),
  answer: Nullable(Str),
  handledAt: Nullable(Str),
  publication: Nullable(EnquiryPublicationSchema),
  actions: Type.Array(Type.Enum(FEEDBACK_ACTIONS), { description: 'What the signed-in officer may do now' }),
};
export const OfficerFeedbackSchema = component('OfficerFeedback', Type.Object(OfficerFeedbackFields));
export const OfficerFeedbackPage = Type.Object({ items: Type.Array(OfficerFeedbackSchema), total: Type.Integer() });
export const OfficerFeedbackDetailSchema = component(
  'OfficerFeedbackDetail',
  Type.Object({
    ...OfficerFeedbackFields,
    history: Type.Array(EnquiryHistoryEntrySchema),
  }),
);

const Reason = (description: string) => Name(2000, { description });
export const AcceptBody = Type.Object({ assigneeId: Type.String({ format: 'uuid', description: 'A specialist of the agency' }) }, { additionalProperties: false });
export const ReasonBody = Type.Object({ reason: Reason('Why') }, { additionalProperties: false });
export const InformationRequestBody = Type.Object({ request: Reason('What the sender is asked to add') }, { additionalProperties: false });
export const RouteBody = Type.Object({ body: Name(300, { description: 'The competent body, named (e.g. Thanh tra tỉnh)' }), reason: Reason('Why it is competent') }, { additionalProperties: false });
export const AnswerBody = Type.Object({ answer: Name(10_000, { description: 'Kết quả xử lý' }) }, { additionalProperties: false });
export const CommentBody = Type.Object({ comment: Reason('What to change in the answer') }, { additionalProperties: false });
export const PublishBody = Type.Object(
  {
    title: Type.Optional(Name(300, { description: 'The title as the portal shows it; by default the sender’s, masked' })),
    body: Type.Optional(Name(5000, { description: 'The feedback as the portal shows it; by default the sender’s, masked' })),
    answer: Type.Optional(Name(10_000, { description: 'The answer as the portal shows it; by default the approved one, masked' })),
  },
  { additionalProperties: false },
);
