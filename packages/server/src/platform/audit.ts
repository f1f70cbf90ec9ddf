import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { type Actor, actorId, actorName } from './actor.js';
import { canonicalJson } from './canonical-json.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null | undefined;
  details?: Record<string, unknown> | undefined;
}

interface AuditRow {
  seq: number;
  occurred_at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

function hashOf(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson({ ...row, occurred_at: row.occurred_at.toISOString() });
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, chained to the previous one. Locking the
 * chain head serialises writers only from here to commit, which is why callers append last.
 */
export async function appendAudit(tx: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  const head = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain_head FOR UPDATE');
  const previous = head.rows[0]!;
  const row: Omit<AuditRow, 'hash'> = {
    seq: previous.seq + 1,
    occurred_at: new Date(),
    actor_kind: actor.kind,
    actor_id: actorId(actor),
    actor_name: actorName(actor),
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId ?? null,
    ip: actor.ip,
    details: record.details ?? {},
    prev_hash: previous.hash,
  };
  const hash = hashOf(row);
  await tx.query(
    `INSERT INTO audit_log (seq, occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [row.seq, row.occurred_at, row.actor_kind, row.actor_id, row.actor_name, row.action, row.entity_type, row.entity_id, row.ip, JSON.stringify(row.details), row.prev_hash, hash],
  );
  await tx.query('UPDATE audit_chain_head SET seq = $1, hash = $2', [row.seq, hash]);
}

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes every hash from the first entry; the first mismatch is where the log was altered. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainVerdict> {
  let expectedPrev = '0'.repeat(64);
  let expectedSeq = 1;
  for (;;) {
    const { rows } = await db.query<AuditRow>('SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2', [expectedSeq, batchSize]);
    for (const row of rows) {
      const { hash, ...content } = row;
      if (row.seq !== expectedSeq) return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, reason: 'missing entry' };
      if (row.prev_hash !== expectedPrev) return { ok: false, entries: expectedSeq - 1, brokenAt: row.seq, reason: 'link to the previous entry broken' };
      if (hashOf(content) !== hash) return { ok: false, entries: expectedSeq - 1, brokenAt: row.seq, reason: 'content altered' };
      expectedPrev = hash;
      expectedSeq++;
    }
    if (rows.length < batchSize) break;
  }
  const head = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain_head');
  const last = head.rows[0]!;
  if (last.seq !== expectedSeq - 1 || last.hash !== expectedPrev) {
    return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, reason: 'entries removed from the end' };
  }
  return { ok: true, entries: expectedSeq - 1 };
}
