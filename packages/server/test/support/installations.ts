import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, type Socket, connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DocumentContent, exchangeAttachment, parseNumberSymbol } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { buildApp, outboxTopicsFor } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Database, Queryable } from '../../src/db/database.js';
import { type ExchangeContext, type Received, type ReceivedPackageHandler, sendDocumentPackage } from '../../src/modules/exchange/index.js';
import { createSenders } from '../../src/modules/notifications/senders.js';
import { createSigning } from '../../src/modules/signing/credentials.js';
import { drainOutbox } from '../../src/platform/outbox.js';
import { ENGINES, type Engine } from './engines.js';
import { signIn } from './http.js';
import { type Province, createProvince } from './province.js';
import { TEST_CREDENTIAL_KEY } from './signing.js';

/** What an installation's exchange handler was called with, in order. */
export interface HandledPackages {
  documents: Array<Received<'document'>>;
  statuses: Array<Received<'status'>>;
  controls: Array<Received<'control'>>;
}

/** The installation's own handler (the incoming register), recording what it handled once it has. */
function recordingHandler(): { handled: HandledPackages; wrap: (registering: ReceivedPackageHandler) => ReceivedPackageHandler } {
  const handled: HandledPackages = { documents: [], statuses: [], controls: [] };
  return {
    handled,
    wrap: (registering) => ({
      onDocument: async (tx, received) => {
        await registering.onDocument(tx, received);
        handled.documents.push(received);
      },
      onStatus: async (tx, received) => {
        await registering.onStatus(tx, received);
        handled.statuses.push(received);
      },
      onControl: async (tx, received) => {
        await registering.onControl(tx, received);
        handled.controls.push(received);
      },
    }),
  };
}

