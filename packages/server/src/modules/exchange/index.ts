/** What the exchange module offers the other modules; everything else in it is its own. */
export { EXCHANGE_TOPIC, recallDocumentPackage, sendDocumentPackage, sendStatus, updateDocumentPackage } from './sending.js';
export type { DocumentToSend, ExchangeContext } from './sending.js';
export type { Received, ReceivedPackageHandler } from './receiving.js';
export { exchangeRoutes } from './routes.js';
export { exchangeTopic } from './transport.js';
