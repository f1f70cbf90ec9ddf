import { candidateReferences } from './references.js';

/** One credit line of a bank statement. */
export interface StatementLine {
  /** The bank's own reference of the transaction: the same line imported twice has the same one. */
  bankReference: string;
  amountVnd: number;
  description: string;
}

/** A fee awaiting payment by transfer, or one already paid. */
export interface DueForMatching {
  reference: string;
  amountVnd: number;
  paid: boolean;
}

export type LineMatch =
  /** The fee, exactly. */
  | { kind: 'exact'; reference: string }
  /** More than the fee: the fee is paid, the rest is for an officer to refund. */
  | { kind: 'over'; reference: string; differenceVnd: number }
  /** Less than the fee: not paid; an officer decides. */
  | { kind: 'short'; reference: string; differenceVnd: number }
  /** The fee was already paid (by the gateway, or by an earlier line). */
  | { kind: 'already_paid'; reference: string }
  | { kind: 'no_reference' }
  | { kind: 'several_references'; references: string[] }
  /** The bank's transaction was imported before, from this statement or an earlier one. */
  | { kind: 'duplicate' };

/** The line pays its fee: the fee is then settled by it. */
export const settles = (match: LineMatch): match is Extract<LineMatch, { kind: 'exact' | 'over' }> => match.kind === 'exact' || match.kind === 'over';

/** Anything but an exact payment of an open fee (or a line imported before) needs an officer. */
export const needsOfficer = (match: Pick<LineMatch, 'kind'>): boolean => match.kind !== 'exact' && match.kind !== 'duplicate';

/**
 * Matches a statement's credit lines to the fees by the reference in their description, in the
 * statement's order: a fee settled by one line is already paid for the next that names it.
 */
export function matchStatement(
  lines: readonly StatementLine[],
  dues: ReadonlyMap<string, DueForMatching>,
  importedBankReferences: ReadonlySet<string>,
): Array<{ line: StatementLine; match: LineMatch }> {
  const seen = new Set(importedBankReferences);
  const paidNow = new Set<string>();
  return lines.map((line) => {
    if (seen.has(line.bankReference)) return { line, match: { kind: 'duplicate' } };
    seen.add(line.bankReference);
    const references = candidateReferences(line.description).filter((reference) => dues.has(reference));
    if (references.length === 0) return { line, match: { kind: 'no_reference' } };
    if (references.length > 1) return { line, match: { kind: 'several_references', references } };
    const due = dues.get(references[0]!)!;
    const reference = due.reference;
    if (due.paid || paidNow.has(reference)) return { line, match: { kind: 'already_paid', reference } };
    const differenceVnd = line.amountVnd - due.amountVnd;
    if (differenceVnd < 0) return { line, match: { kind: 'short', reference, differenceVnd: -differenceVnd } };
    paidNow.add(reference);
    return { line, match: differenceVnd === 0 ? { kind: 'exact', reference } : { kind: 'over', reference, differenceVnd } };
  });
}
