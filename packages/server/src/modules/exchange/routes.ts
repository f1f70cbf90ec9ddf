import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { EXCHANGE_LIMITS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { component } from '../../platform/components.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { authorize } from '../../platform/rule-book.js';
import { Name, Nullable, writeErrors } from '../../platform/schemas.js';
import { rootAgencyIds } from '../agencies/index.js';
import { exchangeIdentity } from './identity.js';
import { listPeers, registerPeer, removePeer, updatePeer } from './peers.js';
import { type ReceivedPackageHandler, receivePackage } from './receiving.js';
import { sentDocumentCourse } from './sent.js';
import { CERTIFICATE_HEADER, PACKAGES_PATH, PACKAGE_CONTENT_TYPE, SIGNATURE_HEADER } from './transport.js';

const AgencyCodes = Type.Array(Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$' }), { maxItems: 2000, description: 'Mã định danh cơ quan (ddd.dd.dd.Xdd)' });
const CertificatePem = Type.String({ minLength: 1, maxLength: 20_000, description: 'PEM, -----BEGIN CERTIFICATE-----' });

const PeerBody = component(
  'ExchangePeerInput',
  Type.Object({
    name: Name(300),
    baseUrl: Type.String({ minLength: 1, maxLength: 500, description: 'https://host of the peer; plain http only for this machine' }),
    certificatePem: CertificatePem,
    agencyCodes: AgencyCodes,
  }, { additionalProperties: false }),
);

const PeerSchema = component(
  'ExchangePeer',
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    baseUrl: Type.String(),
    certificatePem: Type.String(),
    fingerprintSha256: Type.String(),
    agencyCodes: Type.Array(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  }),
);

const PeerId = Type.Object({ peerId: Type.String({ format: 'uuid' }) });

const Instant = Type.String({ format: 'date-time' });
const SentDocumentSchema = component(
  'SentDocumentPackage',
  Type.Object({
    packageId: Type.String({ format: 'uuid' }),
    senderCode: Type.String(),
    recipient: Type.Object({ agencyCode: Type.String(), name: Type.String() }),
    sentAt: Instant,
    deliveredAt: Nullable(Instant),
    givenUpAt: Nullable(Instant),
    lastError: Nullable(Type.String()),
    lastStatus: Nullable(Type.String()),
    statuses: Type.Array(
      Type.Object({
        packageId: Type.String({ format: 'uuid' }),
        status: Type.String({ description: 'arrived, refused, accepted, assigned, in_progress, finished' }),
        reason: Nullable(Type.String()),
        sentAt: Instant,
        receivedAt: Instant,
      }),
    ),
    followUps: Type.Array(
      Type.Object({ packageId: Type.String({ format: 'uuid' }), action: Type.String({ description: 'recall, update' }), reason: Type.String(), sentAt: Instant, deliveredAt: Nullable(Instant), givenUpAt: Nullable(Instant) }),
    ),
  }),
);

const TAGS = ['exchange'];

/**
 * Exchange between installations: the package endpoint peers call (authenticated by the
 * package's signature, no session), this installation's identity, and the administration of peers.
 */
export function exchangeRoutes(ctx: AppContext, handler: ReceivedPackageHandler): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    // The body is kept as bytes: the signature is over them exactly as they came.
    app.addContentTypeParser(PACKAGE_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: EXCHANGE_LIMITS.packageBytes }, (_request, body, done) => done(null, body));

    app.post(
      PACKAGES_PATH,
      {
        bodyLimit: EXCHANGE_LIMITS.packageBytes,
        config: { rule: 'exchange-peer', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Nhận gói tin (văn bản, trạng thái, thu hồi/cập nhật) từ hệ thống ngang hàng',
          description:
            `Body: the package's XML (${PACKAGE_CONTENT_TYPE}, modelled on edXML). Headers: ${CERTIFICATE_HEADER} (SHA-256 of the sender's registered certificate, hex) ` +
            `and ${SIGNATURE_HEADER} (base64 signature with SHA-256 over the exact body). Refused, logged and not kept: 401 exchange_signature_missing or ` +
            'exchange_signature_invalid, 403 exchange_peer_unknown or exchange_sender_not_served, 400 exchange_<problem> for a malformed package, ' +
            '422 exchange_recipient_unknown or exchange_unknown_reference, 409 exchange_package_conflict. The same package sent again gets the same answer.',
          headers: Type.Object({ [SIGNATURE_HEADER]: Type.Optional(Type.String({ maxLength: 2000 })), [CERTIFICATE_HEADER]: Type.Optional(Type.String({ maxLength: 64 })) }),
          response: {
            200: Type.Object({ packageId: Type.String({ format: 'uuid' }), kind: Type.String(), receivedAt: Type.String({ format: 'date-time' }) }),
            400: errorResponseSchema,
            401: errorResponseSchema,
            403: errorResponseSchema,
            409: errorResponseSchema,
            413: errorResponseSchema,
            415: errorResponseSchema,
            422: errorResponseSchema,
          },
        },
      },
      async (request) =>
        receivePackage(ctx, handler, {
          body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          signature: request.headers[SIGNATURE_HEADER],
          certificateSha256: request.headers[CERTIFICATE_HEADER],
          ip: request.ip,
        }),
    );

    app.get(
      '/api/exchange/v1/peers/self',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Danh tính của hệ thống này: tên, địa chỉ, chứng thư số và các cơ quan phục vụ, để hệ thống khác đăng ký làm hệ thống ngang hàng',
          response: {
            200: Type.Object({
              name: Type.String(),
              baseUrl: Type.String(),
              certificatePem: Type.String(),
              fingerprintSha256: Type.String(),
              agencyCodes: Type.Array(Type.String()),
            }),
          },
        },
      },
      async () => {
        const identity = await exchangeIdentity(ctx.db, ctx.signing, ctx.now());
        const { rows } = await ctx.db.query<{ code: string }>('SELECT code FROM agency_directory WHERE abolished_on IS NULL ORDER BY code');
        return {
          name: identity.name,
          baseUrl: ctx.config.publicUrl,
          certificatePem: identity.certificatePem,
          fingerprintSha256: identity.fingerprintSha256,
          agencyCodes: rows.map((row) => row.code),
        };
      },
    );

    app.get(
      '/api/v1/exchange/sent/:packageId',
      {
        config: { rule: 'see-documents' },
        schema: {
          tags: TAGS,
          summary: 'Tình trạng một văn bản đã gửi điện tử: đã chuyển chưa, các trạng thái bên nhận báo về, thu hồi và cập nhật',
          params: Type.Object({ packageId: Type.String({ format: 'uuid' }) }),
          response: { 200: SentDocumentSchema, 401: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request) => sentDocumentCourse(ctx.db, officerActor(request).officer, request.params.packageId),
    );

    const authorizeAdministrator = async (request: Parameters<typeof officerActor>[0]) => {
      authorize(request, 'administer-exchange-peers', await rootAgencyIds(ctx.db));
      return officerActor(request);
    };

    app.get(
      '/api/v1/exchange/peers',
      {
        config: { rule: 'administer-exchange-peers' },
        schema: { tags: TAGS, summary: 'Các hệ thống ngang hàng đã đăng ký', response: { 200: Type.Array(PeerSchema), 401: errorResponseSchema, 403: errorResponseSchema } },
      },
      async (request) => {
        await authorizeAdministrator(request);
        return listPeers(ctx.db);
      },
    );

    app.post(
      '/api/v1/exchange/peers',
      {
        config: { rule: 'administer-exchange-peers' },
        schema: {
          tags: TAGS,
          summary: 'Đăng ký một hệ thống ngang hàng và các cơ quan nó phục vụ',
          description: 'Refused with 409 exchange_agency_code_taken (another peer serves the code), exchange_agency_code_is_ours, exchange_peer_certificate_taken.',
          body: PeerBody,
          response: { 201: PeerSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const actor = await authorizeAdministrator(request);
        return reply.status(201).send(await registerPeer(ctx.db, actor, request.body));
      },
    );

    app.put(
      '/api/v1/exchange/peers/:peerId',
      {
        config: { rule: 'administer-exchange-peers' },
        schema: { tags: TAGS, summary: 'Sửa một hệ thống ngang hàng (địa chỉ, chứng thư, các cơ quan)', params: PeerId, body: PeerBody, response: { 200: PeerSchema, ...writeErrors } },
      },
      async (request) => updatePeer(ctx.db, await authorizeAdministrator(request), request.params.peerId, request.body),
    );

    app.delete(
      '/api/v1/exchange/peers/:peerId',
      {
        config: { rule: 'administer-exchange-peers' },
        schema: {
          tags: TAGS,
          summary: 'Xoá một hệ thống ngang hàng',
          params: PeerId,
          response: { 204: Type.Null(), 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        await removePeer(ctx.db, await authorizeAdministrator(request), request.params.peerId);
        return reply.status(204).send(null);
      },
    );
  };
}
