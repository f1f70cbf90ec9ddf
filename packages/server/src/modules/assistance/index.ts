/** What the assistance module offers the other modules; everything else in it is its own. */
export { DOSSIER_CODE_TOPIC, dossierCodeTopic } from './codes.js';
export { assistanceRoutes } from './routes.js';
