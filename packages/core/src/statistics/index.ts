export * from './tallies.js';
export * from './timing.js';
export * from './figures.js';
export * from './periods.js';
export * from './scorecard.js';
