/** What the results module offers the other modules; everything else in it is its own. */
export { applicantResultFile, applicantResults } from './service.js';
