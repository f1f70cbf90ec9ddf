import { randomInt, randomUUID } from 'node:crypto';
import { fixedFeeVnd, newPaymentReference, vietQrString } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import { type DossierRow, definitionOf, listEvents } from '../dossiers/index.js';

/** What the payment use cases need of the application (the dossier use cases' needs among them). */
export type PaymentDeps = Pick<AppContext, 'db' | 'blobStore' | 'calendar' | 'now' | 'signResult' | 'notify' | 'config'>;

export interface DueRow {
  id: string;
  dossier_id: string;
  dossier_code: string;
  fee_request_event_id: string | number;
  reference: string;
  amount_vnd: number;
  created_at: Date;
  paid_at: Date | null;
  paid_through: 'gateway' | 'transfer' | null;
}

const DUE_COLUMNS = 'id, dossier_id, dossier_code, fee_request_event_id, reference, amount_vnd::float8 AS amount_vnd, created_at, paid_at, paid_through';

// A secure random number in [0, 1) for references: they are what a transfer or an order is matched on.
const secureRandom = () => randomInt(1_000_000) / 1_000_000;

/** What the dossier owes now and the action that confirms it paid, if it owes anything. */
interface OpenFeeRequest {
  /** The event the fee was asked by: an officer's request, or the online submission of a procedure with a fixed fee. */
  eventId: number;
  amountVnd: number;
  confirmedBy: 'confirm_fee_paid' | 'confirm_fee_paid_at_submission';
}

/**
 * The fee the dossier waits on: one an officer requested (the dossier awaits the fee), or the
 * procedure's fixed fee, due with an online submission until it is paid (the dossier waits for
 * reception meanwhile).
 */
async function openFeeRequest(db: Queryable, dossier: DossierRow): Promise<OpenFeeRequest | undefined> {
  if (dossier.state === 'submitted' && dossier.channel === 'online') {
    const events = await listEvents(db, dossier.id);
    if (events.some((event) => event.action === 'confirm_fee_paid_at_submission')) return undefined;
    const submission = events.find((event) => event.action === 'submit_online');
    const amount = fixedFeeVnd((await definitionOf(db, dossier.procedure_version_id)).fees);
    return submission && amount > 0 ? { eventId: submission.id, amountVnd: amount, confirmedBy: 'confirm_fee_paid_at_submission' } : undefined;
  }
  if (dossier.state !== 'awaiting_fee') return undefined;
  const request = (await listEvents(db, dossier.id)).findLast((event) => event.action === 'request_fee');
  const amount = request?.data.feeAmountVnd;
  return request && typeof amount === 'number' && amount > 0 ? { eventId: request.id, amountVnd: amount, confirmedBy: 'confirm_fee_paid' } : undefined;
}

/**
 * The fee the dossier owes now, with its reference: made when first asked for (the fee request
 * is the dossier lifecycle's; the reference is ours), the same one every time after.
 */
export async function owedDue(db: Queryable, dossier: DossierRow, now: Date): Promise<DueRow | undefined> {
  const request = await openFeeRequest(db, dossier);
  if (!request) return undefined;
  await db.query(
    `INSERT INTO payment_dues (id, dossier_id, dossier_code, fee_request_event_id, reference, amount_vnd, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (fee_request_event_id) DO NOTHING`,
    [randomUUID(), dossier.id, dossier.code, request.eventId, newPaymentReference(secureRandom), request.amountVnd, now],
  );
  const { rows } = await db.query<DueRow>(`SELECT ${DUE_COLUMNS} FROM payment_dues WHERE fee_request_event_id = $1`, [request.eventId]);
  return rows[0];
}

/** The fee request a due was made for, if it is still the one the dossier waits on. */
export async function stillOwed(db: Queryable, due: DueRow, dossier: DossierRow): Promise<OpenFeeRequest | undefined> {
  const request = await openFeeRequest(db, dossier);
  return due.paid_at === null && request !== undefined && Number(request.eventId) === Number(due.fee_request_event_id) ? request : undefined;
}

/** The dossier's latest due, owed or paid. */
export async function latestDue(db: Queryable, dossierId: string): Promise<DueRow | undefined> {
  const { rows } = await db.query<DueRow>(`SELECT ${DUE_COLUMNS} FROM payment_dues WHERE dossier_id = $1 ORDER BY fee_request_event_id DESC LIMIT 1`, [dossierId]);
  return rows[0];
}

/** Dues by reference, locked until the caller's transaction ends. */
export async function lockDuesByReference(tx: Queryable, references: readonly string[]): Promise<DueRow[]> {
  if (references.length === 0) return [];
  const { rows } = await tx.query<DueRow>(`SELECT ${DUE_COLUMNS} FROM payment_dues WHERE reference = ANY($1::text[]) ORDER BY id FOR UPDATE`, [references]);
  return rows;
}

export async function lockDue(tx: Queryable, id: string): Promise<DueRow | undefined> {
  const { rows } = await tx.query<DueRow>(`SELECT ${DUE_COLUMNS} FROM payment_dues WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

export async function markDuePaid(tx: Queryable, dueId: string, through: 'gateway' | 'transfer', at: Date): Promise<void> {
  await tx.query('UPDATE payment_dues SET paid_at = $2, paid_through = $3 WHERE id = $1', [dueId, at, through]);
}

/** The VietQR string of a due, if the installation has a fee account. */
export function vietQrOf(config: PaymentDeps['config'], due: Pick<DueRow, 'amount_vnd' | 'reference'>): string | undefined {
  const account = config.payments.vietQr;
  return account && vietQrString({ bankBin: account.bankBin, accountNumber: account.accountNumber, amountVnd: due.amount_vnd, reference: due.reference });
}
