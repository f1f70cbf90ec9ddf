import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { authorize } from '../../platform/rule-book.js';
import { findDossier } from '../dossiers/index.js';
import type { PaymentDeps } from './dues.js';

interface UnappliedRow {
  order_ref: string;
  gateway: string;
  dossier_code: string;
  amount_vnd: number;
  gateway_transaction_no: string | null;
  settled_at: Date;
}

const ORDER = { vi: 'giao dịch trực tuyến chờ hoàn trả', en: 'Online payment to refund' };

/** What gateways took for fees no longer owed, not yet paid back: oldest first. */
export async function unappliedPayments(db: Queryable) {
  const { rows } = await db.query<UnappliedRow>(
    `SELECT a.order_ref, a.gateway, d.dossier_code, a.amount_vnd::float8 AS amount_vnd, a.gateway_transaction_no, a.settled_at
       FROM payment_attempts a JOIN payment_dues d ON d.id = a.due_id
      WHERE a.status = 'unapplied' AND a.refunded_at IS NULL ORDER BY a.settled_at LIMIT 500`,
  );
  return rows.map((row) => ({
    orderRef: row.order_ref,
    gateway: row.gateway,
    dossierCode: row.dossier_code,
    amountVnd: row.amount_vnd,
    transactionNo: row.gateway_transaction_no,
    paidAt: iso(row.settled_at)!,
  }));
}

/** An officer of the agency that received the dossier records that the money was paid back. */
export async function refundUnapplied(deps: PaymentDeps, actor: Actor & { kind: 'officer' }, orderRef: string, note: string) {
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; dossier_code: string; refunded_at: Date | null }>(
      `SELECT a.id, d.dossier_code, a.refunded_at FROM payment_attempts a JOIN payment_dues d ON d.id = a.due_id
        WHERE a.order_ref = $1 AND a.status = 'unapplied' FOR UPDATE OF a`,
      [orderRef],
    );
    const order = rows[0];
    if (!order) throw notFound(ORDER);
    const dossier = await findDossier(tx, order.dossier_code);
    authorize(actor.officer, 'reconcile-payments', dossier!.receiving_agency_id);
    if (order.refunded_at) throw new AppError(409, 'already_refunded', 'Giao dịch này đã được ghi nhận hoàn trả.', 'This payment has been refunded already.');
    await tx.query('UPDATE payment_attempts SET refunded_at = $2, refunded_by = $3, refund_note = $4 WHERE id = $1', [order.id, deps.now(), actor.officer.id, note.trim()]);
    await appendAudit(tx, actor, { action: 'payment.gateway.refund', entityType: 'dossier', entityId: order.dossier_code, details: { orderRef } });
  });
}
