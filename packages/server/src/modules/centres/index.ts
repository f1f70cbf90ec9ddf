/** What the centres module offers the other modules; everything else in it is its own. */
export { findCentre, requireCentre } from './centre.js';
export type { Centre } from './centre.js';
export { listServices } from './services.js';
export type { QueueService } from './services.js';
export { readCentreSettings } from './settings.js';
export type { CentreSettings } from './settings.js';
export { listPriorityGroups } from './priority-groups.js';
export { requireDevice } from './devices.js';
export type { PairedDevice } from './devices.js';
export { issueTicket, linkDossierToTicket, ticketPosition } from './tickets.js';
export type { IssuedTicket, NewTicket, TicketPosition } from './tickets.js';
export { ticketBeingServed } from './ticket-reception.js';
export type { TicketAtReception } from './ticket-reception.js';
export { PublicCentre, PublicQueueService } from './config-routes.js';
export { IssuedTicketSchema } from './ticket-schemas.js';
export { eventStreamResponse, openEventStream } from './event-streams.js';
