import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { type DossierRow, findDossier } from '../dossiers/index.js';
import { type PaymentDeps, lockDue, owedDue } from './dues.js';
import type { OrderAtGateway, PaymentGateway } from './gateway.js';
import { settleDue } from './settlement.js';

export const GATEWAY = { vi: 'cổng thanh toán', en: 'Payment gateway' };

interface AttemptRow {
  id: string;
  due_id: string;
  order_ref: string;
  amount_vnd: number;
  status: 'pending' | 'paid' | 'unapplied' | 'failed';
  dossier_code: string;
}

const ATTEMPT_COLUMNS = 'a.id, a.due_id, a.order_ref, a.amount_vnd::float8 AS amount_vnd, a.status, d.dossier_code';

/** Where the gateway sends the payer back (its parameters appended): the citizen's page of the dossier, which shows what the IPN confirmed. */
export const returnUrlOf = (publicUrl: string, dossierCode: string) => `${publicUrl}/ho-so-cua-toi/${encodeURIComponent(dossierCode)}`;

/**
 * Sends the applicant to the gateway for the fee their dossier owes: a new order at the gateway
 * (one per trip, numbered after the fee's reference), signed.
 */
export async function startOnlinePayment(deps: PaymentDeps, gateway: PaymentGateway, dossier: DossierRow, payerIp: string): Promise<{ redirectUrl: string; orderRef: string }> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const owed = await owedDue(tx, dossier, now);
    const due = owed && (await lockDue(tx, owed.id));
    if (!due || due.paid_at) throw new AppError(409, 'no_fee_due', 'Hồ sơ không có khoản phí, lệ phí nào đang chờ nộp.', 'The dossier owes no fee now.');
    const { rows } = await tx.query<{ trips: number }>('SELECT count(*)::int AS trips FROM payment_attempts WHERE due_id = $1', [due.id]);
    const orderRef = `${due.reference}${String(rows[0]!.trips + 1).padStart(2, '0')}`;
    await tx.query(
      `INSERT INTO payment_attempts (id, due_id, gateway, order_ref, amount_vnd, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), due.id, gateway.name, orderRef, due.amount_vnd, now],
    );
    const redirectUrl = gateway.paymentUrl({
      orderRef,
      amountVnd: due.amount_vnd,
      description: `Thanh toan phi le phi ho so ${dossier.code}`,
      returnUrl: returnUrlOf(deps.config.publicUrl, dossier.code),
      payerIp,
      at: now,
    });
    return { redirectUrl, orderRef };
  });
}

async function lockAttempt(tx: Queryable, gateway: string, orderRef: string): Promise<AttemptRow | undefined> {
  const { rows } = await tx.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM payment_attempts a JOIN payment_dues d ON d.id = a.due_id
      WHERE a.gateway = $1 AND a.order_ref = $2 FOR UPDATE OF a`,
    [gateway, orderRef],
  );
  return rows[0];
}

// Money taken for a fee no longer owed is, for the gateway, as confirmed as a paid order.
const orderStatus = (attempt: AttemptRow): OrderAtGateway => ({ status: attempt.status === 'unapplied' ? 'paid' : attempt.status, amountVnd: attempt.amount_vnd });

/**
 * The gateway's server-to-server confirmation. The order is locked for the whole transaction, so
 * that an IPN sent twice at once is applied once; only a signed IPN of the amount ordered settles
 * the fee. An error on our side rolls everything back and answers 99: the gateway calls again.
 */
export async function receiveIpn(deps: PaymentDeps, gateway: PaymentGateway, params: Record<string, string>, ip: string) {
  // Read before the transaction: on PGlite's one connection a read beside it would wait for it.
  const calendar = await deps.calendar.current();
  const orderRef = gateway.orderRefOf(params);
  return deps.db.transaction(async (tx) => {
    const attempt = orderRef ? await lockAttempt(tx, gateway.name, orderRef) : undefined;
    const judgement = gateway.judgeIpn(params, attempt && orderStatus(attempt));
    const now = deps.now();
    if (judgement.effect === 'none') {
      if (judgement.answer.RspCode !== '02') {
        await appendAudit(tx, { kind: 'system', ip }, {
          action: 'payment.ipn.refused',
          entityType: 'payment',
          entityId: orderRef ?? '',
          details: { gateway: gateway.name, answer: judgement.answer.RspCode },
        });
      }
      return judgement.answer;
    }
    // A judgement with an effect has found the order.
    const order = attempt!;
    let status: AttemptRow['status'] = 'failed';
    if (judgement.effect === 'settle') {
      const due = (await lockDue(tx, order.due_id))!;
      const note = `Đã thanh toán trực tuyến qua cổng thanh toán, mã giao dịch ${judgement.transactionNo ?? order.order_ref}.`;
      status = (await settleDue({ deps, tx, calendar, ip }, due, 'gateway', note)) ? 'paid' : 'unapplied';
    }
    await tx.query(
      `UPDATE payment_attempts SET status = $2, gateway_transaction_no = $3, gateway_response_code = $4, settled_at = $5 WHERE id = $1`,
      [order.id, status, judgement.transactionNo ?? null, judgement.responseCode ?? null, now],
    );
    return judgement.answer;
  });
}

/**
 * The payer back from the gateway: what the IPN made of the order, never what the redirect says
 * (it only shows that the gateway sent them). Unsigned, it names nothing.
 */
export async function returnFromGateway(db: Queryable, gateway: PaymentGateway, params: Record<string, string>) {
  const orderRef = gateway.orderRefOf(params);
  if (!orderRef || !gateway.isSignedByGateway(params)) {
    throw new AppError(400, 'invalid_signature', 'Thông tin trả về từ cổng thanh toán không hợp lệ (sai chữ ký).', 'The gateway’s redirect is not signed by it.');
  }
  const { rows } = await db.query<AttemptRow>(
    `SELECT ${ATTEMPT_COLUMNS} FROM payment_attempts a JOIN payment_dues d ON d.id = a.due_id WHERE a.gateway = $1 AND a.order_ref = $2`,
    [gateway.name, orderRef],
  );
  const attempt = rows[0];
  if (!attempt) throw notFound(GATEWAY);
  return { dossierCode: attempt.dossier_code, orderRef, amountVnd: attempt.amount_vnd, status: attempt.status };
}

export async function ownDossier(db: Queryable, citizenId: string, code: string): Promise<DossierRow> {
  const dossier = await findDossier(db, code);
  if (!dossier || dossier.citizen_id !== citizenId) throw notFound({ vi: 'hồ sơ', en: 'Dossier' });
  return dossier;
}
