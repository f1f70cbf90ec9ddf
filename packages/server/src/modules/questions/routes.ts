import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { citizenActor, requireCitizen } from '../../platform/citizen-authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { agencyOfRequest } from '../documents/index.js';
import { citizenEnquirer, enquirerContact } from '../notifications/index.js';
import { publishedQuestion, searchPublishedQuestions } from './published.js';
import {
  AnswerBody,
  AskQuestionBody,
  AskedSchema,
  AssignBody,
  CitizenQuestionBody,
  CommentBody,
  ConfirmQuestionBody,
  OfficerQuestionDetailSchema,
  OfficerQuestionPage,
  PublishBody,
  PublishedQuestionPage,
  PublishedQuestionQuery,
  PublishedQuestionSchema,
  QuestionCodeParams,
  QuestionListQuery,
  QuestionParams,
  ReasonBody,
  ReceivedSchema,
  TrackQuestionBody,
  QuestionProgressSchema,
  TransferBody,
} from './schema.js';
import { trackQuestion } from './tracking.js';
import {
  answerQuestion,
  approveQuestion,
  askAsCitizen,
  askQuestion,
  assignQuestion,
  confirmQuestion,
  listQuestions,
  publishQuestion,
  rejectQuestion,
  returnQuestion,
  showQuestion,
  transferQuestion,
  unpublishQuestion,
} from './service.js';

const TAGS = ['questions'];
const publicErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 410: errorResponseSchema, 422: errorResponseSchema, 429: errorResponseSchema };

