export * from './icalendar.js';
export * from './meeting.js';
