export * from './definition.js';
export * from './check.js';
export * from './values.js';
export * from './reading.js';
export * from './builders.js';
