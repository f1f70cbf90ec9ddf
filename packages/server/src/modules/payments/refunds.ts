import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { authorize } from '../../platform/rule-book.js';
import { type DossierRow, findDossier } from '../dossiers/index.js';
import { type PaymentDeps, latestDue } from './dues.js';

/**
 * A dossier that ends without the service its fee paid for: refused with reasons, stopped, or
 * withdrawn; or, for a fee paid with an online submission, refused at reception.
 */
const endedWithoutService = (dossier: DossierRow) => dossier.outcome === 'rejected' || ['stopped', 'withdrawn', 'refused'].includes(dossier.state);

export interface RefundRow {
  amount_vnd: number;
  reason: string;
  recorded_at: Date;
}

export const refundView = (row: RefundRow | undefined) => (row ? { amountVnd: row.amount_vnd, reason: row.reason, recordedAt: iso(row.recorded_at)! } : null);

export async function refundOf(db: Queryable, dueId: string): Promise<RefundRow | undefined> {
  const { rows } = await db.query<RefundRow>('SELECT amount_vnd::float8 AS amount_vnd, reason, recorded_at FROM payment_refunds WHERE due_id = $1', [dueId]);
  return rows[0];
}

/**
 * Records that the fee paid on a dossier refused (or stopped, or withdrawn) after payment is paid
 * back: by an officer of the agency that received it, once, no more than was paid.
 */
export async function recordRefund(deps: PaymentDeps, actor: Actor & { kind: 'officer' }, input: { dossierCode: string; amountVnd?: number | undefined; reason: string }) {
  return deps.db.transaction(async (tx) => {
    const dossier = await findDossier(tx, input.dossierCode.trim());
    if (!dossier) throw notFound({ vi: 'hồ sơ', en: 'Dossier' });
    authorize(actor.officer, 'reconcile-payments', dossier.receiving_agency_id);
    const due = await latestDue(tx, dossier.id);
    if (!due?.paid_at) throw new AppError(409, 'nothing_paid', 'Hồ sơ chưa có khoản phí, lệ phí nào đã nộp trực tuyến hoặc chuyển khoản.', 'No fee has been paid online or by transfer on this dossier.', 'dossierCode');
    if (!endedWithoutService(dossier)) {
      throw new AppError(409, 'not_refundable', 'Chỉ hoàn phí khi hồ sơ bị từ chối giải quyết, dừng giải quyết hoặc được rút.', 'A fee is refunded only when the dossier is refused, stopped or withdrawn.', 'dossierCode');
    }
    const amount = input.amountVnd ?? due.amount_vnd;
    if (amount > due.amount_vnd) throw invalid('amountVnd', `Số tiền hoàn không được lớn hơn số đã nộp (${due.amount_vnd} đồng).`, `The refund cannot exceed the ${due.amount_vnd} VND paid.`);
    const recorded = await tx.query(
      `INSERT INTO payment_refunds (id, due_id, amount_vnd, reason, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (due_id) DO NOTHING`,
      [randomUUID(), due.id, amount, input.reason.trim(), actor.officer.id, deps.now()],
    );
    if (recorded.rowCount === 0) throw new AppError(409, 'already_refunded', 'Khoản phí của hồ sơ này đã được ghi nhận hoàn trả.', 'The fee of this dossier has been refunded already.', 'dossierCode');
    await appendAudit(tx, actor, { action: 'payment.refund', entityType: 'dossier', entityId: dossier.code, details: { amountVnd: amount, reference: due.reference } });
    return { dossierCode: dossier.code, reference: due.reference, refund: refundView(await refundOf(tx, due.id))! };
  });
}
