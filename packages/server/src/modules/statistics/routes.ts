import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { CalendarDate, CursorParam, NextCursor, Nullable } from '../../platform/schemas.js';
import { figuresOf } from './figures.js';
import { periodAsked } from './periods.js';
import { FiguresAnswer, PeriodQuery, ScopeQuery } from './schema.js';
import { scopeAsked } from './scopes.js';
import { RESULT_KINDS, popularProcedures, resultBoard } from './service.js';

const TAGS = ['statistics'];
const Str = Type.String();
const When = Nullable(Type.String({ description: 'ISO 8601, Vietnam time (+07:00)' }));

const Popular = Type.Object({ items: Type.Array(Type.Object({ code: Str, name: Str, fieldName: Str, dossiers: Type.Integer() })) });

const Results = Type.Object({
  items: Type.Array(
    Type.Object({
      code: Str,
      procedureName: Str,
      applicantName: Type.String({ description: 'A person masked (Nguyễn V. A.), an enterprise, organisation or cooperative in full' }),
      agencyName: Type.String({ description: 'The agency competent to decide' }),
      receivedAt: When,
      statutoryDueAt: Nullable(Type.String({ description: 'The appointment given at reception, against which lateness is counted (ISO 8601, +07:00)' })),
      dueAt: Nullable(Type.String({ description: 'The appointment now in force, later than the statutory one once the time limit was extended (ISO 8601, +07:00)' })),
      finishedAt: When,
      late: Type.Boolean(),
      apology: Nullable(Type.String({ description: 'The reason given with the latest extension of the time limit' })),
    }),
  ),
  nextCursor: NextCursor(),
  total: Nullable(Type.Integer({ description: 'How many dossiers the whole board holds; null when it is filtered' })),
});

const Day = (description: string) => Type.Optional(CalendarDate(`${description}, Vietnam time`));

const PublicErrors = { 400: errorResponseSchema, 429: errorResponseSchema };

/** Public figures and result boards of the one-stop shop; no personal data. */
export function statisticsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.get(
      '/api/public/statistics',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Số liệu giải quyết hồ sơ của tỉnh hoặc một cơ quan (và các cơ quan trực thuộc), theo khoảng thời gian',
          querystring: Type.Object({ ...PeriodQuery, agency: ScopeQuery.agency }),
          response: { 200: FiguresAnswer, ...PublicErrors, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const period = periodAsked(request.query, ctx.now());
        const { scope, agency } = await scopeAsked(ctx.db, { agency: request.query.agency });
        const figures = await figuresOf(ctx.db, scope, period, ctx.now());
        return { period, agency: agency && { code: agency.code, name: agency.name }, ...figures };
      },
    );

    // A static segment: the router prefers it to /api/public/procedures/:code.
    app.get(
      '/api/public/procedures/popular',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Thủ tục được nộp nhiều nhất trong 365 ngày qua',
          querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 20, default: 8 }) }),
          response: { 200: Popular, ...PublicErrors },
        },
      },
      async (request) => popularProcedures(ctx.db, ctx.now(), request.query.limit),
    );

    app.get(
      '/api/public/results',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Công khai kết quả giải quyết và hồ sơ trễ hạn (kèm thư xin lỗi), theo cơ quan, thủ tục và thời gian',
          querystring: Type.Object({
            kind: Type.Enum(RESULT_KINDS, { default: 'finished' }),
            agencyId: Type.Optional(Type.String({ format: 'uuid', description: 'The agency competent to decide' })),
            procedure: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'A procedure code' })),
            from: Day('The first day: of the result, or of the missed statutory appointment of a late dossier still open'),
            to: Day('The last day, included'),
            cursor: CursorParam,
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          }),
          response: { 200: Results, ...PublicErrors },
        },
      },
      async (request) => {
        const { kind, agencyId, procedure, from, to, cursor, limit } = request.query;
        return resultBoard(ctx.db, ctx.now(), kind, { agencyId, procedureCode: procedure, from, to }, { limit, cursor });
      },
    );
  };
}
