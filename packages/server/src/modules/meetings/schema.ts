import { Type } from '@fastify/type-provider-typebox';
import { MEETING_ANSWERS } from '@motcua/core';
import { component } from '../../platform/components.js';
import { AgencyReference, Name, Nullable } from '../../platform/schemas.js';

export const MeetingAnswerSchema = component('MeetingAnswer', Type.Enum(MEETING_ANSWERS, { description: 'pending: no answer yet; accepted; declined (with a delegate or not)' }));

const Invitee = Type.Union(
  [
    Type.Object(
      { agencyCode: Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$', description: 'An agency of this installation: its incoming register receives the invitation' }) },
      { additionalProperties: false },
    ),
    Type.Object({ officerId: Type.String({ format: 'uuid', description: 'An officer of this installation, mailed at their address if they have one' }) }, { additionalProperties: false }),
    Type.Object({ name: Name(200, { description: 'Someone outside the installation' }), email: Type.String({ format: 'email', maxLength: 254 }) }, { additionalProperties: false }),
  ],
  { description: 'Who is invited: an agency or an officer of this installation, or a person outside it by name and e-mail' },
);

const meetingFields = {
  startsAt: Type.String({ format: 'date-time', description: 'When it starts (ISO 8601 with offset)' }),
  endsAt: Type.String({ format: 'date-time' }),
  place: Type.String({ maxLength: 500, default: '', description: 'Where; may be empty when it is held online only' }),
  videoUrl: Type.Optional(Nullable(Type.String({ maxLength: 1000, description: 'The video meeting’s https:// address' }))),
  chair: Name(300, { description: 'Who chairs it (name and title)' }),
  agenda: Type.String({ maxLength: 5000, default: '', description: 'Nội dung: what the meeting is about' }),
};

export const MeetingBody = Type.Object(
  { ...meetingFields, invitees: Type.Array(Invitee, { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false, description: 'The meeting a draft giấy mời calls, with its invitees' },
);

export const MeetingChangeBody = Type.Object(
  { ...meetingFields, invitees: Type.Optional(Type.Array(Invitee, { minItems: 1, maxItems: 200, description: 'Replaces the invitees while the invitation is a draft; fixed once it is released' })) },
  { additionalProperties: false },
);

export const CancelMeetingBody = Type.Object({ reason: Name(1000, { description: 'Why the meeting is called off (sent to the invitees)' }) }, { additionalProperties: false });

const InviteeView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('agency'), Type.Literal('officer'), Type.Literal('outside')]),
  name: Type.String(),
  email: Type.String({ description: 'Where the invitation is mailed; empty when it reaches the invitee in the back office only' }),
  agency: Nullable(AgencyReference),
  answer: MeetingAnswerSchema,
  answerLabel: Type.Object({ vi: Type.String(), en: Type.String() }),
  delegateName: Type.String(),
  note: Type.String(),
  answeredAt: Nullable(Type.String()),
  invitedAt: Nullable(Type.String()),
  remindedAt: Nullable(Type.String()),
  lastMail: Nullable(Type.Object({ kind: Type.String(), status: Type.String(), sentAt: Nullable(Type.String()) })),
});

export const MeetingSchema = component(
  'Meeting',
  Type.Object({
    documentId: Type.String(),
    startsAt: Type.String({ description: 'ISO 8601, Vietnam time' }),
    endsAt: Type.String(),
    place: Type.String(),
    videoUrl: Nullable(Type.String()),
    chair: Type.String(),
    agenda: Type.String(),
    sequence: Type.Integer({ description: 'iCalendar SEQUENCE last sent: 0 with the invitation, one more at each change' }),
    invitedAt: Nullable(Type.String({ description: 'When the release sent the invitations; null while drafting' })),
    cancelledAt: Nullable(Type.String()),
    cancelReason: Type.String(),
    reminderAt: Type.String({ description: 'When the reminder goes: 08:00 the day before' }),
    invitees: Type.Array(InviteeView),
    answers: Type.Object({ pending: Type.Integer(), accepted: Type.Integer(), declined: Type.Integer() }),
  }),
);

export const InvitationTokenParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' }) });

export const AnswerBody = component(
  'MeetingInvitationAnswer',
  Type.Object(
    {
      answer: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]),
      delegateName: Type.Optional(Type.String({ maxLength: 200, description: 'With a decline: who attends in the invitee’s stead' })),
      note: Type.Optional(Type.String({ maxLength: 1000 })),
    },
    { additionalProperties: false },
  ),
);

export const InvitationSchema = component(
  'MeetingInvitation',
  Type.Object({
    inviteeName: Type.String(),
    agencyName: Type.String(),
    numberSymbol: Type.String(),
    subject: Type.String(),
    startsAt: Type.String(),
    endsAt: Type.String(),
    time: Type.Object({ vi: Type.String(), en: Type.String() }),
    place: Type.String(),
    videoUrl: Nullable(Type.String()),
    chair: Type.String(),
    agenda: Type.String(),
    cancelled: Type.Boolean(),
    answer: MeetingAnswerSchema,
    delegateName: Type.String(),
    note: Type.String(),
    answerable: Type.Boolean({ description: 'False once the meeting starts or when it is cancelled' }),
  }),
);

export const InviteeParams = Type.Object({ inviteeId: Type.String({ format: 'uuid' }) });

const OfficerInvitation = Type.Object({ id: Type.String({ description: 'The invitation (invitee) id to answer by' }), documentId: Type.String(), ...InvitationSchema.properties });

export const OfficerInvitationSchema = component('OfficerMeetingInvitation', OfficerInvitation);
export const OfficerInvitationListSchema = component('OfficerMeetingInvitations', Type.Object({ items: Type.Array(OfficerInvitationSchema) }));
