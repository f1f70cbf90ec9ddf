export * from './api.js';
export * from './pages.js';
export * from './page-reads.js';
export * from './query.js';
export * from './session-cookies.js';
export * from './api-shapes.js';
export * from './event-stream-frames.js';
