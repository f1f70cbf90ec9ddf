import { randomInt } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { type GatewayParams, amountInFigures, hasValidSignature, sign } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { SIMULATOR_PATH } from '../../config.js';
import { hmacSha512 } from './hmac.js';
import { gatewayDate, signedQuery } from './vnpay-pattern.js';

// The gateway's pages, not MotCua's API: they stay out of its OpenAPI document.
const NOT_THE_API = { schema: { hide: true } };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const page = (reply: FastifyReply, status: number, title: string, body: string) =>
  reply
    .status(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`);

/** The gateway's result for an order, signed: 00 paid, 24 cancelled by the payer (as the common pattern codes them). */
export function simulatedResult(order: GatewayParams, paid: boolean, at: Date, secret: string): Record<string, string> {
  return sign(
    {
      vnp_TmnCode: order.vnp_TmnCode ?? '',
      vnp_Amount: order.vnp_Amount ?? '',
      vnp_BankCode: 'NCB',
      vnp_CardType: 'ATM',
      vnp_OrderInfo: order.vnp_OrderInfo ?? '',
      vnp_PayDate: gatewayDate(at),
      vnp_ResponseCode: paid ? '00' : '24',
      vnp_TransactionNo: String(randomInt(10_000_000, 100_000_000)),
      vnp_TransactionStatus: paid ? '00' : '02',
      vnp_TxnRef: order.vnp_TxnRef ?? '',
    },
    secret,
    hmacSha512,
  );
}

/**
 * A payment gateway for the demo and the tests, served under /demo/cong-thanh-toan by this server
 * when MOTCUA_PAYMENT_SIMULATOR is on: it checks the merchant's signed order, lets the payer pay or
 * cancel, calls the IPN server to server, then sends the payer back by a signed redirect, as a
 * real gateway of the common Vietnamese pattern does. It shares the configured secret.
 */
export function paymentSimulatorRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const gateway = ctx.config.payments.gateway;
    if (!gateway) return;
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    const signedOrder = (params: unknown): Record<string, string> | undefined => {
      const order = (params ?? {}) as Record<string, string>;
      return hasValidSignature(order, gateway.secret, hmacSha512) && order.vnp_TmnCode === gateway.merchantCode && order.vnp_ReturnUrl ? order : undefined;
    };
    const refused = (reply: FastifyReply) =>
      page(reply, 400, 'Yêu cầu thanh toán không hợp lệ', '<h1>Yêu cầu thanh toán không hợp lệ</h1><p>Chữ ký của đơn hàng không đúng. <span lang="en">The order’s signature is wrong.</span></p>');

    app.get(`${SIMULATOR_PATH}/pay`, NOT_THE_API, async (request, reply) => {
      const order = signedOrder(request.query);
      if (!order) return refused(reply);
      const hidden = Object.entries(order)
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
        .join('');
      const amount = `${amountInFigures(Number(order.vnp_Amount) / 100)} đồng`;
      return page(
        reply,
        200,
        'Cổng thanh toán mô phỏng',
        `<h1>Cổng thanh toán mô phỏng (demo)</h1>
<p>Đây là cổng thanh toán giả lập để trình diễn; không có tiền thật. <span lang="en">A simulated gateway for the demo: no real money.</span></p>
<dl><dt>Đơn vị</dt><dd>${escapeHtml(order.vnp_TmnCode!)}</dd><dt>Mã đơn hàng</dt><dd>${escapeHtml(order.vnp_TxnRef ?? '')}</dd>
<dt>Nội dung</dt><dd>${escapeHtml(order.vnp_OrderInfo ?? '')}</dd><dt>Số tiền</dt><dd><strong>${escapeHtml(amount)}</strong></dd></dl>
<form method="post" action="${SIMULATOR_PATH}/pay">${hidden}
<button type="submit" name="outcome" value="paid">Xác nhận thanh toán</button>
<button type="submit" name="outcome" value="cancelled">Hủy giao dịch</button></form>`,
      );
    });

    app.post(`${SIMULATOR_PATH}/pay`, NOT_THE_API, async (request, reply) => {
      const { outcome, ...fields } = (request.body ?? {}) as Record<string, string>;
      const order = signedOrder(fields);
      if (!order) return refused(reply);
      const result = simulatedResult(order, outcome === 'paid', ctx.now(), gateway.secret);
      // Server to server first, as gateways do: the payer's return then finds the order settled.
      const query = signedQuery(result, gateway.secret);
      await app.inject({ method: 'POST', url: `/api/public/payments/${gateway.name}/ipn?${query}` });
      return reply.redirect(`${order.vnp_ReturnUrl}?${query}`, 303);
    });
  };
}
