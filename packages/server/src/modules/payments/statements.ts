import { randomUUID } from 'node:crypto';
import { type LineMatch, candidateReferences, matchStatement, needsOfficer, readStatement, settles } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, FieldProblemsError, invalid, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { authorize } from '../../platform/rule-book.js';
import { findDossier } from '../dossiers/index.js';
import { type DueRow, type PaymentDeps, lockDue, lockDuesByReference, owedDue } from './dues.js';
import { type Settling, settleDue } from './settlement.js';
import { unappliedPayments } from './unapplied.js';

type OfficerActor = Actor & { kind: 'officer' };
type StoredMatch = Exclude<LineMatch['kind'], 'duplicate'>;

const LINE = { vi: 'dòng sao kê', en: 'Statement line' };

/** The note of the fee confirmation a transfer made. */
const transferNote = (bankReference: string) => `Đã nhận chuyển khoản (VietQR), số tham chiếu ngân hàng ${bankReference}.`;

/**
 * Imports a statement of the fee account (core/payments/statement-file.ts describes the file):
 * each credit line is matched by the reference in its description, a fee paid exactly or more is
 * confirmed on its dossier, and the rest waits for an officer. A line imported before is passed
 * over, so that importing overlapping statements counts nothing twice. One transaction, the dues
 * named locked: a gateway's IPN for the same fee waits, then finds it paid.
 */
