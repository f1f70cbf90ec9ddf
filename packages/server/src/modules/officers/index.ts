/** What the officers module offers the other modules; everything else in it is its own. */
export { officersForStep } from './service.js';
export { signingLinesAt } from './signing-authority.js';
export type { EligibleOfficer, StepPost } from './service.js';
