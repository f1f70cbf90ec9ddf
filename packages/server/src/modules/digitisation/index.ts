/** What the digitisation module offers the other modules; everything else in it is its own. */
export { digitiseSignedResult, reusableFileIds } from './service.js';
export type { Applicant } from './service.js';
export { foldDigitisedDocumentTallies } from './tallies.js';
