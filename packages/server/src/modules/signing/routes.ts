import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { UPLOAD_BODY_LIMIT } from '../files/index.js';
import { configureCredential, describeCredential, retireCredential, trustBundlePem } from './credentials.js';

const TAGS = ['signing'];
const AgencyParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const Credential = component('SigningCredential', Type.Object({
  id: Type.String(),
  agencyId: Type.String(),
  subject: Type.String({ description: 'RFC 4514, e.g. CN=Ủy ban nhân dân xã Hòa Bình, O=…, C=VN' }),
  commonName: Type.String(),
  issuer: Type.String(),
  serialNumber: Type.String(),
  notBefore: Type.String(),
  notAfter: Type.String(),
  fingerprintSha256: Type.String(),
  configuredAt: Type.String(),
  expired: Type.Boolean(),
}));

export function signingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.put(
      '/api/v1/agencies/:id/signing-credential',
      {
        config: { rule: 'administer-agencies' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Cấu hình chứng thư số ký kết quả của cơ quan (tệp .p12/.pfx và mật khẩu; quản trị)',
          description:
            'The file must open with the password, hold a private key, and its certificate must be valid now and chain (through the ' +
            'intermediates the file carries) to a trust anchor of the installation, else 400 signing_certificate_untrusted. It replaces the ' +
            'current credential. The file and the password are sealed at rest and never returned.',
          params: AgencyParams,
          body: Type.Object({
            pkcs12Base64: Type.String({ minLength: 4, description: 'The .p12/.pfx file, base64' }),
            password: Type.String({ maxLength: 1000 }),
          }),
          response: { 200: Credential, ...writeErrors },
        },
      },
      async (request) => configureCredential(ctx, officerActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/agencies/:id/signing-credential',
      {
        config: { rule: 'see-signing-credential' },
        schema: {
          tags: TAGS,
          summary: 'Chứng thư số ký kết quả của cơ quan (chủ thể, tổ chức cấp, thời hạn)',
          description: 'For the agency’s administrators and leaders.',
          params: AgencyParams,
          response: { 200: Credential, ...writeErrors },
        },
      },
      async (request) => describeCredential(ctx, officerActor(request), request.params.id),
    );

    app.delete(
      '/api/v1/agencies/:id/signing-credential',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: TAGS,
          summary: 'Ngừng sử dụng chứng thư số của cơ quan (quản trị)',
          description: 'Until a new one is configured, approvals at the agency fail with signing_certificate_missing.',
          params: AgencyParams,
          response: { 204: Type.Null(), ...writeErrors },
        },
      },
      async (request, reply) => {
        await retireCredential(ctx, officerActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/public/signing-ca.pem',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Chứng thư số gốc của các cơ quan ký kết quả (PEM), để thêm vào kho tin cậy',
          description:
            'The installation’s trust anchors (MOTCUA_TRUST_ANCHORS, and the demo CA while the demo is on), to which every agency’s certificate must chain; never an agency’s upload.',
          response: { 200: Type.String({ description: 'PEM certificates' }), 404: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (_request, reply) =>
        reply
          .type('application/x-pem-file')
          .header('content-disposition', 'attachment; filename="motcua-signing-ca.pem"')
          .send(await trustBundlePem(ctx)),
    );
  };
}
