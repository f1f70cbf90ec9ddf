export * from './pages.js';
export * from './page-reads.js';
export * from './query.js';
