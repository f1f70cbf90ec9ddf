import { INCOMING_STATE_LABELS, type IncomingState, statusForSender } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { findAgencyByCode } from '../agencies/index.js';
import { type ExchangeContext, sendStatus } from '../exchange/index.js';

/** A document received electronically as kept with it: the package it came in and what its sender said. */
interface ArrivalRow {
  package_id: string;
  sender_code: string;
  sender_name: string;
  signer_name: string;
  signer_position: string;
  sender_deadline: string | null;
  steering: string[];
}

/** What the sender said of a document received electronically, for its page; null for one that came on paper. */
export async function sentElectronically(db: Queryable, documentId: string) {
  const { rows } = await db.query<ArrivalRow>(
    `SELECT package_id, sender_code, sender_name, signer_name, signer_position, sender_deadline::text AS sender_deadline, steering
       FROM document_exchange_arrivals WHERE document_id = $1`,
    [documentId],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    packageId: row.package_id,
    senderCode: row.sender_code,
    senderName: row.sender_name,
    signer: { name: row.signer_name, position: row.signer_position },
    deadline: row.sender_deadline,
    steering: row.steering,
  };
}

/**
 * Tells the sender of an electronically received document that it moved here (accepted, assigned,
 * in progress, finished; refused with the reason when sent back or withdrawn), in the transaction
 * of the move. A document that came on paper has no one to tell.
 */
export async function reportToSender(
  tx: Queryable,
  ctx: ExchangeContext,
  actor: Actor,
  move: { documentId: string; from: IncomingState; to: IncomingState; note: string | undefined },
): Promise<void> {
  const status = statusForSender(move.from, move.to);
  if (!status) return;
  const { rows } = await tx.query<{ package_id: string; sender_code: string }>('SELECT package_id, sender_code FROM document_exchange_arrivals WHERE document_id = $1', [
    move.documentId,
  ]);
  // One released by an agency of this installation has no package to answer: its sender sees its deliveries here.
  if (!rows[0] || (await findAgencyByCode(tx, rows[0].sender_code))) return;
  const reason = status === 'refused' ? move.note?.trim() || INCOMING_STATE_LABELS[move.to].vi : null;
  try {
    await sendStatus(tx, ctx, { actor, documentPackageId: rows[0].package_id, status, reason });
  } catch (error) {
    // The sender's installation is no longer registered: the register goes on, and the audit says the sender was not told.
    if (!(error instanceof AppError && error.code === 'exchange_no_peer')) throw error;
    await appendAudit(tx, actor, { action: 'document.incoming.status_not_sent', entityType: 'document', entityId: move.documentId, details: { status, packageId: rows[0].package_id } });
  }
}
