import type { Queryable } from '../db/database.js';
import { type Actor, actorName, auditActorId } from './actor.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
}

/** An audit entry as the database function `append_audit` takes it. */
export interface AuditEntry {
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string;
  details: Record<string, unknown>;
}

export function auditEntry(actor: Actor, record: AuditRecord): AuditEntry {
  return {
    occurred_at: new Date(),
    actor_kind: actor.kind,
    actor_id: auditActorId(actor),
    actor_name: actorName(actor),
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId ?? null,
    ip: actor.ip,
    details: record.details ?? {},
  };
}

/** Appends one entry, inside the transaction of the change it records so that both commit or neither does. */
export async function appendAudit(tx: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  const entry = auditEntry(actor, record);
  await tx.query('SELECT append_audit($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
    entry.occurred_at,
    entry.actor_kind,
    entry.actor_id,
    entry.actor_name,
    entry.action,
    entry.entity_type,
    entry.entity_id,
    entry.ip,
    JSON.stringify(entry.details),
  ]);
}

/**
 * Chains the entries whose transactions are over, oldest first, and returns how many it sealed
 * (`seal_audit_log` hashes them in the database). Safe on several instances at once.
 */
export async function sealAuditLog(db: Queryable, batchSize = 2000): Promise<number> {
  const { rows } = await db.query<{ sealed: number }>('SELECT seal_audit_log($1) AS sealed', [batchSize]);
  return rows[0]!.sealed;
}

export type ChainVerdict =
  | { ok: true; entries: number; unsealed: number }
  | { ok: false; entries: number; unsealed: number; brokenAt: number; reason: string };

interface SealedEntry {
  chain_position: number;
  prev_hash: string;
  hash: string;
  /** The hash of the entry's content as it is now. */
  recomputed: string;
}

/** Recomputes every sealed entry's hash in chain order; the first mismatch is where the log was altered. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainVerdict> {
  const unsealed = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL')).rows[0]!.n;
  let expectedPrev = '0'.repeat(64);
  let expected = 1;
  const broken = (at: number, reason: string): ChainVerdict => ({ ok: false, entries: expected - 1, unsealed, brokenAt: at, reason });
  for (;;) {
    const { rows } = await db.query<SealedEntry>(
      `SELECT chain_position, prev_hash, hash, audit_entry_hash(chain_position, prev_hash, audit_entry_content(a)) AS recomputed
         FROM audit_log a WHERE chain_position >= $1 ORDER BY chain_position LIMIT $2`,
      [expected, batchSize],
    );
    for (const row of rows) {
      if (row.chain_position !== expected) return broken(expected, 'missing entry');
      if (row.prev_hash !== expectedPrev) return broken(expected, 'link to the previous entry broken');
      if (row.recomputed !== row.hash) return broken(expected, 'content altered');
      expectedPrev = row.hash;
      expected++;
    }
    if (rows.length < batchSize) break;
  }
  const head = (await db.query<{ position: number; hash: string }>('SELECT position, hash FROM audit_chain_head')).rows[0]!;
  if (head.position !== expected - 1 || head.hash !== expectedPrev) return broken(expected, 'entries removed from the end');
  return { ok: true, entries: expected - 1, unsealed };
}
