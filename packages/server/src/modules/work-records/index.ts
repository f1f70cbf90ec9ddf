/** What the work-records module offers the other modules: its routes. */
export { workRecordRoutes } from './routes.js';
