import { type KeyObject, constants, createPrivateKey, privateEncrypt, randomUUID } from 'node:crypto';
import { type RemoteSignatureEvent, type RemoteSignatureState, nextRemoteSignatureState, remoteSignatureStateAt } from '@motcua/core';
import Fastify, { type FastifyInstance } from 'fastify';

/**
 * A stand-in for a remote signing service (remote.ts documents the protocol), for the demo and the
 * tests: it holds officers' keys issued by the demo CA, shows each request on "the phone" (a page
 * and its JSON), signs the hash when the signer confirms, and refuses or lets the request expire
 * otherwise. Its state is in memory: a restart forgets pending requests, as a service that lost
 * them would answer 404.
 */

export interface SimulatedAccount {
  accountId: string;
  holderName: string;
  /** RSA, PKCS#8 DER: the service signs a bare hash, which RSA PKCS#1 v1.5 allows. */
  privateKeyPkcs8: Uint8Array;
  certificate: Uint8Array;
  chain: Uint8Array[];
}

export interface SimulatorOptions {
  accounts: SimulatedAccount[];
  /** How long the signer has to confirm. */
  timeoutMs: number;
  now?: () => Date;
}

interface Transaction {
  transactionId: string;
  accountId: string;
  hash: Buffer;
  description: string;
  state: RemoteSignatureState;
  requestedAt: Date;
  expiresAt: Date;
  signature: Buffer | undefined;
}

// DER prefix of a DigestInfo for SHA-256 (RFC 8017, 9.2 note 1): the hash follows it.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export function createSigningSimulator(options: SimulatorOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const accounts = new Map(options.accounts.map((account) => [account.accountId, { ...account, key: createPrivateKey({ key: Buffer.from(account.privateKeyPkcs8), format: 'der', type: 'pkcs8' }) }]));
  const transactions = new Map<string, Transaction>();
  const app = Fastify({ logger: false });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, _body, done) => done(null, {}));

  const current = (transaction: Transaction) => {
    transaction.state = remoteSignatureStateAt(transaction, now());
    return transaction;
  };
  const sign = (key: KeyObject, hash: Buffer) => privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, hash]));

  /** The signer's answer on the phone: a signature on confirmation; nothing once the request has ended. */
  function answer(transactionId: string, event: RemoteSignatureEvent): Transaction | undefined {
    const transaction = transactions.get(transactionId);
    if (!transaction) return undefined;
    const next = nextRemoteSignatureState(current(transaction).state, event);
    if (!next) return transaction;
    transaction.state = next;
    if (next === 'signed') transaction.signature = sign(accounts.get(transaction.accountId)!.key, transaction.hash);
    return transaction;
  }

  const view = (transaction: Transaction) => ({
    transactionId: transaction.transactionId,
    state: transaction.state,
    description: transaction.description,
    requestedAt: transaction.requestedAt.toISOString(),
    expiresAt: transaction.expiresAt.toISOString(),
    ...(transaction.signature ? { signature: b64(transaction.signature) } : {}),
  });
  const pendingOf = (accountId: string) => [...transactions.values()].map(current).filter((item) => item.accountId === accountId && item.state === 'pending');

  app.get<{ Params: { accountId: string } }>('/v1/accounts/:accountId/certificate', async (request, reply) => {
    const account = accounts.get(request.params.accountId);
    if (!account) return reply.status(404).send({ error: 'unknown_account' });
    return { accountId: account.accountId, holderName: account.holderName, certificate: b64(account.certificate), chain: account.chain.map(b64) };
  });

  app.post<{ Body: { accountId?: string; hashAlgorithm?: string; hash?: string; description?: string } }>('/v1/signatures', async (request, reply) => {
    const { accountId = '', hashAlgorithm, hash = '', description = '' } = request.body ?? {};
    const digest = Buffer.from(hash, 'base64');
    if (!accounts.has(accountId)) return reply.status(404).send({ error: 'unknown_account' });
    if (hashAlgorithm !== 'SHA-256' || digest.length !== 32) return reply.status(400).send({ error: 'bad_hash' });
    const requestedAt = now();
    const transaction: Transaction = {
      transactionId: randomUUID(),
      accountId,
      hash: digest,
      description: String(description).slice(0, 500),
      state: 'pending',
      requestedAt,
      expiresAt: new Date(requestedAt.getTime() + options.timeoutMs),
      signature: undefined,
    };
    transactions.set(transaction.transactionId, transaction);
    return reply.status(202).send({ transactionId: transaction.transactionId, state: transaction.state, expiresAt: transaction.expiresAt.toISOString() });
  });

  app.get<{ Params: { id: string } }>('/v1/signatures/:id', async (request, reply) => {
    const transaction = transactions.get(request.params.id);
    return transaction ? view(current(transaction)) : reply.status(404).send({ error: 'unknown_transaction' });
  });

  app.get<{ Params: { accountId: string } }>('/v1/accounts/:accountId/pending', async (request) => pendingOf(request.params.accountId).map(view));

  for (const event of ['confirm', 'refuse'] as const) {
    app.post<{ Params: { id: string } }>(`/v1/signatures/:id/${event}`, async (request, reply) => {
      const transaction = answer(request.params.id, event);
      return transaction ? view(transaction) : reply.status(404).send({ error: 'unknown_transaction' });
    });
    app.post<{ Params: { accountId: string; id: string } }>(`/phone/:accountId/requests/:id/${event}`, async (request, reply) => {
      if (transactions.get(request.params.id)?.accountId === request.params.accountId) answer(request.params.id, event);
      return reply.redirect(`/phone/${encodeURIComponent(request.params.accountId)}`, 303);
    });
  }

  app.get<{ Params: { accountId: string } }>('/phone/:accountId', async (request, reply) => {
    const account = accounts.get(request.params.accountId);
    if (!account) return reply.status(404).type('text/plain; charset=utf-8').send('Không có tài khoản này / Unknown account');
    const path = `/phone/${encodeURIComponent(account.accountId)}/requests`;
    const items = pendingOf(account.accountId)
      .map(
        (item) => `<li><p>${escapeHtml(item.description)}</p><p>Hết hạn lúc / Expires: ${item.expiresAt.toISOString()}</p>
<form method="post" action="${path}/${item.transactionId}/confirm"><button>Xác nhận ký / Confirm</button></form>
<form method="post" action="${path}/${item.transactionId}/refuse"><button>Từ chối / Refuse</button></form></li>`,
      )
      .join('');
    return reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Ký số từ xa (mô phỏng)</title></head><body><h1>Yêu cầu ký số chờ xác nhận</h1><p>${escapeHtml(account.holderName)}</p>
${items ? `<ul>${items}</ul>` : '<p>Không có yêu cầu nào / Nothing waits.</p>'}</body></html>`);
  });

  return app;
}
