import { type RemoteSignatureState, remoteSignatureStateAt } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { remoteSignatureStatus } from './remote.js';
import type { PreparedSignature } from './signer.js';

/**
 * The signatures asked of remote signing services, as this installation keeps track of them: each
 * recorded as it is sent, then settled once the service says it was signed, refused or expired
 * (or once its deadline has passed here, whatever the service says afterwards).
 */

interface RequestRow {
  id: string;
  service_url: string;
  account_id: string;
  transaction_id: string;
  state: RemoteSignatureState;
  signature: Uint8Array | null;
  expires_at: Date;
}

export interface RemoteSettlement {
  state: RemoteSignatureState;
  /** Once signed: the signature to embed. */
  signature: Uint8Array | undefined;
  expiresAt: Date;
}

/** Records a request the service accepted, in the caller's transaction with what waits for it. */
export async function recordRemoteRequest(tx: Queryable, officerId: string, prepared: PreparedSignature, at: Date): Promise<string> {
  const { ticket } = prepared;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO remote_signature_requests (officer_id, service_url, account_id, transaction_id, digest, description, requested_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [officerId, ticket.serviceUrl, ticket.accountId, ticket.transactionId, prepared.digest, prepared.claims.reason, at, ticket.expiresAt],
  );
  return rows[0]!.id;
}

const settlement = (row: Pick<RequestRow, 'state' | 'signature' | 'expires_at'>): RemoteSettlement => ({
  state: row.state,
  signature: row.signature ? new Uint8Array(row.signature) : undefined,
  expiresAt: row.expires_at,
});

/**
 * Where the request stands at `at`: a pending one is asked of the service (or expired, past its
 * deadline), and its end is recorded. Of two instances settling at once, the first record stands.
 */
export async function settleRemoteRequest(db: Queryable, id: string, at: Date): Promise<RemoteSettlement> {
  const { rows } = await db.query<RequestRow>(
    'SELECT id, service_url, account_id, transaction_id, state, signature, expires_at FROM remote_signature_requests WHERE id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) throw new Error(`No remote signature request ${id}`);
  if (row.state !== 'pending') return settlement(row);
  let answer: { state: RemoteSignatureState; signature: Uint8Array | undefined } = { state: remoteSignatureStateAt({ state: 'pending', expiresAt: row.expires_at }, at), signature: undefined };
  if (answer.state === 'pending') {
    answer = await remoteSignatureStatus({ serviceUrl: row.service_url, accountId: row.account_id, transactionId: row.transaction_id, expiresAt: row.expires_at });
    // A service that says "signed" without a signature has not signed anything usable yet.
    if (answer.state === 'signed' && !answer.signature) answer = { state: 'pending', signature: undefined };
  }
  if (answer.state === 'pending') return settlement(row);
  const { rows: settled } = await db.query<RequestRow>(
    `UPDATE remote_signature_requests SET state = $2, signature = $3, settled_at = $4 WHERE id = $1 AND state = 'pending'
     RETURNING id, service_url, account_id, transaction_id, state, signature, expires_at`,
    [id, answer.state, answer.signature ? Buffer.from(answer.signature) : null, at],
  );
  return settled[0] ? settlement(settled[0]) : settleRemoteRequest(db, id, at);
}
