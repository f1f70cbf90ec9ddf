export * from './course.js';
export * from './questions.js';
export * from './feedback.js';
