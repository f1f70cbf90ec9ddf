import { type FastifyPluginAsyncTypebox, type Static, Type } from '@fastify/type-provider-typebox';
import type { SwaggerTransform } from '@fastify/swagger';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../platform/actor.js';
import { officerActor } from '../../platform/authentication.js';
import { AppError } from '../../platform/errors.js';
import { anonymousQuotas } from '../../platform/quotas.js';
import { rateLimits } from '../../platform/rate-limits.js';
import type { RuleName } from '../../platform/rule-book.js';
import { MULTIPART_LIMITS, ScanForm, ScanUpload, StoredUpload, UPLOAD_BODY_LIMIT, UPLOAD_ERRORS } from './schema.js';
import { type ReceivedUpload, fileTooLarge, receivedAsJson, storeAnonymousFile, storeFile } from './service.js';

type UploadRequest = FastifyRequest<{ Body: Static<typeof ScanUpload> }>;

/**
 * The file of an upload: the `file` part of a multipart/form-data body, read as it streams in and
 * cut off at the size limit (the parser's limits, see acceptUploads), or the base64 content of
 * a JSON body.
 */
async function receivedUpload(request: UploadRequest): Promise<ReceivedUpload> {
  // Only a JSON body has been through the schema; text, or no body at all, is neither encoding.
  if (request.mediaType === 'application/json') return receivedAsJson(request.body);
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      'unsupported_upload_encoding',
      'Gửi tệp dạng multipart/form-data (trong phần "file") hoặc JSON (name, contentBase64).',
      'Send the file as multipart/form-data (in a "file" part) or as JSON (name, contentBase64).',
      'file',
    );
  }
  const part = await request.file();
  if (part?.fieldname !== 'file' || !part.filename) {
    throw new AppError(400, 'file_missing', 'Yêu cầu không có tệp: gửi tệp trong phần "file", kèm tên tệp.', 'No file: send it in the "file" part, with its file name.', 'file');
  }
  const chunks: Buffer[] = await part.file.toArray();
  if (part.file.truncated) throw fileTooLarge('file');
  return { name: part.filename, content: Buffer.concat(chunks), field: 'file' };
}

/**
 * A scan's upload body: multipart/form-data (what the web sends) or JSON with base64 content (for
 * API clients). Fastify validates the JSON; a multipart body is read by receivedUpload, and the
 * OpenAPI document shows both.
 */
const SCAN_BODY = { content: { 'application/json': { schema: ScanUpload } } };
const documentScanForm: SwaggerTransform = ({ schema, url }) => ({
  schema: { ...schema, body: { content: { 'multipart/form-data': { schema: ScanForm }, ...SCAN_BODY.content } } },
  url,
});

/**
 * Lets the routes of one plugin take multipart/form-data uploads, cut off at the size limit as
 * they stream in. Only there: the parser's hooks would otherwise run on every request.
 */
export const acceptUploads = (app: FastifyInstance) => app.register(multipart, MULTIPART_LIMITS);

/**
 * The route where a signed-in uploader, officer or citizen, sends a scan that then belongs to
 * them: the same body, size limit and answers for both; only who the uploader is differs.
 */
export function ownUploadRoute(
  ctx: AppContext,
  doc: { tags: string[]; summary: string; description: string },
  uploader: (request: FastifyRequest) => Actor,
  config: { rule: RuleName; rateLimit?: ReturnType<typeof rateLimits>['public'] },
) {
  return {
    bodyLimit: UPLOAD_BODY_LIMIT,
    config: { ...config, swaggerTransform: documentScanForm },
    schema: { ...doc, body: SCAN_BODY, response: { 201: StoredUpload, ...UPLOAD_ERRORS } },
    handler: async (request: UploadRequest, reply: FastifyReply) =>
      reply.status(201).send(await storeFile(ctx.db, ctx.blobStore, uploader(request), await receivedUpload(request))),
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
    await acceptUploads(app);
    app.post(
      '/api/v1/files',
      ownUploadRoute(
        ctx,
        {
          tags: ['files'],
          summary: 'Tải lên tệp scan / đính kèm (cán bộ)',
          description: 'The file can then be named only by officers of an agency of the uploader, in dossiers that agency handles.',
        },
        officerActor,
        { rule: 'signed-in-officer' },
      ),
    );

    app.post(
      '/api/public/files',
      {
        bodyLimit: UPLOAD_BODY_LIMIT,
        config: { rule: 'public', rateLimit: limits.public, swaggerTransform: documentScanForm },
        schema: {
          tags: ['files'],
          summary: 'Tải lên thành phần hồ sơ khi nộp trực tuyến không đăng nhập',
          description:
            'The file can then be named only with the uploadToken returned here. Each address may upload MOTCUA_ANONYMOUS_UPLOAD_MB_PER_HOUR megabytes an hour (429 quota_exceeded). Signed-in citizens upload to POST /api/citizen/files instead.',
          body: SCAN_BODY,
          response: { 201: AnonymousUpload, ...UPLOAD_ERRORS },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await storeAnonymousFile(ctx.db, ctx.blobStore, request.ip, await receivedUpload(request as UploadRequest), { of: quotas.uploadBytes, now: ctx.now() })),
    );
  };
}
