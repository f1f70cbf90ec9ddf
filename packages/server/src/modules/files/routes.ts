import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { MAX_FILE_BYTES, storeFile } from './service.js';

const Upload = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 255 }),
  contentBase64: Type.String({ minLength: 4, description: 'PDF, JPEG or PNG, at most 10 MB' }),
});
const Stored = Type.Object({ id: Type.String(), name: Type.String(), contentType: Type.String(), size: Type.Integer(), sha256: Type.String() });
const Errors = { 400: errorResponseSchema, 401: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 429: errorResponseSchema };
// Base64 is 4/3 of the file, plus the JSON around it.
const BODY_LIMIT = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

export function fileRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.post(
      '/api/v1/files',
      { bodyLimit: BODY_LIMIT, schema: { tags: ['files'], summary: 'Tải lên tệp scan / đính kèm (cán bộ)', body: Upload, response: { 201: Stored, ...Errors } } },
      async (request, reply) => reply.status(201).send(await storeFile(ctx.db, officerActor(request), request.body)),
    );

    app.post(
      '/api/public/files',
      {
        bodyLimit: BODY_LIMIT,
        config: { rateLimit: limits.public },
        schema: { tags: ['files'], summary: 'Tải lên thành phần hồ sơ khi nộp trực tuyến', body: Upload, response: { 201: Stored, ...Errors } },
      },
      async (request, reply) => reply.status(201).send(await storeFile(ctx.db, { kind: 'applicant', name: 'Người nộp trực tuyến', ip: request.ip }, request.body)),
    );
  };
}
