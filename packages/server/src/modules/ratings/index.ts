/** What the ratings module offers the other modules; everything else in it is its own. */
export { satisfactionFigures } from './figures.js';
export type { SatisfactionFigures } from './figures.js';
export { SatisfactionSchema } from './schema.js';
export { rateByFollowToken } from './service.js';
