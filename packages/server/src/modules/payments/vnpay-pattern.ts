import { type GatewayParams, gatewayAmount, hasValidSignature, ipnVerdict, sign, signedData } from '@motcua/core';
import type { PaymentGatewayConfig } from '../../config.js';
import type { GatewayOrder, PaymentGateway } from './gateway.js';
import { hmacSha512 } from './hmac.js';

/** yyyyMMddHHmmss in Vietnam time, as the gateways want their dates. */
export function gatewayDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}

/** The order's parameters, as the payer's browser takes them to the gateway (unsigned). */
export function orderParams(merchantCode: string, order: GatewayOrder): Record<string, string> {
  return {
    vnp_Version: '2.1.0',
    vnp_Command: 'pay',
    vnp_TmnCode: merchantCode,
    vnp_Amount: gatewayAmount(order.amountVnd),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: order.orderRef,
    vnp_OrderInfo: order.description,
    vnp_OrderType: 'other',
    vnp_Locale: 'vn',
    vnp_ReturnUrl: order.returnUrl,
    vnp_IpAddr: order.payerIp,
    vnp_CreateDate: gatewayDate(order.at),
  };
}

/** A query string of signed parameters, encoded as they were signed. */
export const signedQuery = (params: GatewayParams, secret: string) => {
  const signed = sign(params, secret, hmacSha512);
  return `${signedData(signed)}&vnp_SecureHash=${signed.vnp_SecureHash}`;
};

/**
 * The common Vietnamese gateway (VNPay's `vnp_` parameters, HMAC-SHA512 over the sorted,
 * URL-encoded parameters). The merchant code is checked too: an IPN for another merchant is not ours.
 */
export function vnpayPatternGateway(config: PaymentGatewayConfig): PaymentGateway {
  const signedByGateway = (params: GatewayParams) => hasValidSignature(params, config.secret, hmacSha512) && params.vnp_TmnCode === config.merchantCode;
  return {
    name: config.name,
    paymentUrl: (order) => `${config.payUrl}?${signedQuery(orderParams(config.merchantCode, order), config.secret)}`,
    orderRefOf: (params) => params.vnp_TxnRef || undefined,
    isSignedByGateway: signedByGateway,
    judgeIpn(params, order) {
      const { answer, effect } = ipnVerdict({ signatureValid: signedByGateway(params), attempt: order, params });
      return { answer, effect, transactionNo: params.vnp_TransactionNo || undefined, responseCode: params.vnp_ResponseCode || undefined };
    },
  };
}
