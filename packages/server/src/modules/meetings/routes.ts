import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { INVITATION_PAGE_PATH } from './mail.js';
import { invitationPage, unknownLinkPage } from './page.js';
import {
  AnswerBody,
  CancelMeetingBody,
  InvitationSchema,
  InvitationTokenParams,
  InviteeParams,
  MeetingBody,
  MeetingChangeBody,
  MeetingSchema,
  OfficerInvitationListSchema,
  OfficerInvitationSchema,
} from './schema.js';
import { answerAsOfficer, answerInvitation, cancelMeeting, invitationByToken, myInvitations, setMeeting, showMeeting } from './service.js';

const TAGS = ['meetings'];
const BASE = '/api/v1/documents/:id/meeting';
const DocumentParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const INVITATION = '/api/v1/meeting-invitations/:token';

/** The answer as the page's form posts it (application/x-www-form-urlencoded). */
const FormAnswer = Type.Object({
  answer: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]),
  delegateName: Type.Optional(Type.String({ maxLength: 200 })),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});

/**
 * Meeting invitations (giấy mời): the meeting a draft sets and the organiser follows, and the
 * invitee's answer by their personal link, as JSON and as a page of its own.
 */
export function meetingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const limits = rateLimits(ctx.config);
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    app.get(
      BASE,
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Cuộc họp của giấy mời: thời gian, địa điểm, người được mời và trả lời của từng người (cơ quan mời theo dõi)',
          params: DocumentParams,
          response: { 200: MeetingSchema, ...writeErrors },
        },
      },
      async (request) => showMeeting(ctx, requireOfficer(request), request.params.id),
    );

    app.post(
      BASE,
      {
        config: { rule: 'arrange-meeting' },
        schema: {
          tags: TAGS,
          summary: 'Ghi cuộc họp vào dự thảo giấy mời: thời gian, địa điểm hoặc đường dẫn họp trực tuyến, chủ trì, nội dung, người được mời',
          description: 'The invitees are invited when the invitation is released: each by e-mail with an iCalendar attachment and a personal link to answer.',
          params: DocumentParams,
          body: MeetingBody,
          response: { 201: MeetingSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const actor = officerActor(request);
        await setMeeting(ctx, actor, request.params.id, request.body, 'create');
        return reply.status(201).send(await showMeeting(ctx, actor.officer, request.params.id));
      },
    );

    app.put(
      BASE,
      {
        config: { rule: 'arrange-meeting' },
        schema: {
          tags: TAGS,
          summary: 'Sửa cuộc họp: khi còn dự thảo; sau khi phát hành, gửi lịch cập nhật (SEQUENCE tăng) cho những người chưa báo vắng',
          params: DocumentParams,
          body: MeetingChangeBody,
          response: { 200: MeetingSchema, ...writeErrors },
        },
      },
      async (request) => {
        const actor = officerActor(request);
        await setMeeting(ctx, actor, request.params.id, request.body, 'change');
        return showMeeting(ctx, actor.officer, request.params.id);
      },
    );

    app.post(
      `${BASE}/cancel`,
      {
        config: { rule: 'arrange-meeting' },
        schema: {
          tags: TAGS,
          summary: 'Hủy cuộc họp đã mời: gửi lịch hủy (METHOD:CANCEL) cho những người chưa báo vắng',
          params: DocumentParams,
          body: CancelMeetingBody,
          response: { 200: MeetingSchema, ...writeErrors },
        },
      },
      async (request) => {
        const actor = officerActor(request);
        await cancelMeeting(ctx, actor, request.params.id, request.body.reason);
        return showMeeting(ctx, actor.officer, request.params.id);
      },
    );

    app.get(
      '/api/v1/meeting-invitations/mine',
      {
        config: { rule: 'signed-in-officer' },
        schema: {
          tags: TAGS,
          summary: 'Giấy mời họp gửi tôi, hoặc gửi cơ quan tôi trả lời thay (văn thư, lãnh đạo), của các cuộc họp chưa kết thúc',
          response: { 200: OfficerInvitationListSchema, ...writeErrors },
        },
      },
      async (request) => myInvitations(ctx, requireOfficer(request)),
    );

    app.post(
      '/api/v1/meeting-invitations/mine/:inviteeId/answer',
      {
        config: { rule: 'answer-meeting-invitation' },
        schema: {
          tags: TAGS,
          summary: 'Cán bộ xác nhận tham dự hoặc báo vắng (có thể cử người dự thay) trên hệ thống',
          params: InviteeParams,
          body: AnswerBody,
          response: { 200: OfficerInvitationSchema, ...writeErrors },
        },
      },
      async (request) => answerAsOfficer(ctx, officerActor(request), request.params.inviteeId, request.body),
    );

    app.get(
      INVITATION,
      {
        config: { rule: 'meeting-invitee-by-link', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Giấy mời theo đường dẫn riêng của người được mời',
          params: InvitationTokenParams,
          response: { 200: InvitationSchema, ...writeErrors },
        },
      },
      async (request) => invitationByToken(ctx, request.params.token),
    );

    app.post(
      `${INVITATION}/answer`,
      {
        config: { rule: 'meeting-invitee-by-link', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Xác nhận tham dự hoặc báo vắng (có thể cử người dự thay); đổi được đến khi cuộc họp bắt đầu',
          params: InvitationTokenParams,
          body: AnswerBody,
          response: { 200: InvitationSchema, ...writeErrors },
        },
      },
      async (request) => answerInvitation(ctx, request.params.token, request.body, request.ip),
    );

    const pageOf = async (token: string, notice: Parameters<typeof invitationPage>[1], status = 200) => ({
      status,
      html: invitationPage(await invitationByToken(ctx, token), notice),
    });
    /** An error the invitee caused, shown on the page; anything else is the server's to answer. */
    const shown = async (token: string, error: unknown) => {
      if (!(error instanceof AppError) || error.statusCode >= 500) throw error;
      if (error.code === 'invitation_link_unknown') return { status: 404, html: unknownLinkPage(error.vi, error.en) };
      return pageOf(token, { kind: 'refused', text: `${error.vi} / ${error.en}` }, error.statusCode);
    };
    const sendPage = (reply: FastifyReply, { status, html }: { status: number; html: string }) =>
      reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);

    app.get(
      `${INVITATION_PAGE_PATH}/:token`,
      { config: { rule: 'meeting-invitee-by-link', rateLimit: limits.public }, schema: { hide: true, params: InvitationTokenParams } },
      async (request, reply) => {
        const { token } = request.params;
        const saved = (request.query as Record<string, string | undefined>)['da-tra-loi'] !== undefined;
        const notice = saved ? { kind: 'saved' as const, text: 'Đã ghi nhận trả lời của ông/bà. Xin cảm ơn. / Your answer is recorded. Thank you.' } : null;
        return sendPage(reply, await pageOf(token, notice).catch((error: unknown) => shown(token, error)));
      },
    );

    app.post(
      `${INVITATION_PAGE_PATH}/:token`,
      { config: { rule: 'meeting-invitee-by-link', rateLimit: limits.public }, schema: { hide: true, params: InvitationTokenParams, body: FormAnswer } },
      async (request, reply) => {
        const { token } = request.params;
        try {
          await answerInvitation(ctx, token, request.body, request.ip);
        } catch (error) {
          return sendPage(reply, await shown(token, error));
        }
        return reply.redirect(`${INVITATION_PAGE_PATH}/${token}?da-tra-loi`, 303);
      },
    );
  };
}
