/** What the statistics module offers the other modules; everything else in it is its own. */
export { GROUP_KEYS, type GroupKey, type Period, type StatisticsScope, figuresBy, figuresByAgency, figuresByMonth, figuresOf } from './figures.js';
export { FiguresSchema, PeriodQuery, ScopeQuery } from './schema.js';
export { periodAsked } from './periods.js';
export { type AgencySubtree, subtreeOf } from './scopes.js';
export { foldStatisticsTallies, statisticsDrift } from './tallies.js';
export { leaderStatisticsRoutes } from './leader-routes.js';
export { statisticsReportRoutes } from './report-routes.js';
export { openDataRoutes } from './open-data-routes.js';
