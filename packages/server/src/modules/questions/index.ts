/** What the questions module (hỏi đáp) offers the other modules and the application: its routes, its outbox topic and its purge. */
export { questionRoutes } from './routes.js';
export { questionNoticeTopic } from './notices.js';
export { QUESTION_NOTICE_TOPIC, purgeUnconfirmedQuestions } from './service.js';
