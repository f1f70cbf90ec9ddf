/** What the payments module offers the application. */
export { paymentRoutes } from './routes.js';
export { paymentSimulatorRoutes } from './simulator.js';
export type { PaymentGateway } from './gateway.js';
