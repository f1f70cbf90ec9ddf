import type { Queryable } from '../../db/database.js';
import { actAsSystem, findDossier } from '../dossiers/index.js';
import { type DueRow, type PaymentDeps, markDuePaid, stillOwed } from './dues.js';
import type { WorkCalendar } from '@motcua/core';

/** What settling a due needs besides the caller's transaction: the calendar is read before it. */
export interface Settling {
  deps: PaymentDeps;
  tx: Queryable;
  calendar: WorkCalendar;
  ip: string;
}

/**
 * Applies money received to a due the caller holds locked: the due is marked paid and the fee is
 * confirmed on the dossier by the system, through the dossier lifecycle (its audit, notices and fee
 * receipt), all in the caller's transaction. False when the fee is no longer owed (paid already,
 * or the dossier moved on): the money is then the officers' to refund.
 */
export async function settleDue(settling: Settling, due: DueRow, through: 'gateway' | 'transfer', note: string): Promise<boolean> {
  const { deps, tx, calendar, ip } = settling;
  const dossier = await findDossier(tx, due.dossier_code);
  const request = dossier && (await stillOwed(tx, due, dossier));
  if (!dossier || !request) return false;
  await markDuePaid(tx, due.id, through, deps.now());
  await actAsSystem(deps, tx, calendar, ip, dossier.code, request.confirmedBy, { version: dossier.version, comment: note });
  return true;
}
