/** What the scorecard module offers the other modules; everything else in it is its own. */
export { type AgencyScorecard, scorecards } from './service.js';
