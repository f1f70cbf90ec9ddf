/** What the feedback module (phản ánh, kiến nghị) offers the other modules and the application: its routes, its outbox topic and its purge. */
export { feedbackRoutes } from './routes.js';
export { feedbackNoticeTopic } from './notices.js';
export { FEEDBACK_NOTICE_TOPIC, purgeUnconfirmedFeedback } from './service.js';
