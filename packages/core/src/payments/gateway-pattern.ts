/**
 * The pattern Vietnamese payment gateways share (VNPay's `vnp_` parameters, and others after it):
 * the payer is sent to the gateway with signed parameters, comes back by a signed redirect, and the
 * gateway confirms the payment by a signed server-to-server call (IPN) answered with a code. The
 * signature is an HMAC-SHA512, in hexadecimal, of the parameters sorted by name and URL-encoded.
 * The HMAC itself is passed in, so that this stays free of any runtime's crypto.
 */

export type GatewayParams = Readonly<Record<string, string>>;

/** HMAC-SHA512 of `data` with `secret`, in hexadecimal. */
export type Hmac512 = (secret: string, data: string) => string;

export const SIGNATURE_PARAM = 'vnp_SecureHash';
const UNSIGNED = new Set([SIGNATURE_PARAM, 'vnp_SecureHashType']);

/** As the gateways' own samples encode: encodeURIComponent, with a space as '+'. */
const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');

/** The text the signature is computed on: every non-empty parameter but the signature, sorted by name, URL-encoded. */
export function signedData(params: GatewayParams): string {
  return Object.keys(params)
    .filter((name) => !UNSIGNED.has(name) && params[name] !== '')
    .sort()
    .map((name) => `${encode(name)}=${encode(params[name]!)}`)
    .join('&');
}

export function sign(params: GatewayParams, secret: string, hmac: Hmac512): Record<string, string> {
  return { ...params, [SIGNATURE_PARAM]: hmac(secret, signedData(params)) };
}

/** The signature is the one the secret gives (compared in constant time, case aside). */
export function hasValidSignature(params: GatewayParams, secret: string, hmac: Hmac512): boolean {
  const given = (params[SIGNATURE_PARAM] ?? '').toLowerCase();
  const expected = hmac(secret, signedData(params)).toLowerCase();
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return difference === 0;
}

/** The gateway sends amounts in hundredths of a đồng. */
export const gatewayAmount = (amountVnd: number) => String(amountVnd * 100);

/** The codes the gateway expects in answer to an IPN; it calls again on anything but 00 and 02. */
export const IPN_ANSWERS = {
  confirmed: { RspCode: '00', Message: 'Confirm Success' },
  orderNotFound: { RspCode: '01', Message: 'Order not found' },
  alreadyConfirmed: { RspCode: '02', Message: 'Order already confirmed' },
  invalidAmount: { RspCode: '04', Message: 'Invalid amount' },
  invalidSignature: { RspCode: '97', Message: 'Invalid signature' },
  otherError: { RspCode: '99', Message: 'Unknown error' },
} as const;

export type IpnAnswer = (typeof IPN_ANSWERS)[keyof typeof IPN_ANSWERS];

/** The gateway's response and transaction status codes both say the money was taken. */
export const reportsPaid = (params: GatewayParams) => params.vnp_ResponseCode === '00' && (params.vnp_TransactionStatus ?? '00') === '00';

export interface IpnFacts {
  signatureValid: boolean;
  /** The payment attempt the IPN names (by vnp_TxnRef), as it stands, locked. */
  attempt: { status: 'pending' | 'paid' | 'failed'; amountVnd: number } | undefined;
  params: GatewayParams;
}

/**
 * What to answer an IPN, and what it does: `settle` records the money received, `fail` records the
 * attempt failed; anything else changes nothing. A repeated IPN finds the attempt settled (02).
 */
export function ipnVerdict(facts: IpnFacts): { answer: IpnAnswer; effect: 'settle' | 'fail' | 'none' } {
  if (!facts.signatureValid) return { answer: IPN_ANSWERS.invalidSignature, effect: 'none' };
  if (!facts.attempt) return { answer: IPN_ANSWERS.orderNotFound, effect: 'none' };
  if (facts.params.vnp_Amount !== gatewayAmount(facts.attempt.amountVnd)) return { answer: IPN_ANSWERS.invalidAmount, effect: 'none' };
  if (facts.attempt.status !== 'pending') return { answer: IPN_ANSWERS.alreadyConfirmed, effect: 'none' };
  return { answer: IPN_ANSWERS.confirmed, effect: reportsPaid(facts.params) ? 'settle' : 'fail' };
}
