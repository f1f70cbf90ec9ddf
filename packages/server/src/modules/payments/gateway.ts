/**
 * A payment gateway, as the payments module sees it: where to send the payer for an order, and
 * what the gateway's signed messages (the IPN, the redirect back) say. Only the IPN confirms a
 * payment; the redirect only tells the payer's browser to look.
 */

export interface GatewayOrder {
  /** Our order number at the gateway (one per trip to it). */
  orderRef: string;
  amountVnd: number;
  /** What the payer's bank statement shows: ASCII only, as gateways require. */
  description: string;
  /** Where the gateway sends the payer back. */
  returnUrl: string;
  payerIp: string;
  at: Date;
}

/** What an IPN does to the order it names, and what the gateway must be answered. */
export interface IpnJudgement {
  /** The body the gateway expects in answer (its codes: 00 confirmed, 02 already confirmed…). */
  answer: { RspCode: string; Message: string };
  effect: 'settle' | 'fail' | 'none';
  /** The gateway's own number of the transaction, when it gave one. */
  transactionNo: string | undefined;
  responseCode: string | undefined;
}

/** The order as it stands when the IPN is read (locked by the caller). */
export interface OrderAtGateway {
  status: 'pending' | 'paid' | 'failed';
  amountVnd: number;
}

export interface PaymentGateway {
  /** The name in the IPN's address, /api/public/payments/<name>/ipn. */
  readonly name: string;
  paymentUrl(order: GatewayOrder): string;
  /** The order an IPN or a redirect names, signed or not (so that it can be looked up and locked). */
  orderRefOf(params: Readonly<Record<string, string>>): string | undefined;
  judgeIpn(params: Readonly<Record<string, string>>, order: OrderAtGateway | undefined): IpnJudgement;
  /** The redirect back carries the gateway's signature. */
  isSignedByGateway(params: Readonly<Record<string, string>>): boolean;
}
