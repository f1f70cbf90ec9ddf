/** What the statistics module offers the other modules; everything else in it is its own. */
export { type Period, type StatisticsScope, figuresByAgency, figuresOf } from './figures.js';
export { type AgencySubtree, subtreeOf } from './scopes.js';
export { foldStatisticsTallies, statisticsDrift } from './tallies.js';
