import type { RegisterSequence } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

/**
 * Draws the next number of an agency's register of a year, in the caller's transaction: the
 * counter's row stays locked until it commits, so numbers are consecutive, never drawn twice, and
 * a transaction that rolls back gives its number back.
 */
export async function drawRegisterNumber(tx: Queryable, sequence: RegisterSequence): Promise<number> {
  const { rows } = await tx.query<{ last_number: number }>(
    `INSERT INTO document_register_counters AS c (agency_id, register, year, last_number) VALUES ($1, $2, $3, 1)
     ON CONFLICT (agency_id, register, year) DO UPDATE SET last_number = c.last_number + 1 RETURNING c.last_number`,
    [sequence.agencyId, sequence.register, sequence.year],
  );
  return rows[0]!.last_number;
}
