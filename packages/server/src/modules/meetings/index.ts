/** What the meetings module offers the other modules; everything else in it is its own. */
export { MEETING_MAIL_TOPIC, meetingMailTopic, remindInvitees } from './mail.js';
export { meetingRoutes } from './routes.js';
export { cancelMeetingOfRecalled, inviteToMeeting, setMeeting } from './service.js';
