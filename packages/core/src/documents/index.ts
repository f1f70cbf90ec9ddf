export * from './kinds.js';
export * from './number-symbol.js';
export * from './symbol-abbreviations.js';
export * from './incoming-routing.js';
export * from './outgoing-routing.js';
