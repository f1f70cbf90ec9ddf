export * from './work-record.js';
