export * from './edxml-names.js';
export * from './package.js';
