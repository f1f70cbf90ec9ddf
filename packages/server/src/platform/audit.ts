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

/** What an entry's hash covers besides its position and its predecessor's hash. */
function contentOf(row: Omit<AuditRow, 'seq' | 'prev_hash' | 'hash'>): string {
  return canonicalJson({ ...row, occurred_at: row.occurred_at.toISOString() });
}

/** sha256 of `seq|prev_hash|content`: the same formula the database applies when it appends. */
function hashOf(seq: number, prevHash: string, content: string): string {
  return createHash('sha256').update(`${seq}|${prevHash}|${content}`).digest('hex');
}

/**
 * Appends one entry inside the caller's transaction, chained to the previous one. One statement
 * locks the chain head, hashes and inserts, so the head stays locked only until the commit that
 * follows: callers append last.
 */
export async function appendAudit(tx: Queryable, actor: Actor, record: AuditRecord): Promise<void> {
  const entry = {
    occurred_at: new Date(),
    actor_kind: actor.kind,
    actor_id: actorId(actor),
    actor_name: actorName(actor),
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId ?? null,
    ip: actor.ip,
    details: record.details ?? {},
  };
  await tx.query(
    `WITH previous AS (SELECT seq, hash FROM audit_chain_head FOR UPDATE),
          head AS (
            UPDATE audit_chain_head SET seq = previous.seq + 1,
                   hash = encode(sha256(convert_to((previous.seq + 1)::text || '|' || previous.hash || '|' || $1, 'UTF8')), 'hex')
              FROM previous RETURNING audit_chain_head.seq, audit_chain_head.hash, previous.hash AS prev_hash)
     INSERT INTO audit_log (seq, occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details, prev_hash, hash)
     SELECT head.seq, $2, $3, $4, $5, $6, $7, $8, $9, $10, head.prev_hash, head.hash FROM head`,
    [
      contentOf(entry),
      entry.occurred_at,
      entry.actor_kind,
      entry.actor_id,
      entry.actor_name,
      entry.action,
      entry.entity_type,
      entry.entity_id,
      entry.ip,
      JSON.stringify(entry.details),
    ],
  );
}

export type ChainVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes every hash from the first entry; the first mismatch is where the log was altered. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainVerdict> {
  let expectedPrev = '0'.repeat(64);
  let expectedSeq = 1;
  for (;;) {
    const { rows } = await db.query<AuditRow>('SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2', [expectedSeq, batchSize]);
    for (const row of rows) {
      const { seq, prev_hash, hash, ...content } = row;
      if (seq !== expectedSeq) return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, reason: 'missing entry' };
      if (prev_hash !== expectedPrev) return { ok: false, entries: expectedSeq - 1, brokenAt: seq, reason: 'link to the previous entry broken' };
      if (hashOf(seq, prev_hash, contentOf(content)) !== hash) return { ok: false, entries: expectedSeq - 1, brokenAt: seq, reason: 'content altered' };
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
