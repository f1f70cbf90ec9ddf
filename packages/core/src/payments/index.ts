export * from './vietqr.js';
export * from './gateway-pattern.js';
export * from './references.js';
export * from './statement-matching.js';
export * from './statement-file.js';
