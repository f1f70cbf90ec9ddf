import { Type } from '@fastify/type-provider-typebox';
import { COUNTER_STATUSES, TICKET_CHANNELS, TICKET_STATUSES } from '@motcua/core';
import { component } from '../../platform/components.js';
import { Nullable } from '../../platform/schemas.js';

/** A centre agency's code, in the address of a centre's routes (and the body naming a centre). */
export const CentreCode = Type.String({ minLength: 1, maxLength: 40, description: 'The centre agency’s code, e.g. 001.01.01.H99' });

/** The address of a route of one centre: `/…/centres/:agencyCode/…`. */
export const CentreParams = Type.Object({ agencyCode: CentreCode });

/** A ticket just issued (kiosk, counter, booking check-in): what its slip prints. */
export const IssuedTicketSchema = component(
  'IssuedTicket',
  Type.Object({
    id: Type.String(),
    number: Type.String({ description: 'e.g. A017: the service’s prefix and the day’s number' }),
    sequence: Type.Integer({ description: 'The day’s number of the prefix: 17 for A017' }),
    service: Type.Object({ id: Type.String(), code: Type.String(), name: Type.String(), nameEn: Type.String(), prefix: Type.String() }),
    priorityGroup: Nullable(Type.String()),
    ahead: Type.Integer({ description: 'People to be called before this ticket' }),
    estimatedWaitMinutes: Type.Integer(),
    followToken: Type.String(),
    followUrl: Type.String({ description: 'The phone page following the ticket (/hang-cho/<followToken>), for the slip’s QR code' }),
    issuedAt: Type.String(),
  }),
);

const DeskTicketSchema = component(
  'DeskTicket',
  Type.Object({
    id: Type.String(),
    number: Type.String(),
    service: Type.Object({ code: Type.String(), name: Type.String(), prefix: Type.String() }),
    priorityGroup: Nullable(Type.String()),
    channel: Type.Enum(TICKET_CHANNELS),
    bookingCode: Nullable(Type.String({ description: 'The code of the booking the ticket was checked in with (channel booking), else null' })),
    status: Type.Enum(TICKET_STATUSES),
    callCount: Type.Integer(),
    issuedAt: Type.String(),
    calledAt: Nullable(Type.String()),
    servingStartedAt: Nullable(Type.String()),
  }),
);

/** The officer's counter, the ticket in hand and the counters they could open. */
export const DeskSchema = component(
  'CounterDesk',
  Type.Object({
    counter: Nullable(
      Type.Object({
        id: Type.String(),
        number: Type.Integer(),
        name: Type.String(),
        priority: Type.Boolean({ description: 'Serves priority groups first' }),
        status: Type.Enum(COUNTER_STATUSES),
        pauseReason: Type.String(),
        centre: Type.Object({ agencyCode: Type.String(), name: Type.String() }),
        callsBeforeNoShow: Type.Integer({ description: 'Calls after which the ticket in hand may be marked a no-show' }),
        services: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), prefix: Type.String(), waiting: Type.Integer() })),
      }),
    ),
    current: Nullable(DeskTicketSchema),
    openable: Type.Array(
      Type.Object({ agencyCode: Type.String(), centreName: Type.String(), number: Type.Integer(), name: Type.String(), occupiedBy: Nullable(Type.String()) }),
    ),
  }),
);

/** What a ticket is issued for: a service's code and, optionally, the priority group declared. */
export const TicketRequestSchema = Type.Object({
  service: Type.String({ minLength: 1, maxLength: 40, description: 'The service’s code' }),
  priority: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'A priority group’s code, e.g. elderly' })),
});
