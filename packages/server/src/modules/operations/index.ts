/** What the operations module offers the other modules; everything else in it is its own. */
export { type OperationsHub, startOperationsHub } from './hub.js';
export { operationsRoutes } from './routes.js';
