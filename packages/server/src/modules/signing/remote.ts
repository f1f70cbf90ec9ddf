import type { RemoteSignatureState } from '@motcua/core';
import { REMOTE_SIGNATURE_STATES } from '@motcua/core';
import { createHash } from 'node:crypto';
import { AppError } from '../../platform/errors.js';
import type { DocumentSigner, RemoteTicket } from './signer.js';

/**
 * The HTTP adapter for a remote signing service of the kind Vietnamese providers offer (VNPT
 * SmartCA, Viettel MySign): the private key stays with the service, the signer confirms each
 * signature on their phone. An administrator configures, per officer, the service's address and
 * the officer's account id there. The protocol, JSON over HTTPS (simulator.ts serves it):
 *
 * - `GET  /v1/accounts/:accountId/certificate` → 200 `{ accountId, holderName, certificate, chain }`
 *   (DER, base64), 404 for an unknown account.
 * - `POST /v1/signatures` `{ accountId, hashAlgorithm: "SHA-256", hash, description }` (hash:
 *   base64 of the 32 bytes to sign) → 202 `{ transactionId, state: "pending", expiresAt }`; the
 *   request shows on the signer's phone with the description.
 * - `GET  /v1/signatures/:transactionId` → 200 `{ transactionId, state, signature? }`, state one
 *   of pending, signed, refused, expired; signature (base64) once signed: RSASSA-PKCS1-v1_5 over
 *   the DigestInfo of the hash.
 * - The phone: `GET /v1/accounts/:accountId/pending` lists what waits, and
 *   `POST /v1/signatures/:transactionId/confirm` or `/refuse` answers (the simulator also serves
 *   a page, `GET /phone/:accountId`, with the buttons).
 *
 * The server polls the transaction (a background job, or the leader asking for news); a request
 * not confirmed before `expiresAt` is expired on both sides.
 */

export interface RemoteAccount {
  serviceUrl: string;
  accountId: string;
}

const unavailable = (serviceUrl: string) =>
  new AppError(
    502,
    'remote_signing_unavailable',
    `Không kết nối được dịch vụ ký số từ xa (${serviceUrl}); vui lòng thử lại sau hoặc liên hệ quản trị hệ thống.`,
    `The remote signing service (${serviceUrl}) cannot be reached; try again later or ask an administrator.`,
  );

const base = (account: RemoteAccount) => account.serviceUrl.replace(/\/+$/, '');

async function call<T>(account: RemoteAccount, path: string, init?: { method: 'POST'; body: unknown }): Promise<{ status: number; body: T }> {
  let response: Response;
  try {
    response = await fetch(`${base(account)}${path}`, {
      method: init?.method ?? 'GET',
      headers: init ? { 'content-type': 'application/json' } : {},
      body: init ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw unavailable(account.serviceUrl);
  }
  if (response.status >= 500) throw unavailable(account.serviceUrl);
  return { status: response.status, body: (await response.json().catch(() => ({}))) as T };
}

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** The certificate the service holds for the account: what an administrator's configuration records. */
export async function fetchRemoteCertificate(account: RemoteAccount): Promise<{ certificate: Uint8Array; chain: Uint8Array[] }> {
  const { status, body } = await call<{ certificate?: string; chain?: string[] }>(account, `/v1/accounts/${encodeURIComponent(account.accountId)}/certificate`);
  if (status !== 200 || typeof body.certificate !== 'string') {
    throw new AppError(
      400,
      'remote_account_unknown',
      `Dịch vụ ký số từ xa không có tài khoản "${account.accountId}".`,
      `The remote signing service has no account "${account.accountId}".`,
      'accountId',
    );
  }
  return { certificate: bytes(body.certificate), chain: (body.chain ?? []).map(bytes) };
}

/** A signer whose key is at the service: each signature waits for the signer's confirmation. */
export function remoteSigner(account: RemoteAccount, certificate: Uint8Array, chain: Uint8Array[]): DocumentSigner {
  return {
    certificate,
    chain,
    async begin(toBeSigned, description): Promise<{ awaiting: RemoteTicket }> {
      const hash = createHash('sha256').update(toBeSigned).digest('base64');
      const { status, body } = await call<{ transactionId?: string; expiresAt?: string }>(account, '/v1/signatures', {
        method: 'POST',
        body: { accountId: account.accountId, hashAlgorithm: 'SHA-256', hash, description },
      });
      if (status !== 202 || !body.transactionId || !body.expiresAt) throw unavailable(account.serviceUrl);
      return { awaiting: { ...account, transactionId: body.transactionId, expiresAt: new Date(body.expiresAt) } };
    },
  };
}

/** Where the service says a request stands, with the signature once the signer confirmed it. */
export async function remoteSignatureStatus(ticket: RemoteTicket): Promise<{ state: RemoteSignatureState; signature: Uint8Array | undefined }> {
  const { status, body } = await call<{ state?: string; signature?: string }>(ticket, `/v1/signatures/${encodeURIComponent(ticket.transactionId)}`);
  const state = REMOTE_SIGNATURE_STATES.find((known) => known === body.state);
  // A service that lost the request (404) cannot sign it any more.
  if (status === 404) return { state: 'expired', signature: undefined };
  if (status !== 200 || !state) throw unavailable(ticket.serviceUrl);
  return { state, signature: state === 'signed' && body.signature ? bytes(body.signature) : undefined };
}