/** Citizens' questions and answers (hỏi đáp): asking, the competent agency's answering, the published answers. */
export function questionRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/public/questions',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Gửi câu hỏi về một thủ tục hoặc lĩnh vực; câu hỏi được chuyển cơ quan có thẩm quyền khi người hỏi xác nhận qua đường dẫn gửi tới thư điện tử hoặc số điện thoại',
          body: AskQuestionBody,
          response: { 202: AskedSchema, ...publicErrors },
        },
      },
      async (request, reply) => {
        const { name, email, phone, ...topic } = request.body;
        return reply.status(202).send(await askQuestion(ctx, enquirerContact({ name, email, phone }), topic, request.ip));
      },
    );

    app.post(
      '/api/public/questions/confirm',
      {
        config: { rule: 'question-asker-by-link', rateLimit: limits.public },
        schema: { tags: TAGS, summary: 'Xác nhận câu hỏi bằng đường dẫn đã gửi tới người hỏi', body: ConfirmQuestionBody, response: { 200: ReceivedSchema, ...publicErrors } },
      },
      async (request) => confirmQuestion(ctx, request.body.token, request.ip),
    );

    app.post(
      '/api/public/questions/track',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Người hỏi theo dõi câu hỏi của mình theo mã số và thư điện tử hoặc số điện thoại đã dùng khi hỏi: trạng thái, hạn trả lời, câu trả lời khi đã duyệt',
          body: TrackQuestionBody,
          response: { 200: QuestionProgressSchema, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request) => trackQuestion(ctx.db, ctx.now(), request.body.code, request.body.contact),
    );

    app.post(
      '/api/citizen/questions',
      {
        config: { rule: 'citizen-themself' },
        schema: { tags: TAGS, summary: 'Công dân đã đăng nhập gửi câu hỏi; trả lời gửi tới liên hệ của tài khoản', body: CitizenQuestionBody, response: { 201: ReceivedSchema, ...writeErrors, 429: errorResponseSchema } },
      },
      async (request, reply) => reply.status(201).send(await askAsCitizen(ctx, citizenActor(request), citizenEnquirer(requireCitizen(request)), request.body)),
    );

    app.get(
      '/api/public/questions',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Tra cứu câu hỏi đã được trả lời và công khai (không dấu, chấp nhận gõ sai), theo thủ tục, lĩnh vực',
          querystring: PublishedQuestionQuery,
          response: { 200: PublishedQuestionPage, 400: errorResponseSchema },
        },
      },
      async (request) => searchPublishedQuestions(ctx.db, request.query),
    );

    app.get(
      '/api/public/questions/:code',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: TAGS, summary: 'Một câu hỏi đã công khai và câu trả lời', params: QuestionCodeParams, response: { 200: PublishedQuestionSchema, 404: errorResponseSchema } },
      },
      async (request) => publishedQuestion(ctx.db, request.params.code),
    );

    app.get(
      '/api/v1/questions',
      {
        config: { rule: 'see-questions' },
        schema: { tags: TAGS, summary: 'Câu hỏi của cơ quan: chờ giao, được giao cho tôi, chờ duyệt, quá hạn', querystring: QuestionListQuery, response: { 200: OfficerQuestionPage, ...writeErrors } },
      },
      async (request) => {
        const officer = requireOfficer(request);
        const agency = await agencyOfRequest(ctx, officer, request.query.agency);
        return listQuestions(ctx, officer, agency, request.query);
      },
    );

    app.get(
      '/api/v1/questions/:id',
      {
        config: { rule: 'see-questions' },
        schema: { tags: TAGS, summary: 'Một câu hỏi và quá trình xử lý', params: QuestionParams, response: { 200: OfficerQuestionDetailSchema, ...writeErrors } },
      },
      async (request) => showQuestion(ctx, requireOfficer(request), request.params.id),
    );

    const step = { rule: 'take-question-step' } as const;
    const stepResponse = { 200: OfficerQuestionDetailSchema, ...writeErrors };
    app.post(
      '/api/v1/questions/:id/assign',
      { config: step, schema: { tags: TAGS, summary: 'Giao chuyên viên trả lời', params: QuestionParams, body: AssignBody, response: stepResponse } },
      async (request) => assignQuestion(ctx, officerActor(request), request.params.id, request.body.assigneeId),
    );
    app.post(
      '/api/v1/questions/:id/transfer',
      { config: step, schema: { tags: TAGS, summary: 'Chuyển câu hỏi đến cơ quan có thẩm quyền, nêu lý do', params: QuestionParams, body: TransferBody, response: stepResponse } },
      async (request) => transferQuestion(ctx, officerActor(request), request.params.id, request.body),
    );
    app.post(
      '/api/v1/questions/:id/answer',
      { config: step, schema: { tags: TAGS, summary: 'Chuyên viên được giao trình dự thảo trả lời', params: QuestionParams, body: AnswerBody, response: stepResponse } },
      async (request) => answerQuestion(ctx, officerActor(request), request.params.id, request.body.answer),
    );
    app.post(
      '/api/v1/questions/:id/return',
      { config: step, schema: { tags: TAGS, summary: 'Lãnh đạo trả lại dự thảo kèm ý kiến', params: QuestionParams, body: CommentBody, response: stepResponse } },
      async (request) => returnQuestion(ctx, officerActor(request), request.params.id, request.body.comment),
    );
    app.post(
      '/api/v1/questions/:id/approve',
      { config: step, schema: { tags: TAGS, summary: 'Lãnh đạo duyệt; câu trả lời được gửi tới người hỏi', params: QuestionParams, response: stepResponse } },
      async (request) => approveQuestion(ctx, officerActor(request), request.params.id),
    );
    app.post(
      '/api/v1/questions/:id/publish',
      {
        config: step,
        schema: { tags: TAGS, summary: 'Công khai trên Cổng, ẩn danh người hỏi; lãnh đạo có thể biên tập tiêu đề, nội dung, trả lời', params: QuestionParams, body: PublishBody, response: stepResponse },
      },
      async (request) => publishQuestion(ctx, officerActor(request), request.params.id, request.body),
    );
    for (const [path, summary, run] of [
      ['unpublish', 'Thôi công khai trên Cổng, nêu lý do', unpublishQuestion],
      ['reject', 'Không trả lời (trùng lặp, không thuộc phạm vi, vi phạm), nêu lý do', rejectQuestion],
    ] as const) {
      app.post(
        `/api/v1/questions/:id/${path}`,
        { config: step, schema: { tags: TAGS, summary, params: QuestionParams, body: ReasonBody, response: stepResponse } },
        async (request) => run(ctx, officerActor(request), request.params.id, request.body.reason),
      );
    }
  };
}
