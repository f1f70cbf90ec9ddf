/** What the land module offers the rest of the server: its routes. */
export { landRoutes } from './routes.js';
