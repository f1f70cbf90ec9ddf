/** What the notifications module offers the other modules; everything else in it is its own. */
export { EnquirerSchema, NotificationSchema } from './schema.js';
export type { Senders } from './senders.js';
export { applicantNotifications, dossierNotifications } from './service.js';
export type { PlannedNotification } from './service.js';
export { type Enquirer, assertReachable, citizenEnquirer, enquirerContact, typedContact } from './contacts.js';
