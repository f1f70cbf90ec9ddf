import { BlockList, isIP } from 'node:net';
import { type FastifyPluginAsyncTypebox, type Static, Type } from '@fastify/type-provider-typebox';
import { IPN_ANSWERS } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { AppError, errorResponseSchema, notFound } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { authorize } from '../../platform/rule-book.js';
import type { PaymentGateway } from './gateway.js';
import { GATEWAY, ownDossier, receiveIpn, returnFromGateway, startOnlinePayment } from './online.js';
import { recordRefund } from './refunds.js';
import {
  CitizenPaymentSchema,
  DossierParams,
  GatewayParam,
  GatewayParams,
  GatewayReturnSchema,
  IpnAnswerSchema,
  LineParams,
  NoteBody,
  OnlinePaymentSchema,
  OrderParams,
  RefundBody,
  RefundSchema,
  ResolveBody,
  StatementBody,
  StatementImportSchema,
  StatementLineSchema,
  StatementLinesSchema,
} from './schema.js';
import { importStatement, openStatementLines, resolveStatementLine } from './statements.js';
import { refundUnapplied } from './unapplied.js';
import { citizenPayment, officerPayment } from './view.js';
import { vnpayPatternGateway } from './vnpay-pattern.js';

const TAGS = ['payments'];

/** Whether an address may call the IPN: any while no range is configured, else those in the ranges. */
function ipnAllowList(ranges: readonly string[]): (ip: string) => boolean {
  if (ranges.length === 0) return () => true;
  const list = new BlockList();
  for (const range of ranges) {
    const [address, bits] = range.split('/') as [string, string | undefined];
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  // An IPv4 caller may reach a dual-stack socket as ::ffff:a.b.c.d.
  return (ip) => {
    const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    return isIP(plain) !== 0 && list.check(plain, isIP(plain) === 6 ? 'ipv6' : 'ipv4');
  };
}
const errors = (...statuses: Array<400 | 401 | 403 | 404 | 409 | 429>) => Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));

/** The configured gateway, if any. */
export const configuredGateway = (ctx: AppContext): PaymentGateway | undefined => ctx.config.payments.gateway && vnpayPatternGateway(ctx.config.payments.gateway);

/**
 * Paying fees: the citizen's view of what their dossier owes and the trip to the gateway; the
 * gateway's IPN and the payer's return; the officers' import of bank statements, their decisions
 * on what did not match, and refunds.
 */
