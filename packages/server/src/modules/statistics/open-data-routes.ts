import { Readable } from 'node:stream';
import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { Nullable } from '../../platform/schemas.js';
import { openDataCsv, openDataJson, openDataPeriod, openDataRows } from './open-data.js';
import { periodAsked } from './periods.js';
import { PeriodQuery, PeriodSchema } from './schema.js';

const TAGS = ['statistics'];
const Str = Type.String();
const When = (description: string) => Nullable(Type.String({ description: `${description} (ISO 8601, Vietnam time +07:00)` }));

const OpenDataRowSchema = Type.Object({
  code: Type.String({ description: 'The dossier’s code, as the result boards publish it' }),
  procedureCode: Str,
  procedureName: Str,
  fieldCode: Str,
  fieldName: Str,
  agencyCode: Type.String({ description: 'The agency competent to decide' }),
  agencyName: Str,
  channel: Type.String({ description: 'in_person, online or post' }),
  receivedAt: When('Received'),
  statutoryDueAt: When('The statutory appointment (an extension does not move it)'),
  finishedAt: When('Result, withdrawal or stop'),
  state: Str,
  stateName: Type.String({ description: 'The state in Vietnamese' }),
  timing: Nullable(
    Type.String({ description: 'early, on_time or late (with a result); in_time or overdue (open); null when withdrawn or stopped' }),
  ),
});

const OpenDataAnswer = Type.Object({ period: PeriodSchema, columns: Type.Array(Str), items: Type.Array(OpenDataRowSchema) });
const CsvResponse = { description: 'CSV (RFC 4180, UTF-8 with a byte-order mark, a header row)', content: { 'text/csv': { schema: Type.String() } } };
const Errors = { 400: errorResponseSchema, 429: errorResponseSchema };

/** Sends the chunks as they come; the 200 schemas document what they add up to. */
const streamed = (reply: FastifyReply, chunks: AsyncIterable<string>) => reply.send(Readable.from(chunks));

const periodQuery = Type.Object({ from: PeriodQuery.from, to: PeriodQuery.to });

/**
 * Open data on the dossiers (public): every dossier received in a period of at most a year, with no
 * personal data. A download reads the whole period, so the budget per address is a tenth of the
 * other public endpoints'.
 */
export function openDataRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const publicLimit = rateLimits(ctx.config).public;
  const rateLimit = { ...publicLimit, max: Math.max(1, Math.floor(publicLimit.max / 10)) };
  const asked = (query: { from?: string; to?: string }) => openDataPeriod(periodAsked(query, ctx.now()));
  const fileName = (from: string, to: string, extension: string) => `attachment; filename="ho-so-${from}-${to}.${extension}"`;

  return async (app) => {
    app.get(
      '/api/public/open-data/dossiers.csv',
      {
        config: { rule: 'public', rateLimit },
        schema: {
          tags: TAGS,
          summary: 'Dữ liệu mở: hồ sơ tiếp nhận trong kỳ (tối đa một năm), không có thông tin cá nhân — CSV',
          querystring: periodQuery,
          response: { 200: CsvResponse, ...Errors },
        },
      },
      async (request, reply) => {
        const period = asked(request.query);
        reply.type('text/csv; charset=utf-8').header('content-disposition', fileName(period.from, period.to, 'csv'));
        return streamed(reply, openDataCsv(openDataRows(ctx.db, period, ctx.now())));
      },
    );

    app.get(
      '/api/public/open-data/dossiers.json',
      {
        config: { rule: 'public', rateLimit },
        schema: {
          tags: TAGS,
          summary: 'Dữ liệu mở: hồ sơ tiếp nhận trong kỳ (tối đa một năm), không có thông tin cá nhân — JSON',
          querystring: periodQuery,
          response: { 200: OpenDataAnswer, ...Errors },
        },
      },
      async (request, reply) => {
        const period = asked(request.query);
        reply.type('application/json; charset=utf-8').header('content-disposition', fileName(period.from, period.to, 'json'));
        return streamed(reply, openDataJson(period, openDataRows(ctx.db, period, ctx.now())));
      },
    );
  };
}
