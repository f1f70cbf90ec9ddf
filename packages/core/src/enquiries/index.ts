export * from './course.js';
export * from './questions.js';
export * from './feedback.js';
export * from './question-texts.js';
export * from './feedback-texts.js';