export function paymentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  const gateway = configuredGateway(ctx);
  const fromGateway = ipnAllowList(ctx.config.payments.ipnAllowedRanges);
  const gatewayNamed = (name: string) => {
    if (!gateway || gateway.name !== name) throw notFound(GATEWAY);
    return gateway;
  };
  return async (app) => {
    // Gateways post their IPN as a form as often as in the query string.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    app.get(
      '/api/citizen/dossiers/:code/payment',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Phí, lệ phí hồ sơ của tôi phải nộp, và cách nộp (trực tuyến, chuyển khoản VietQR)',
          params: DossierParams,
          response: { 200: CitizenPaymentSchema, ...errors(401, 404) },
        },
      },
      async (request) => citizenPayment(ctx, gateway, requireCitizen(request).id, request.params.code),
    );

    app.get(
      '/api/v1/dossiers/:code/payment',
      {
        config: { rule: 'see-dossier' },
        schema: {
          tags: TAGS,
          summary: 'Phí, lệ phí của hồ sơ: số phải nộp, đã nộp (trực tuyến, chuyển khoản), hoàn trả',
          params: DossierParams,
          response: { 200: CitizenPaymentSchema, ...errors(401, 403, 404) },
        },
      },
      async (request) => officerPayment(ctx, officerActor(request), request.params.code),
    );

    app.post(
      '/api/citizen/dossiers/:code/payment/online',
      {
        config: { rule: 'citizen-themself', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Thanh toán trực tuyến: chuyển đến cổng thanh toán',
          description: 'A new order at the gateway for the fee the dossier owes; the browser goes to `redirectUrl`. 409 `no_fee_due` when nothing is owed.',
          params: DossierParams,
          response: { 200: OnlinePaymentSchema, ...errors(401, 403, 404, 409, 429) },
        },
      },
      async (request) => {
        if (!gateway) throw notFound(GATEWAY);
        const dossier = await ownDossier(ctx.db, requireCitizen(request).id, request.params.code);
        return startOnlinePayment(ctx, gateway, dossier, request.ip);
      },
    );

    app.post(
      '/api/public/payments/:gateway/ipn',
      {
        config: { rule: 'payment-gateway' },
        schema: {
          tags: TAGS,
          summary: 'IPN: cổng thanh toán xác nhận giao dịch (máy chủ tới máy chủ)',
          description:
            'The gateway’s signed parameters (vnp_…), in the query string, a form or a JSON object. Always 200 with the answer code the gateway expects; only this call confirms a payment.',
          params: GatewayParam,
          querystring: GatewayParams,
          // Most gateways send no body at all.
          body: Type.Unsafe<Static<typeof GatewayParams> | null>({ ...GatewayParams, nullable: true }),
          response: { 200: IpnAnswerSchema, ...errors(400, 403, 404) },
        },
      },
      async (request) => {
        if (!fromGateway(request.ip)) {
          request.log.warn({ ip: request.ip }, 'IPN from an address outside MOTCUA_PAYMENT_IPN_ALLOW');
          throw new AppError(403, 'not_from_gateway', 'Địa chỉ gọi không thuộc cổng thanh toán.', 'This address is not one the payment gateway calls from.');
        }
        const named = gatewayNamed(request.params.gateway);
        try {
          return await receiveIpn(ctx, named, { ...request.query, ...(request.body ?? {}) }, request.ip);
        } catch (error) {
          request.log.error(error, 'IPN failed');
          return IPN_ANSWERS.otherError;
        }
      },
    );

    app.get(
      '/api/public/payments/:gateway/return',
      {
        config: { rule: 'payment-gateway', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Kết quả thanh toán khi cổng thanh toán chuyển người nộp về (theo IPN đã nhận)',
          description: 'The signed parameters the gateway sent the payer back with. What it says is not taken: the answer is what the IPN made of the order.',
          params: GatewayParam,
          querystring: GatewayParams,
          response: { 200: GatewayReturnSchema, ...errors(400, 404, 429) },
        },
      },
      async (request, reply) => {
        // It names the payer's dossier: no cache keeps it.
        reply.header('cache-control', 'no-store');
        return returnFromGateway(ctx.db, gatewayNamed(request.params.gateway), request.query);
      },
    );

    app.post(
      '/api/v1/payments/statements',
      {
        config: { rule: 'reconcile-payments' },
        bodyLimit: 6_000_000,
        schema: {
          tags: TAGS,
          summary: 'Nhập sao kê tài khoản thu phí (CSV) để đối soát chuyển khoản VietQR',
          body: StatementBody,
          response: { 200: StatementImportSchema, ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        authorize(request, 'reconcile-payments', null);
        return importStatement(ctx, officerActor(request), request.body.content);
      },
    );

    app.get(
      '/api/v1/payments/statement-lines',
      {
        config: { rule: 'reconcile-payments' },
        schema: { tags: TAGS, summary: 'Các dòng sao kê chưa khớp, chờ cán bộ xử lý', response: { 200: StatementLinesSchema, ...errors(401, 403) } },
      },
      async (request) => {
        authorize(request, 'reconcile-payments', null);
        return openStatementLines(ctx.db);
      },
    );

    app.post(
      '/api/v1/payments/statement-lines/:id/resolution',
      {
        config: { rule: 'reconcile-payments' },
        schema: {
          tags: TAGS,
          summary: 'Xử lý một dòng sao kê chưa khớp: ghi nhận nộp phí cho hồ sơ, hoàn trả, hoặc không phải tiền phí',
          params: LineParams,
          body: ResolveBody,
          response: { 200: StatementLineSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        authorize(request, 'reconcile-payments', null);
        return resolveStatementLine(ctx, officerActor(request), request.params.id, request.body);
      },
    );

    app.post(
      '/api/v1/payments/gateway-payments/:orderRef/refund',
      {
        config: { rule: 'reconcile-payments' },
        schema: {
          tags: TAGS,
          summary: 'Ghi nhận đã hoàn trả khoản cổng thanh toán thu cho khoản phí không còn phải nộp',
          params: OrderParams,
          body: NoteBody,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        await refundUnapplied(ctx, officerActor(request), request.params.orderRef, request.body.note);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/payments/refunds',
      {
        config: { rule: 'reconcile-payments' },
        schema: {
          tags: TAGS,
          summary: 'Ghi nhận hoàn trả phí, lệ phí khi hồ sơ bị từ chối sau khi đã nộp',
          body: RefundBody,
          response: { 200: RefundSchema, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => recordRefund(ctx, officerActor(request), request.body),
    );
  };
}