export async function importStatement(deps: PaymentDeps, actor: OfficerActor, csv: string) {
  const { rows, problems } = readStatement(csv);
  if (problems.length > 0) {
    throw new FieldProblemsError('invalid_statement', 'Tệp sao kê có dòng không đọc được.', 'The statement has rows that cannot be read.', problems.map((problem) => ({ field: `row ${problem.row}`, vi: problem.vi, en: problem.en })));
  }
  if (rows.length === 0) throw invalid('content', 'Tệp sao kê không có giao dịch ghi có nào.', 'The statement has no credit line.');
  const calendar = await deps.calendar.current();
  return deps.db.transaction(async (tx) => {
    const settling: Settling = { deps, tx, calendar, ip: actor.ip };
    const { rows: known } = await tx.query<{ bank_reference: string }>('SELECT bank_reference FROM bank_statement_lines WHERE bank_reference = ANY($1::text[])', [rows.map((row) => row.bankReference)]);
    const dues = await lockDuesByReference(tx, [...new Set(rows.flatMap((row) => candidateReferences(row.description)))]);
    const byReference = new Map(dues.map((due) => [due.reference, { reference: due.reference, amountVnd: due.amount_vnd, paid: due.paid_at !== null, due }]));
    const counts = { lines: rows.length, paid: 0, needOfficer: 0, duplicates: 0 };
    const now = deps.now();
    for (const [index, { match }] of matchStatement(rows, byReference, new Set(known.map((row) => row.bank_reference))).entries()) {
      const row = rows[index]!;
      if (match.kind === 'duplicate') {
        counts.duplicates++;
        continue;
      }
      const due = 'reference' in match ? byReference.get(match.reference)!.due : undefined;
      // A line for a fee no longer owed (its dossier moved on) is money to give back, like one for a fee paid.
      let matched: StoredMatch = match.kind;
      if (settles(match) && !(await settleDue(settling, due!, 'transfer', transferNote(row.bankReference)))) matched = 'already_paid';
      if (matched === 'exact' || matched === 'over') counts.paid++;
      if (needsOfficer({ kind: matched })) counts.needOfficer++;
      await tx.query(
        `INSERT INTO bank_statement_lines (id, bank_reference, booked_at, amount_vnd, description, matched, due_id, imported_at, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [randomUUID(), row.bankReference, row.bookedAt, row.amountVnd, row.description, matched, due?.id ?? null, now, actor.officer.id],
      );
    }
    await appendAudit(tx, actor, { action: 'payment.statement.import', entityType: 'bank_statement', details: counts });
    return counts;
  });
}

interface LineRow {
  id: string;
  bank_reference: string;
  booked_at: Date;
  amount_vnd: number;
  description: string;
  matched: StoredMatch;
  reference: string | null;
  dossier_code: string | null;
  due_amount_vnd: number | null;
  resolution: 'applied' | 'refunded' | 'not_a_fee' | null;
  resolution_note: string | null;
  resolved_at: Date | null;
}

const LINE_QUERY = `
  SELECT l.id, l.bank_reference, l.booked_at, l.amount_vnd::float8 AS amount_vnd, l.description, l.matched, d.reference, d.dossier_code,
         d.amount_vnd::float8 AS due_amount_vnd, l.resolution, l.resolution_note, l.resolved_at
    FROM bank_statement_lines l LEFT JOIN payment_dues d ON d.id = l.due_id`;

const lineView = (row: LineRow) => ({
  id: row.id,
  bankReference: row.bank_reference,
  bookedAt: iso(row.booked_at)!,
  amountVnd: row.amount_vnd,
  description: row.description,
  matched: row.matched,
  reference: row.reference,
  dossierCode: row.dossier_code,
  dueAmountVnd: row.due_amount_vnd,
  resolution: row.resolution,
  resolutionNote: row.resolution_note,
  resolvedAt: iso(row.resolved_at),
});

/** The lines an officer must decide on: all that did not pay a fee exactly, oldest first; and what the gateway took for fees no longer owed. */
export async function openStatementLines(db: Queryable) {
  const { rows } = await db.query<LineRow>(`${LINE_QUERY} WHERE l.resolution IS NULL AND l.matched <> 'exact' ORDER BY l.booked_at, l.bank_reference LIMIT 500`);
  return { lines: rows.map(lineView), unapplied: await unappliedPayments(db) };
}

export type LineResolution = { resolution: 'applied'; dossierCode: string; note?: string | undefined } | { resolution: 'refunded' | 'not_a_fee'; note: string };

/**
 * An officer's decision on a line that did not match: the money pays the fee of the dossier they
 * name (a transfer without the reference, or a little short), goes back to the sender, or is no fee.
 */
export async function resolveStatementLine(deps: PaymentDeps, actor: OfficerActor, lineId: string, decision: LineResolution) {
  const calendar = await deps.calendar.current();
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; bank_reference: string; matched: StoredMatch; resolution: string | null }>(
      'SELECT id, bank_reference, matched, resolution FROM bank_statement_lines WHERE id = $1 FOR UPDATE',
      [lineId],
    );
    const line = rows[0];
    if (!line || line.matched === 'exact') throw notFound(LINE);
    if (line.resolution) throw new AppError(409, 'already_resolved', 'Dòng sao kê này đã được xử lý.', 'This statement line has been resolved already.');
    let dueId: string | null = null;
    if (decision.resolution === 'applied') {
      const due = await dueToApply(tx, deps, actor, decision.dossierCode);
      const paid = await settleDue({ deps, tx, calendar, ip: actor.ip }, due, 'transfer', decision.note?.trim() || transferNote(line.bank_reference));
      if (!paid) throw new AppError(409, 'no_fee_due', 'Hồ sơ không có khoản phí, lệ phí nào đang chờ nộp.', 'The dossier owes no fee now.', 'dossierCode');
      dueId = due.id;
    }
    await tx.query(
      `UPDATE bank_statement_lines SET resolution = $2, resolution_note = $3, resolved_by = $4, resolved_at = $5, due_id = coalesce($6, due_id) WHERE id = $1`,
      [line.id, decision.resolution, decision.note?.trim() ?? '', actor.officer.id, deps.now(), dueId],
    );
    await appendAudit(tx, actor, { action: 'payment.statement.resolve', entityType: 'bank_statement_line', entityId: line.bank_reference, details: { ...decision } });
    const { rows: resolved } = await tx.query<LineRow>(`${LINE_QUERY} WHERE l.id = $1`, [line.id]);
    return lineView(resolved[0]!);
  });
}

/** The fee the named dossier owes, locked; only an officer of the agency that received the dossier may apply money to it. */
async function dueToApply(tx: Queryable, deps: PaymentDeps, actor: OfficerActor, dossierCode: string): Promise<DueRow> {
  const dossier = await findDossier(tx, dossierCode.trim());
  if (!dossier) throw notFound({ vi: 'hồ sơ', en: 'Dossier' });
  authorize(actor.officer, 'reconcile-payments', dossier.receiving_agency_id);
  const owed = await owedDue(tx, dossier, deps.now());
  const due = owed && (await lockDue(tx, owed.id));
  if (!due || due.paid_at) throw new AppError(409, 'no_fee_due', 'Hồ sơ không có khoản phí, lệ phí nào đang chờ nộp.', 'The dossier owes no fee now.', 'dossierCode');
  return due;
}
