import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { citizenActor, requireCitizen } from '../../platform/citizen-authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { agencyOfRequest } from '../documents/index.js';
import { citizenEnquirer, enquirerContact } from '../notifications/index.js';
import { publishedFeedback, searchPublishedFeedback } from './published.js';
import {
  AcceptBody,
  AnswerBody,
  CitizenFeedbackBody,
  CommentBody,
  ConfirmFeedbackBody,
  FeedbackCodeParams,
  FeedbackListQuery,
  FeedbackParams,
  FeedbackReceivedSchema,
  FeedbackSentSchema,
  InformationRequestBody,
  InformationSuppliedSchema,
  OfficerFeedbackDetailSchema,
  OfficerFeedbackPage,
  PublishBody,
  PublishedFeedbackPage,
  PublishedFeedbackQuery,
  PublishedFeedbackSchema,
  ReasonBody,
  RouteBody,
  SendFeedbackBody,
  SupplyInformationBody,
  FeedbackProgressSchema,
  TrackFeedbackBody,
} from './schema.js';
import { trackFeedback } from './tracking.js';
import {
  acceptFeedback,
  answerFeedback,
  approveFeedback,
  confirmFeedback,
  listFeedback,
  publishFeedback,
  refuseFeedback,
  requestInformation,
  returnFeedback,
  routeFeedback,
  sendAsCitizen,
  sendFeedback,
  showFeedback,
  supplyInformation,
} from './service.js';

const TAGS = ['feedback'];
const publicErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 410: errorResponseSchema, 422: errorResponseSchema, 429: errorResponseSchema };

