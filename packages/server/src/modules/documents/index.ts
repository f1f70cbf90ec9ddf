/** What the documents module offers the other modules; everything else in it is its own. */
export { documentRoutes } from './routes.js';
export { outgoingDocumentRoutes } from './outgoing-routes.js';
export { OUTGOING_MAIL_TOPIC, outgoingMailTopic, settleOutgoingSignatures } from './outgoing-release.js';
export { agencyOfRequest } from './service.js';
export { receivedDocuments } from './received.js';
export { backfillAttachmentText } from './file-text-backfill.js';
