import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { NOTIFICATION_CHANNELS } from '@motcua/core';
import { Nullable } from '../../platform/schemas.js';
import { NOTIFICATION_STATUSES } from './service.js';

export const NotificationSchema = component('Notification', Type.Object({
  id: Type.Integer(),
  dossierCode: Type.String(),
  action: Type.String({ description: 'The dossier action the notice tells of' }),
  channel: Type.Enum(NOTIFICATION_CHANNELS),
  recipient: Type.String({ description: 'E-mail address, or mobile number as 0xxxxxxxxx' }),
  status: Type.Enum(NOTIFICATION_STATUSES, { description: 'pending: queued or being retried; sent: accepted by the mail server or SMS carrier; failed: given up' }),
  subject: Type.String({ description: 'E-mail subject; empty for SMS and before the first attempt' }),
  text: Type.String({ description: 'What was sent; empty before the first attempt' }),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  createdAt: Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' }),
  sentAt: Nullable(Type.String()),
}));

export const NotificationListQuery = Type.Object({
  status: Type.Optional(Type.Enum(NOTIFICATION_STATUSES)),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'The nextCursor of the page before; the first page without' })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});

export const NotificationListSchema = component('NotificationPage', Type.Object({
  items: Type.Array(NotificationSchema),
  nextCursor: Nullable(Type.String({ description: 'Send as cursor for the next page; null on the last page. How many failed: GET /api/v1/notifications/counts' })),
}));

export const NotificationIdParam = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** Who asked a question or sent a feedback, and where the answer goes. */
export const EnquirerSchema = component(
  'Enquirer',
  Type.Object({ name: Type.String(), channel: Type.Enum(['email', 'sms'] as const), contact: Type.String(), citizenAccount: Type.Boolean() }),
);
