import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { FileBody, UPLOAD_BODY_LIMIT } from '../files/index.js';
import { configureCredential, describeCredential, retireCredential, trustBundlePem } from './credentials.js';
import { configureOfficerPkcs12, configureOfficerRemote, describeOfficerSigning, officerSignatureImage, storeSignatureImage } from './personal.js';

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

const OfficerParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const OfficerSigning = component('OfficerSigning', Type.Object({
  officerId: Type.String(),
  method: Type.Enum(['pkcs12', 'remote'] as const),
  remote: Type.Union([Type.Object({ serviceUrl: Type.String(), accountId: Type.String() }), Type.Null()]),
  subject: Type.String({ description: 'RFC 4514, e.g. CN=Nguyễn Thị Hường, O=Ủy ban nhân dân xã Hòa Bình, C=VN' }),
  commonName: Type.String(),
  issuer: Type.String(),
  notAfter: Type.String(),
  fingerprintSha256: Type.String(),
  configuredAt: Type.String(),
}));

const OfficerSigningBody = Type.Union([
  Type.Object({
    method: Type.Literal('pkcs12'),
    pkcs12Base64: Type.String({ minLength: 4, description: 'The officer’s own .p12/.pfx file, base64' }),
    password: Type.String({ maxLength: 1000 }),
  }),
  Type.Object({
    method: Type.Literal('remote'),
    serviceUrl: Type.String({ format: 'uri', maxLength: 500, description: 'The remote signing service’s base address' }),
    accountId: Type.String({ minLength: 1, maxLength: 200, description: 'The officer’s account at the service' }),
  }),
]);

const PngBody = Type.Object({ pngBase64: Type.String({ minLength: 8, description: 'A transparent PNG, base64' }) });
const ImageFacts = Type.Object({ width: Type.Integer(), height: Type.Integer() });

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

    app.put(
      '/api/v1/officers/:id/signing-method',
      {
        config: { rule: 'administer-agencies' },
        bodyLimit: UPLOAD_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Cấu hình ký số cá nhân của cán bộ: tệp .p12/.pfx do hệ thống giữ, hoặc tài khoản tại dịch vụ ký số từ xa (quản trị)',
          description:
            'pkcs12: the file must open with the password and hold a key. remote: the service is asked for the account’s certificate ' +
            '(400 remote_account_unknown, 502 remote_signing_unavailable). Either way the certificate must be valid now and chain to a trust ' +
            'anchor (400 signing_certificate_untrusted). A leader whose signing is remote approves results by confirming on their phone.',
          params: OfficerParams,
          body: OfficerSigningBody,
          response: { 200: OfficerSigning, ...writeErrors },
        },
      },
      async (request) => {
        const body = request.body;
        return body.method === 'pkcs12'
          ? configureOfficerPkcs12(ctx, officerActor(request), request.params.id, body)
          : configureOfficerRemote(ctx, officerActor(request), request.params.id, { serviceUrl: body.serviceUrl, accountId: body.accountId });
      },
    );

    app.get(
      '/api/v1/officers/:id/signing-method',
      {
        config: { rule: 'officer-signing' },
        schema: {
          tags: TAGS,
          summary: 'Cán bộ ký số cá nhân bằng gì: chứng thư số, dịch vụ ký số từ xa',
          params: OfficerParams,
          response: { 200: OfficerSigning, ...writeErrors },
        },
      },
      async (request) => describeOfficerSigning(ctx, officerActor(request), request.params.id),
    );

    app.put(
      '/api/v1/officers/:id/signature-image',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: TAGS,
          summary: 'Tải lên ảnh chữ ký của cán bộ (PNG nền trong suốt, màu xanh; quản trị)',
          params: OfficerParams,
          body: PngBody,
          response: { 200: ImageFacts, ...writeErrors },
        },
      },
      async (request) => storeSignatureImage(ctx, officerActor(request), { kind: 'officer', officerId: request.params.id }, request.body.pngBase64),
    );

    app.get(
      '/api/v1/officers/:id/signature-image',
      {
        config: { rule: 'officer-signing' },
        schema: {
          tags: TAGS,
          summary: 'Ảnh chữ ký của cán bộ (PNG)',
          params: OfficerParams,
          response: { 200: FileBody('PNG'), ...writeErrors },
        },
      },
      async (request, reply) => reply.type('image/png').send(Buffer.from(await officerSignatureImage(ctx, officerActor(request), request.params.id))),
    );

    app.put(
      '/api/v1/agencies/:id/seal-image',
      {
        config: { rule: 'administer-agencies' },
        schema: {
          tags: TAGS,
          summary: 'Tải lên ảnh con dấu của cơ quan (PNG nền trong suốt, màu đỏ; quản trị)',
          params: AgencyParams,
          body: PngBody,
          response: { 200: ImageFacts, ...writeErrors },
        },
      },
      async (request) => storeSignatureImage(ctx, officerActor(request), { kind: 'agency', agencyId: request.params.id }, request.body.pngBase64),
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
