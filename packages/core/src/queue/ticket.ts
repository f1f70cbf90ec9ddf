/** A queue ticket's life: waiting → called (again and again) → serving → finished, or it ends as a no-show or cancelled. */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'finished', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Where a ticket came from: the kiosk, a booking checked in, or an officer at a counter. */
export const TICKET_CHANNELS = ['kiosk', 'booking', 'counter'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** The centre devices an administrator pairs; an operations screen shows its agency's dossiers and queues live. */
export const DEVICE_KINDS = ['kiosk', 'board', 'tablet', 'operations'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const COUNTER_STATUSES = ['closed', 'open', 'paused'] as const;
export type CounterStatus = (typeof COUNTER_STATUSES)[number];
