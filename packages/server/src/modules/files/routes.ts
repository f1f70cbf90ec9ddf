import { type FastifyPluginAsyncTypebox, type Static, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { officerActor } from '../../platform/authentication.js';
import { anonymousQuotas } from '../../platform/quotas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { ScanUpload, StoredUpload, UPLOAD_BODY_LIMIT, UPLOAD_ERRORS } from './schema.js';
import { storeAnonymousFile, storeFile } from './service.js';

/**
 * The route where a signed-in uploader, officer or citizen, sends a scan that then belongs to
 * them: the same body, size limit and answers for both; only who the uploader is differs.
 */
export function ownUploadRoute(
  db: Database,
  doc: { tags: string[]; summary: string; description: string },
  uploader: (request: FastifyRequest) => Actor,
  config?: { rateLimit: ReturnType<typeof rateLimits>['public'] },
) {
  return {
    bodyLimit: UPLOAD_BODY_LIMIT,
    ...(config && { config }),
    schema: { ...doc, body: ScanUpload, response: { 201: StoredUpload, ...UPLOAD_ERRORS } },
    handler: async (request: FastifyRequest<{ Body: Static<typeof ScanUpload> }>, reply: FastifyReply) =>
      reply.status(201).send(await storeFile(db, uploader(request), request.body)),
  };
}

const AnonymousUpload = Type.Object({
  ...StoredUpload.properties,
  uploadToken: Type.String({ description: 'Secret that proves the upload is yours: send it in uploadTokens with the submission or the supplement that names the file' }),
});

export function fileRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  const quotas = anonymousQuotas(ctx.config);
  return async (app) => {
    app.post(
      '/api/v1/files',
      ownUploadRoute(
        ctx.db,
        {
          tags: ['files'],
          summary: 'Tải lên tệp scan / đính kèm (cán bộ)',
          description: 'The file can then be named only by officers of an agency of the uploader, in dossiers that agency handles.',
        },
        officerActor,
      ),
    );

    app.post(
      '/api/public/files',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { rateLimit: limits.public },
        schema: {
          tags: ['files'],
          summary: 'Tải lên thành phần hồ sơ khi nộp trực tuyến không đăng nhập',
          description:
            'The file can then be named only with the uploadToken returned here. Each address may upload MOTCUA_ANONYMOUS_UPLOAD_MB_PER_HOUR megabytes an hour (429 quota_exceeded). Signed-in citizens upload to POST /api/citizen/files instead.',
          body: ScanUpload,
          response: { 201: AnonymousUpload, ...UPLOAD_ERRORS },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await storeAnonymousFile(ctx.db, request.ip, request.body, { of: quotas.uploadBytes, now: ctx.now() })),
    );
  };
}
