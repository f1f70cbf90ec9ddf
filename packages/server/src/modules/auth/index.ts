/** What the auth module offers the other modules; everything else in it is its own. */
export { endOfficerSessions, officerLogin } from './service.js';
export { removeTwoFactor } from './two-factor.js';
