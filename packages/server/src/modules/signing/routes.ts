import { type FastifyPluginAsyncTypebox, type TSchema, Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import type { RuleName } from '../../platform/rule-book.js';
import { writeErrors } from '../../platform/schemas.js';
import { FileBody, UPLOAD_BODY_LIMIT } from '../files/index.js';
import { configureCredential, describeCredential, retireCredential, trustBundlePem } from './credentials.js';
import { type ImageOwner, configureOfficerPkcs12, configureOfficerRemote, describeOfficerSigning, officerSignatureImage, storeSignatureImage } from './personal.js';

const TAGS = ['signing'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

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

/** An officer's signature and an agency's seal are uploaded alike, each by its owner's administrators. */
const IMAGE_UPLOADS: { path: string; summary: string; owner: (id: string) => ImageOwner }[] = [
  {
    path: '/api/v1/officers/:id/signature-image',
    summary: 'Tải lên ảnh chữ ký của cán bộ (PNG nền trong suốt, màu xanh; quản trị)',
    owner: (officerId) => ({ kind: 'officer', officerId }),
  },
  {
    path: '/api/v1/agencies/:id/seal-image',
    summary: 'Tải lên ảnh con dấu của cơ quan (PNG nền trong suốt, màu đỏ; quản trị)',
    owner: (agencyId) => ({ kind: 'agency', agencyId }),
  },
];

/** The options of a route about one agency or officer (:id): the rule it answers to, what it says, and its answers besides the errors. */
function aboutOne<const Answers extends Record<number, TSchema>, const More extends { description?: string; body?: TSchema }>(
  rule: RuleName,
  summary: string,
  answers: Answers,
  more: More,
) {
  return { config: { rule }, schema: { tags: TAGS, summary, params: IdParams, response: { ...answers, ...writeErrors }, ...more } };
}

export function signingRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    app.put(
      '/api/v1/agencies/:id/signing-credential',
      {
        ...aboutOne('administer-agencies', 'Cấu hình chứng thư số ký kết quả của cơ quan (tệp .p12/.pfx và mật khẩu; quản trị)', { 200: Credential }, {
          description:
            'The file must open with the password, hold a private key, and its certificate must be valid now and chain (through the ' +
            'intermediates the file carries) to a trust anchor of the installation, else 400 signing_certificate_untrusted. It replaces the ' +
            'current credential. The file and the password are sealed at rest and never returned.',
          body: Type.Object({
            pkcs12Base64: Type.String({ minLength: 4, description: 'The .p12/.pfx file, base64' }),
            password: Type.String({ maxLength: 1000 }),
          }),
        }),
        bodyLimit: UPLOAD_BODY_LIMIT,
      },
      async (request) => configureCredential(ctx, officerActor(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/agencies/:id/signing-credential',
      aboutOne('see-signing-credential', 'Chứng thư số ký kết quả của cơ quan (chủ thể, tổ chức cấp, thời hạn)', { 200: Credential }, {
        description: 'For the agency’s administrators and leaders.',
      }),
      async (request) => describeCredential(ctx, officerActor(request), request.params.id),
    );

    app.delete(
      '/api/v1/agencies/:id/signing-credential',
      aboutOne('administer-agencies', 'Ngừng sử dụng chứng thư số của cơ quan (quản trị)', { 204: Type.Null() }, {
        description: 'Until a new one is configured, approvals at the agency fail with signing_certificate_missing.',
      }),
      async (request, reply) => {
        await retireCredential(ctx, officerActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/v1/officers/:id/signing-method',
      {
        ...aboutOne(
          'administer-agencies',
          'Cấu hình ký số cá nhân của cán bộ: tệp .p12/.pfx do hệ thống giữ, hoặc tài khoản tại dịch vụ ký số từ xa (quản trị)',
          { 200: OfficerSigning },
          {
            description:
              'pkcs12: the file must open with the password and hold a key. remote: the service is asked for the account’s certificate ' +
              '(400 remote_account_unknown, 502 remote_signing_unavailable). Either way the certificate must be valid now and chain to a trust ' +
              'anchor (400 signing_certificate_untrusted). A leader whose signing is remote approves results by confirming on their phone.',
            body: OfficerSigningBody,
          },
        ),
        bodyLimit: UPLOAD_BODY_LIMIT,
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
      aboutOne('officer-signing', 'Cán bộ ký số cá nhân bằng gì: chứng thư số, dịch vụ ký số từ xa', { 200: OfficerSigning }, {}),
      async (request) => describeOfficerSigning(ctx, officerActor(request), request.params.id),
    );

    app.get(
      '/api/v1/officers/:id/signature-image',
      aboutOne('officer-signing', 'Ảnh chữ ký của cán bộ (PNG)', { 200: FileBody('PNG') }, {}),
      async (request, reply) => reply.type('image/png').send(Buffer.from(await officerSignatureImage(ctx, officerActor(request), request.params.id))),
    );

    for (const upload of IMAGE_UPLOADS) {
      app.put(
        upload.path,
        aboutOne('administer-agencies', upload.summary, { 200: ImageFacts }, { body: PngBody }),
        async (request) => storeSignatureImage(ctx, officerActor(request), upload.owner(request.params.id), request.body.pngBase64),
      );
    }

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
