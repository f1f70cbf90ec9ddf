import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { type Actor, actorName, auditActorId } from './actor.js';
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
  chain_position: number | null;
  prev_hash: string | null;
  hash: string | null;
}

/** An audit entry as the database function `append_audit` takes it. */
export type AuditEntry = Pick<AuditRow, 'occurred_at' | 'actor_kind' | 'actor_id' | 'actor_name' | 'action' | 'entity_type' | 'entity_id' | 'ip' | 'details'>;

/** What an entry's hash covers besides its chain position and its predecessor's hash. */
function contentOf(row: AuditEntry & { seq: number }): string {
  const { seq, occurred_at, actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details } = row;
  return canonicalJson({ seq, occurred_at: occurred_at.toISOString(), actor_kind, actor_id, actor_name, action, entity_type, entity_id, ip, details });
}

function hashOf(position: number, prevHash: string, content: string): string {
  return createHash('sha256').update(`${position}|${prevHash}|${content}`).digest('hex');
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
 * Chains the entries whose transactions are over, oldest first, and returns how many it sealed.
 * Several instances may call it at once: whoever holds the chain head seals, the others skip.
 */
export async function sealAuditLog(db: Database, batchSize = 2000): Promise<number> {
  return db.transaction(async (tx) => {
    const head = await tx.query<{ position: number; hash: string }>('SELECT position, hash FROM audit_chain_head FOR UPDATE SKIP LOCKED');
    const start = head.rows[0];
    if (!start) return 0;
    const { rows } = await tx.query<AuditRow>(
      `SELECT * FROM audit_log WHERE hash IS NULL AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY seq LIMIT $1`,
      [batchSize],
    );
    if (rows.length === 0) return 0;
    let position = start.position;
    let previous = start.hash;
    const sealed = rows.map((row) => {
      position++;
      const hash = hashOf(position, previous, contentOf(row));
      const seal = { seq: row.seq, position, prev: previous, hash };
      previous = hash;
      return seal;
    });
    await tx.query(
      `UPDATE audit_log a SET chain_position = s.position, prev_hash = s.prev, hash = s.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(seq, position, prev, hash)
        WHERE a.seq = s.seq`,
      [sealed.map((s) => s.seq), sealed.map((s) => s.position), sealed.map((s) => s.prev), sealed.map((s) => s.hash)],
    );
    await tx.query('UPDATE audit_chain_head SET position = $1, hash = $2', [position, previous]);
    return sealed.length;
  });
}

export type ChainVerdict =
  | { ok: true; entries: number; unsealed: number }
  | { ok: false; entries: number; unsealed: number; brokenAt: number; reason: string };

/** Recomputes every sealed entry's hash in chain order; the first mismatch is where the log was altered. */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<ChainVerdict> {
  const unsealed = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL')).rows[0]!.n;
  let expectedPrev = '0'.repeat(64);
  let expected = 1;
  const broken = (at: number, reason: string): ChainVerdict => ({ ok: false, entries: expected - 1, unsealed, brokenAt: at, reason });
  for (;;) {
    const { rows } = await db.query<AuditRow>(
      'SELECT * FROM audit_log WHERE chain_position >= $1 ORDER BY chain_position LIMIT $2',
      [expected, batchSize],
    );
    for (const row of rows) {
      if (row.chain_position !== expected) return broken(expected, 'missing entry');
      if (row.prev_hash !== expectedPrev) return broken(expected, 'link to the previous entry broken');
      if (hashOf(expected, expectedPrev, contentOf(row)) !== row.hash) return broken(expected, 'content altered');
      expectedPrev = row.hash;
      expected++;
    }
    if (rows.length < batchSize) break;
  }
  const head = (await db.query<{ position: number; hash: string }>('SELECT position, hash FROM audit_chain_head')).rows[0]!;
  if (head.position !== expected - 1 || head.hash !== expectedPrev) return broken(expected, 'entries removed from the end');
  return { ok: true, entries: expected - 1, unsealed };
}