/** Feedback and petitions (phản ánh, kiến nghị), complaints and denunciations: sending, the competent agency's handling, the published answers. */
export function feedbackRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/public/feedback',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Gửi phản ánh, kiến nghị về quy định hành chính hoặc về một hồ sơ (theo mã, liên hệ phải là của người nộp); chuyển cơ quan có thẩm quyền khi người gửi xác nhận qua đường dẫn',
          body: SendFeedbackBody,
          response: { 202: FeedbackSentSchema, ...publicErrors },
        },
      },
      async (request, reply) => {
        const { name, email, phone, ...topic } = request.body;
        return reply.status(202).send(await sendFeedback(ctx, enquirerContact({ name, email, phone }), topic, request.ip));
      },
    );

    app.post(
      '/api/public/feedback/confirm',
      {
        config: { rule: 'feedback-sender-by-link', rateLimit: limits.public },
        schema: { tags: TAGS, summary: 'Xác nhận phản ánh, kiến nghị bằng đường dẫn đã gửi tới người gửi', body: ConfirmFeedbackBody, response: { 200: FeedbackReceivedSchema, ...publicErrors } },
      },
      async (request) => confirmFeedback(ctx, request.body.token, request.ip),
    );

    app.post(
      '/api/public/feedback/information',
      {
        config: { rule: 'feedback-sender-by-link', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Người gửi bổ sung thông tin theo đề nghị của cơ quan, bằng đường dẫn trong thư đề nghị; thời hạn xử lý được tính tiếp',
          body: SupplyInformationBody,
          response: { 200: InformationSuppliedSchema, ...publicErrors },
        },
      },
      async (request) => supplyInformation(ctx, request.body.token, request.body.information, request.ip),
    );

    app.post(
      '/api/public/feedback/track',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Người gửi theo dõi phản ánh, kiến nghị của mình theo mã số và thư điện tử hoặc số điện thoại đã dùng khi gửi: trạng thái, hạn xử lý, đề nghị bổ sung, kết quả khi đã duyệt',
          body: TrackFeedbackBody,
          response: { 200: FeedbackProgressSchema, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => trackFeedback(ctx.db, ctx.now(), request.body.code, request.body.contact),
    );

    app.post(
      '/api/citizen/feedback',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Công dân đã đăng nhập gửi phản ánh, kiến nghị; kết quả gửi tới liên hệ của tài khoản',
          body: CitizenFeedbackBody,
          response: { 201: FeedbackReceivedSchema, ...writeErrors, 422: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await sendAsCitizen(ctx, citizenActor(request), citizenEnquirer(requireCitizen(request)), request.body)),
    );

    app.get(
      '/api/public/feedback',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Tra cứu kết quả xử lý phản ánh, kiến nghị đã công khai (có dấu hoặc không dấu), theo cơ quan',
          querystring: PublishedFeedbackQuery,
          response: { 200: PublishedFeedbackPage, 400: errorResponseSchema },
        },
      },
      async (request) => searchPublishedFeedback(ctx.db, request.query),
    );

    app.get(
      '/api/public/feedback/:code',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: TAGS, summary: 'Một phản ánh, kiến nghị đã công khai và kết quả xử lý', params: FeedbackCodeParams, response: { 200: PublishedFeedbackSchema, 404: errorResponseSchema } },
      },
      async (request) => publishedFeedback(ctx.db, request.params.code),
    );

    app.get(
      '/api/v1/feedback',
      {
        config: { rule: 'see-feedback' },
        schema: {
          tags: TAGS,
          summary: 'Phản ánh, kiến nghị của cơ quan: chờ phân loại, đang xử lý, được giao cho tôi, chờ duyệt, chờ công khai, quá hạn',
          querystring: FeedbackListQuery,
          response: { 200: OfficerFeedbackPage, ...writeErrors },
        },
      },
      async (request) => {
        const officer = requireOfficer(request);
        const agency = await agencyOfRequest(ctx, officer, request.query.agency);
        return listFeedback(ctx, officer, agency, request.query);
      },
    );

    app.get(
      '/api/v1/feedback/:id',
      {
        config: { rule: 'see-feedback' },
        schema: { tags: TAGS, summary: 'Một phản ánh, kiến nghị và quá trình xử lý', params: FeedbackParams, response: { 200: OfficerFeedbackDetailSchema, ...writeErrors } },
      },
      async (request) => showFeedback(ctx, requireOfficer(request), request.params.id),
    );

    const step = { rule: 'take-feedback-step' } as const;
    const stepResponse = { 200: OfficerFeedbackDetailSchema, ...writeErrors };
    app.post(
      '/api/v1/feedback/:id/accept',
      { config: step, schema: { tags: TAGS, summary: 'Tiếp nhận và giao chuyên viên xử lý', params: FeedbackParams, body: AcceptBody, response: stepResponse } },
      async (request) => acceptFeedback(ctx, officerActor(request), request.params.id, request.body.assigneeId),
    );
    app.post(
      '/api/v1/feedback/:id/refuse',
      { config: step, schema: { tags: TAGS, summary: 'Từ chối tiếp nhận (không thuộc phạm vi), nêu lý do; người gửi được thông báo', params: FeedbackParams, body: ReasonBody, response: stepResponse } },
      async (request) => refuseFeedback(ctx, officerActor(request), request.params.id, request.body.reason),
    );
    app.post(
      '/api/v1/feedback/:id/request-information',
      {
        config: step,
        schema: { tags: TAGS, summary: 'Đề nghị người gửi bổ sung thông tin; thời hạn xử lý dừng lại đến khi người gửi trả lời', params: FeedbackParams, body: InformationRequestBody, response: stepResponse },
      },
      async (request) => requestInformation(ctx, officerActor(request), request.params.id, request.body.request),
    );
    app.post(
      '/api/v1/feedback/:id/route',
      { config: step, schema: { tags: TAGS, summary: 'Chuyển khiếu nại, tố cáo đến cơ quan có thẩm quyền giải quyết', params: FeedbackParams, body: RouteBody, response: stepResponse } },
      async (request) => routeFeedback(ctx, officerActor(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/feedback/:id/answer',
      { config: step, schema: { tags: TAGS, summary: 'Chuyên viên được giao trình kết quả xử lý', params: FeedbackParams, body: AnswerBody, response: stepResponse } },
      async (request) => answerFeedback(ctx, officerActor(request), request.params.id, request.body.answer),
    );
    app.post(
      '/api/v1/feedback/:id/return',
      { config: step, schema: { tags: TAGS, summary: 'Lãnh đạo trả lại kết quả kèm ý kiến', params: FeedbackParams, body: CommentBody, response: stepResponse } },
      async (request) => returnFeedback(ctx, officerActor(request), request.params.id, request.body.comment),
    );
    app.post(
      '/api/v1/feedback/:id/approve',
      { config: step, schema: { tags: TAGS, summary: 'Lãnh đạo duyệt; kết quả được gửi tới người gửi', params: FeedbackParams, response: stepResponse } },
      async (request) => approveFeedback(ctx, officerActor(request), request.params.id),
    );
    app.post(
      '/api/v1/feedback/:id/publish',
      {
        config: step,
        schema: { tags: TAGS, summary: 'Công khai kết quả trên Cổng, ẩn danh người gửi; lãnh đạo có thể biên tập', params: FeedbackParams, body: PublishBody, response: stepResponse },
      },
      async (request) => publishFeedback(ctx, officerActor(request), request.params.id, request.body),
    );
  };
}
