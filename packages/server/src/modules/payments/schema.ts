import { Type } from '@fastify/type-provider-typebox';
import { component } from '../../platform/components.js';
import { DossierCodeParam } from '../dossiers/index.js';

const Money = Type.Number({ description: 'Đồng' });
const Instant = Type.String({ format: 'date-time' });

export const GatewayParam = Type.Object({ gateway: Type.String({ pattern: '^[a-z0-9-]{1,30}$', description: 'The gateway’s name, as configured (MOTCUA_PAYMENT_GATEWAY)' }) });
export const DossierParams = Type.Object({ code: DossierCodeParam });

/** A gateway's parameters, as strings (vnp_…): the two every message has are named, the others pass as they come. */
export const GatewayParams = Type.Object(
  {
    vnp_TxnRef: Type.Optional(Type.String({ maxLength: 100, description: 'Our order number at the gateway' })),
    vnp_SecureHash: Type.Optional(Type.String({ maxLength: 256, description: 'HMAC-SHA512, in hexadecimal, of the other parameters sorted by name and URL-encoded' })),
  },
  { additionalProperties: Type.String({ maxLength: 2000 }) },
);

export const IpnAnswerSchema = Type.Object({ RspCode: Type.String(), Message: Type.String() }, { description: 'The answer the gateway expects: 00 confirmed, 01 order not found, 02 already confirmed, 04 invalid amount, 97 invalid signature, 99 other error' });

const RecordedRefund = component('RecordedRefund', Type.Object({ amountVnd: Money, reason: Type.String(), recordedAt: Instant }));
const Refund = Type.Union([Type.Null(), RecordedRefund]);

/** What a dossier owes and how it was paid: the applicant's payment panel, and the officers' on the dossier page. */
export const CitizenPaymentSchema = component('DossierPayment', Type.Object({
  dossierCode: Type.String(),
  status: Type.Union([Type.Literal('none'), Type.Literal('due'), Type.Literal('paid')], { description: 'none: nothing owed; due: a fee to pay; paid: the latest fee is paid' }),
  amountVnd: Type.Optional(Money),
  reference: Type.Optional(Type.String({ description: 'The payment reference: put it in the transfer’s description' })),
  vietqr: Type.Optional(Type.String({ description: 'The VietQR (EMVCo) string of the transfer, for a QR code' })),
  bankAccount: Type.Optional(Type.Object({ bankBin: Type.String(), accountNumber: Type.String(), accountName: Type.String() })),
  gateway: Type.Optional(Type.String({ description: 'The installation’s payment gateway, as named in /api/public/payments/{gateway}/…; absent = none' })),
  paidAt: Type.Optional(Instant),
  paidThrough: Type.Optional(Type.Union([Type.Literal('gateway'), Type.Literal('transfer')])),
  refund: Type.Optional(Refund),
}));

export const OnlinePaymentSchema = Type.Object({ redirectUrl: Type.String({ description: 'Send the browser here: the gateway’s payment page' }), orderRef: Type.String() });

export const GatewayReturnSchema = Type.Object({
  dossierCode: Type.String(),
  orderRef: Type.String(),
  amountVnd: Money,
  status: Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('unapplied'), Type.Literal('failed')], {
    description: 'As the gateway’s IPN left the order: pending (no IPN yet), paid, unapplied (taken for a fee no longer owed: to be refunded), failed',
  }),
});

export const StatementBody = Type.Object(
  { content: Type.String({ minLength: 1, maxLength: 5_000_000, description: 'The CSV text of the statement (see the README: Ngày giao dịch, Số tham chiếu, Số tiền ghi có, Nội dung giao dịch…)' }) },
  { additionalProperties: false },
);

export const StatementImportSchema = Type.Object({
  lines: Type.Integer({ description: 'Credit lines read' }),
  paid: Type.Integer({ description: 'Fees confirmed paid' }),
  needOfficer: Type.Integer({ description: 'Lines left to an officer' }),
  duplicates: Type.Integer({ description: 'Lines imported before, passed over' }),
});

const Matched = Type.Union(
  [Type.Literal('exact'), Type.Literal('over'), Type.Literal('short'), Type.Literal('already_paid'), Type.Literal('no_reference'), Type.Literal('several_references')],
  { description: 'How the line matched on import: exact, over (paid, excess to refund), short (not paid), already_paid (or no longer owed), no_reference, several_references' },
);
const Resolution = Type.Union([Type.Literal('applied'), Type.Literal('refunded'), Type.Literal('not_a_fee')]);

export const StatementLineSchema = component('StatementLine', Type.Object({
  id: Type.String({ format: 'uuid' }),
  bankReference: Type.String(),
  bookedAt: Instant,
  amountVnd: Money,
  description: Type.String(),
  matched: Matched,
  reference: Type.Union([Type.String(), Type.Null()]),
  dossierCode: Type.Union([Type.String(), Type.Null()]),
  dueAmountVnd: Type.Union([Money, Type.Null()]),
  resolution: Type.Union([Resolution, Type.Null()]),
  resolutionNote: Type.Union([Type.String(), Type.Null()]),
  resolvedAt: Type.Union([Instant, Type.Null()]),
}));
const UnappliedPayment = Type.Object({
  orderRef: Type.String(),
  gateway: Type.String(),
  dossierCode: Type.String(),
  amountVnd: Money,
  transactionNo: Type.Union([Type.String(), Type.Null()]),
  paidAt: Instant,
});
export const StatementLinesSchema = Type.Object({
  lines: Type.Array(StatementLineSchema),
  unapplied: Type.Array(UnappliedPayment, { description: 'What the gateway took for fees no longer owed (a late IPN), not yet refunded' }),
});
export const OrderParams = Type.Object({ orderRef: Type.String({ minLength: 1, maxLength: 100 }) });
export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 1000, format: 'visible-text' }) }, { additionalProperties: false });
export const LineParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const Note = Type.String({ maxLength: 1000, format: 'visible-text' });
export const ResolveBody = Type.Union([
  Type.Object({ resolution: Type.Literal('applied'), dossierCode: Type.String({ minLength: 1, maxLength: 60 }), note: Type.Optional(Note) }, { additionalProperties: false }),
  Type.Object({ resolution: Type.Union([Type.Literal('refunded'), Type.Literal('not_a_fee')]), note: Type.String({ minLength: 1, maxLength: 1000, format: 'visible-text' }) }, { additionalProperties: false }),
]);

export const RefundBody = Type.Object(
  {
    dossierCode: Type.String({ minLength: 1, maxLength: 60 }),
    amountVnd: Type.Optional(Type.Integer({ minimum: 1, description: 'Default: all that was paid' })),
    reason: Type.String({ minLength: 1, maxLength: 1000, format: 'visible-text' }),
  },
  { additionalProperties: false },
);
export const RefundSchema = Type.Object({ dossierCode: Type.String(), reference: Type.String(), refund: RecordedRefund });