export interface Installation {
  db: Database;
  province: Province;
  config: Config;
  /** The agency only this installation has, besides the test province every installation has. */
  ownAgency: { code: string; name: string };
  baseUrl: string;
  app: FastifyInstance;
  handled: HandledPackages;
  /** For the exchange functions the document modules call. */
  exchange: ExchangeContext;
  /** Delivers what the outbox holds (packages to peers among it); how many messages it handled. */
  drain(): Promise<number>;
  /** Stops serving, keeping the database: the installation is down. */
  stop(): Promise<void>;
  /** Serves again on the same database and port, with a fresh handler record. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A port free now on loopback, so that the installation's public URL can name it before it listens. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An installation listening on a loopback port: the test province, plus an agency of its own. */
export async function startInstallation(engine: Engine, ownAgency: { code: string; name: string }): Promise<Installation> {
  const { db, dispose } = await engine.open();
  const province = await createProvince(db);
  await db.query(`INSERT INTO agencies (code, name, short_name, kind, parent_id) VALUES ($1, $2, $2, 'department', $3)`, [ownAgency.code, ownAgency.name, province.agencyIds.province]);
  const port = await freePort();
  const filesDir = await mkdtemp(join(tmpdir(), 'motcua-exchange-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const config: Config = {
    ...loadConfig({}),
    publicUrl: baseUrl,
    blobStore: { kind: 'directory', dir: filesDir },
    publicRequestsPerMinute: 10_000,
    credentialKey: TEST_CREDENTIAL_KEY,
  };
  const topics = outboxTopicsFor(db, createSenders(config), config);
  const serve = async () => {
    const recorder = recordingHandler();
    const app = await buildApp(config, db, { logger: false, backgroundJobs: false, exchangeHandler: recorder.wrap });
    await app.listen({ port, host: '127.0.0.1' });
    return { app, handled: recorder.handled };
  };
  const installation: Installation = {
    db,
    province,
    config,
    ownAgency,
    baseUrl,
    ...(await serve()),
    exchange: { signing: createSigning(config), now: () => new Date() },
    drain: () => drainOutbox(db, topics),
    stop: () => installation.app.close(),
    async restart() {
      Object.assign(installation, await serve());
    },
    async close() {
      await installation.app.close();
      await dispose();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
  return installation;
}

export interface SelfDescription {
  name: string;
  baseUrl: string;
  certificatePem: string;
  fingerprintSha256: string;
  agencyCodes: string[];
}

export async function describeSelf(installation: Installation): Promise<SelfDescription> {
  const response = await fetch(`${installation.baseUrl}/api/exchange/v1/peers/self`);
  if (!response.ok) throw new Error(`peers/self: ${response.status} ${await response.text()}`);
  return (await response.json()) as SelfDescription;
}

/**
 * Registers `peer` at `at` as its administrator would: its identity read from its public address,
 * serving the agency codes it has that `at` has not. `baseUrl` may route through something else.
 */
export async function registerPeer(at: Installation, peer: Installation, baseUrl = peer.baseUrl) {
  const [ours, theirs] = await Promise.all([describeSelf(at), describeSelf(peer)]);
  const admin = await signIn(at.app, 'admin');
  return admin.request('POST', '/api/v1/exchange/peers', {
    name: theirs.name,
    baseUrl,
    certificatePem: theirs.certificatePem,
    agencyCodes: theirs.agencyCodes.filter((code) => !ours.agencyCodes.includes(code)),
  });
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A letter as a province sends it to a ministry, with its signed PDF. */
export function sampleLetter(overrides: Partial<DocumentContent> = {}): DocumentContent {
  return {
    number: parseNumberSymbol('123/UBND-VP')!,
    type: 'letter',
    date: '2026-12-04',
    subject: 'Về việc báo cáo kết quả triển khai Đề án 06 năm 2026',
    signer: { name: 'Nguyễn Văn Thắng', position: 'Phó Chủ tịch' },
    urgency: 'urgent',
    steering: ['reply_required'],
    deadline: '2026-12-18',
    replyTo: null,
    attachments: [exchangeAttachment('Công văn 123-UBND-VP.pdf', 'application/pdf', new TextEncoder().encode('%PDF-1.7\n% đã ký số\n%%EOF\n'), sha256)],
    ...overrides,
  };
}

export const PROVINCE = { code: '000.00.00.H29', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh' };
export const MINISTRY = { code: '000.00.00.G01', name: 'Bộ Nội vụ' };
export const SYSTEM = { kind: 'system' as const, ip: '127.0.0.1' };

/**
 * Which engine sends and which receives in an exchange test file. Starting an installation (a
 * database migrated, a province, an app) is most of such a test's time, so each file starts one
 * pair: PGlite sends to PostgreSQL in one file and PostgreSQL to PGlite in the other, and each
 * engine both sends and receives (both PGlite without TEST_DATABASE_URL).
 */
export const PGLITE_SENDS = { sender: ENGINES[0]!, receiver: ENGINES.at(-1)! };
export const POSTGRES_SENDS = { sender: ENGINES.at(-1)!, receiver: ENGINES[0]! };
export const describeEngines = ({ sender, receiver }: typeof PGLITE_SENDS) => `sender on ${sender.name}, receiver on ${receiver.name}`;

export interface Peers {
  /** The province's installation, which sends. */
  a: Installation;
  /** The ministry's installation, which receives. */
  b: Installation;
  /** In front of B: A reaches B through it once they are peers, and it can lose B's answers. */
  proxy: Awaited<ReturnType<typeof startProxy>>;
  close(): Promise<void>;
}

/** The province's installation A and the ministry's B, started together, with a proxy in front of B; not yet each other's peers. */
export async function startPeers(engines: typeof PGLITE_SENDS): Promise<Peers> {
  const [a, b] = await Promise.all([startInstallation(engines.sender, PROVINCE), startInstallation(engines.receiver, MINISTRY)]);
  const proxy = await startProxy(Number(new URL(b.baseUrl).port));
  return {
    a,
    b,
    proxy,
    async close() {
      await proxy.close();
      await Promise.all([a.close(), b.close()]);
    },
  };
}

/** Registers each installation as the other's peer, A reaching B through the proxy; the peer as A registered it. */
export async function connectPeers({ a, b, proxy }: Peers) {
  const atA = await registerPeer(a, b, proxy.baseUrl);
  const atB = await registerPeer(b, a);
  for (const response of [atA, atB]) if (response.statusCode !== 201) throw new Error(`Registering a peer: ${response.statusCode} ${response.body}`);
  return atA.json() as { id: string; name: string; baseUrl: string; certificatePem: string; agencyCodes: string[] };
}

export const one = async <Row>(db: Queryable, sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows[0]!;
export const count = async (db: Queryable, sql: string, params: unknown[] = []) => (await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${sql}`, params)).n;

/** The province of installation A sends a letter to the ministry of installation B (or another recipient); its package id. */
export const sendLetter = (a: Installation, overrides: Partial<DocumentContent> = {}, recipient = MINISTRY) =>
  a.db.transaction((tx) =>
    sendDocumentPackage(tx, a.exchange, {
      actor: SYSTEM,
      senderAgencyCode: PROVINCE.code,
      recipient: { agencyCode: recipient.code, name: recipient.name },
      document: sampleLetter(overrides),
    }),
  );

/** What an installation sent: the exact bytes and headers a peer got. */
export async function sentPackage(a: Installation, packageId: string) {
  const row = await one<{ body: Uint8Array; signature: string; fingerprint_sha256: string }>(
    a.db,
    'SELECT o.body, o.signature, i.fingerprint_sha256 FROM exchange_outgoing_packages o CROSS JOIN exchange_identity i WHERE o.package_id = $1',
    [packageId],
  );
  return { body: Buffer.from(row.body), signature: row.signature, fingerprint: row.fingerprint_sha256 };
}

export const postPackage = (to: Installation, body: Uint8Array, headers: Record<string, string>) =>
  fetch(`${to.baseUrl}/api/exchange/v1/packages`, { method: 'POST', headers: { 'content-type': 'application/xml', ...headers }, body: Buffer.from(body) });

/**
 * A proxy in front of the receiver that can cut the connection once the receiver answers, so that
 * the receiver keeps the package and the sender never hears so: the answer lost mid-delivery.
 */
export async function startProxy(targetPort: number) {
  const mode = { cutAnswers: false };
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      if (mode.cutAnswers) {
        client.destroy();
        upstream.destroy();
      } else {
        client.write(chunk);
      }
    });
    upstream.on('end', () => client.end());
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    mode,
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // The sender's connections are kept alive: closing waits for none of them.
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        for (const socket of sockets) socket.destroy();
      }),
  };
}
