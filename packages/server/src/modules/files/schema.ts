import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { MAX_FILE_BYTES } from './service.js';

/** A file sent as JSON: its name and its content in base64. */
export const UploadBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 255 }),
  contentBase64: Type.String({ minLength: 4, description: 'At most 10 MB; the accepted types depend on the endpoint' }),
});

/** A scan or photo of a document handed in with a dossier. */
export const ScanUpload = Type.Object({ ...UploadBody.properties, contentBase64: Type.String({ minLength: 4, description: 'PDF, JPEG or PNG, at most 10 MB' }) });

/** A scan sent as multipart/form-data, as the web sends it: for the OpenAPI document (routes.ts reads the part as it streams in). */
export const ScanForm = Type.Object({
  file: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PDF, JPEG or PNG, at most 10 MB, under its own file name' }),
});

/** What a list of files shows of each: the name it was uploaded under, its type and size. */
export const FileFactsSchema = component('FileFacts', Type.Object({ id: Type.String(), name: Type.String(), contentType: Type.String(), size: Type.Integer() }));

/** A stored upload, as its uploader gets it back. */
export const StoredUpload = component('StoredUpload', Type.Object({ ...FileFactsSchema.properties, sha256: Type.String() }));

export const UPLOAD_ERRORS = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema, 422: errorResponseSchema, 429: errorResponseSchema };

/** What one multipart upload may hold, enforced by the parser as the body streams in (@fastify/multipart, registered in app.ts). */
export const MULTIPART_LIMITS = { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 11 }, throwFileSizeLimit: false };

// Base64 is 4/3 of the file, plus the JSON around it.
export const UPLOAD_BODY_LIMIT = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

/** A download's body, for the OpenAPI document. */
export const FileBody = (description: string) => Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description });
