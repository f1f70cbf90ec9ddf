export * from './edxml-names.js';
export * from './package.js';
export * from './incoming-status.js';
