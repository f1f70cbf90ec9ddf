import { X509Certificate, verify } from 'node:crypto';
import { type ExchangePackage, parsePackage } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { type Peer, findPeerByFingerprint } from './peers.js';
import { type ExchangeContext, sendStatus, sha256Hex } from './sending.js';

type PackageOf<Kind extends ExchangePackage['kind']> = Extract<ExchangePackage, { kind: Kind }>;

/** A package as received: what it says, and the registered peer whose key signed it. */
export interface Received<Kind extends ExchangePackage['kind']> {
  package: PackageOf<Kind>;
  peer: { id: string; name: string };
}

/**
 * What the rest of the application does with what arrives, in the transaction that stores it (if
 * it throws, nothing is stored and the peer sends again). The incoming register registers a
 * document, shows a status on the outgoing one, withdraws or replaces a recalled or updated one.
 */
export interface ReceivedPackageHandler {
  onDocument(tx: Queryable, received: Received<'document'>): Promise<void>;
  onStatus(tx: Queryable, received: Received<'status'>): Promise<void>;
  onControl(tx: Queryable, received: Received<'control'>): Promise<void>;
}

export interface DeliveredPackage {
  body: Buffer;
  signature: string | undefined;
  certificateSha256: string | undefined;
  ip: string;
}

export interface ReceiptAnswer {
  packageId: string;
  kind: ExchangePackage['kind'];
  receivedAt: string;
}

/** A package turned away: answered with its code, and written to the refusal log and the audit log. */
class Refusal extends AppError {
  constructor(
    statusCode: number,
    code: string,
    vi: string,
    en: string,
    readonly claimed: { peerId?: string; packageId?: string; senderCode?: string } = {},
  ) {
    super(statusCode, code, vi, en);
  }
}

async function logRefusal(db: Queryable, delivered: DeliveredPackage, refusal: Refusal): Promise<void> {
  const { peerId = null, packageId = null, senderCode = null } = refusal.claimed;
  const bodySha256 = sha256Hex(delivered.body);
  await db.query(
    `INSERT INTO exchange_refusals (code, reason, peer_id, package_id, sender_code, remote_address, body_sha256, body_bytes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [refusal.code, refusal.en, peerId, packageId, senderCode, delivered.ip, bodySha256, delivered.body.length],
  );
  await appendAudit(db, systemActor(delivered), {
    action: 'exchange.package_refused',
    entityType: 'exchange_package',
    entityId: packageId,
    details: { code: refusal.code, peerId, senderCode, bodySha256 },
  });
}

const systemActor = (delivered: DeliveredPackage): Actor => ({ kind: 'system', ip: delivered.ip });

function signatureHolds(peer: Peer, body: Buffer, signature: string): boolean {
  try {
    return verify('sha256', body, new X509Certificate(peer.certificatePem).publicKey, Buffer.from(signature, 'base64'));
  } catch {
    // A signature that is not even DER (or a key type node cannot verify with) proves nothing.
    return false;
  }
}

/** Who signed it: a registered peer, by its certificate's fingerprint, and a signature its key made over these bytes. */
async function authenticate(db: Queryable, delivered: DeliveredPackage): Promise<Peer> {
  if (!delivered.signature || !delivered.certificateSha256) {
    throw new Refusal(401, 'exchange_signature_missing', 'Gói tin không kèm chữ ký số của hệ thống gửi.', 'The package carries no signature of the sending installation.');
  }
  const peer = await findPeerByFingerprint(db, delivered.certificateSha256.toLowerCase());
  if (!peer) {
    throw new Refusal(
      403,
      'exchange_peer_unknown',
      'Gói tin được ký bằng chứng thư số chưa đăng ký cho hệ thống ngang hàng nào.',
      'The package is signed with a certificate no registered peer has.',
    );
  }
  if (!signatureHolds(peer, delivered.body, delivered.signature)) {
    throw new Refusal(
      401,
      'exchange_signature_invalid',
      `Chữ ký số trên gói tin không khớp với nội dung hoặc với chứng thư của "${peer.name}": gói tin có thể đã bị sửa.`,
      `The signature does not match the package or the certificate of "${peer.name}": the package may have been altered.`,
      { peerId: peer.id },
    );
  }
  return peer;
}

/**
 * The sender must be one the signing peer serves. The recipient must be an agency here: a document
 * for another is kept and refused with a status (so that its sender learns it went astray); a
 * status or control package for another is turned away. True when the recipient is here.
 */
async function checkParties(db: Queryable, peer: Peer, pkg: ExchangePackage): Promise<boolean> {
  const claimed = { peerId: peer.id, packageId: pkg.header.packageId, senderCode: pkg.header.from.agencyCode };
  if (!peer.agencyCodes.includes(pkg.header.from.agencyCode)) {
    throw new Refusal(
      403,
      'exchange_sender_not_served',
      `Cơ quan gửi ${pkg.header.from.agencyCode} không thuộc hệ thống ngang hàng "${peer.name}" đã ký gói tin.`,
      `Sending agency ${pkg.header.from.agencyCode} is not served by peer "${peer.name}", which signed the package.`,
      claimed,
    );
  }
  const { rows } = await db.query('SELECT 1 FROM agency_directory WHERE code = $1', [pkg.header.to.agencyCode]);
  if (!rows[0] && pkg.kind !== 'document') {
    throw new Refusal(
      422,
      'exchange_recipient_unknown',
      `Cơ quan nhận ${pkg.header.to.agencyCode} không thuộc hệ thống này.`,
      `Receiving agency ${pkg.header.to.agencyCode} does not belong to this installation.`,
      claimed,
    );
  }
  return rows.length > 0;
}

const unknownReference = (pkg: Extract<ExchangePackage, { refersTo: string }>, peer: Peer) =>
  new Refusal(
    422,
    'exchange_unknown_reference',
    `Gói tin nhắc đến văn bản ${pkg.refersTo}, không có trong các văn bản đã trao đổi với cơ quan ${pkg.header.from.agencyCode}.`,
    `The package refers to document ${pkg.refersTo}, which was not exchanged with agency ${pkg.header.from.agencyCode}.`,
    { peerId: peer.id, packageId: pkg.header.packageId, senderCode: pkg.header.from.agencyCode },
  );

/** What a package does here besides being kept: the handler's part, the arrival status back, the document's state. */
async function apply(tx: Queryable, ctx: ExchangeContext, handler: ReceivedPackageHandler, peer: Peer, pkg: ExchangePackage, actor: Actor, addressedHere: boolean): Promise<void> {
  const from = { id: peer.id, name: peer.name };
  if (pkg.kind === 'document' && !addressedHere) {
    const reason = `Cơ quan nhận ${pkg.header.to.agencyCode} (${pkg.header.to.name}) không thuộc hệ thống này; văn bản không được vào sổ.`;
    await sendStatus(tx, ctx, { actor, documentPackageId: pkg.header.packageId, status: 'refused', reason });
  } else if (pkg.kind === 'document') {
    // Queued first, so that a status the register sends at once (accepted) goes after it.
    await sendStatus(tx, ctx, { actor, documentPackageId: pkg.header.packageId, status: 'arrived' });
    await handler.onDocument(tx, { package: pkg, peer: from });
  } else if (pkg.kind === 'status') {
    const { rowCount } = await tx.query(
      "UPDATE exchange_outgoing_packages SET last_status = $2, last_status_at = now() WHERE package_id = $1 AND kind = 'document' AND recipient_code = $3",
      [pkg.refersTo, pkg.status, pkg.header.from.agencyCode],
    );
    if (rowCount === 0) throw unknownReference(pkg, peer);
    await handler.onStatus(tx, { package: pkg, peer: from });
  } else {
    const { rowCount } = await tx.query(
      "UPDATE exchange_received_packages SET state = $2 WHERE package_id = $1 AND kind = 'document' AND sender_code = $3",
      [pkg.refersTo, pkg.action === 'recall' ? 'recalled' : 'updated', pkg.header.from.agencyCode],
    );
    if (rowCount === 0) throw unknownReference(pkg, peer);
    await handler.onControl(tx, { package: pkg, peer: from });
  }
}

interface StoredRow {
  kind: ExchangePackage['kind'];
  body_sha256: string;
  received_at: Date;
}

/**
 * Receives a package from a peer: authenticated (signature over the exact bytes, by a registered
 * peer's key) before it is read, read strictly, kept once per package id. The same package
 * delivered again (the sender's retry after a lost answer) gets the first answer and changes
 * nothing; anything refused is logged and never kept.
 */
export async function receivePackage(
  ctx: Pick<AppContext, 'db' | 'signing' | 'now'>,
  handler: ReceivedPackageHandler,
  delivered: DeliveredPackage,
): Promise<ReceiptAnswer> {
  try {
    const peer = await authenticate(ctx.db, delivered);
    const reading = parsePackage(delivered.body, sha256Hex);
    if (!reading.ok) {
      const { problem } = reading;
      throw new Refusal(400, `exchange_${problem.code}`, problem.vi, problem.en, { peerId: peer.id });
    }
    const pkg = reading.package;
    const addressedHere = await checkParties(ctx.db, peer, pkg);
    const bodySha256 = sha256Hex(delivered.body);
    const actor = systemActor(delivered);
    return await ctx.db.transaction(async (tx) => {
      const { rows } = await tx.query<StoredRow>(
        `INSERT INTO exchange_received_packages
           (package_id, kind, refers_to, peer_id, sender_code, sender_name, recipient_code, recipient_name, body, body_sha256, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (package_id) DO NOTHING RETURNING kind, body_sha256, received_at`,
        [
          pkg.header.packageId,
          pkg.kind,
          pkg.kind === 'document' ? null : pkg.refersTo,
          peer.id,
          pkg.header.from.agencyCode,
          pkg.header.from.name,
          pkg.header.to.agencyCode,
          pkg.header.to.name,
          delivered.body,
          bodySha256,
          delivered.signature,
        ],
      );
      const stored = rows[0] ?? (await tx.query<StoredRow>('SELECT kind, body_sha256, received_at FROM exchange_received_packages WHERE package_id = $1', [pkg.header.packageId])).rows[0]!;
      if (stored.body_sha256 !== bodySha256) {
        throw new Refusal(
          409,
          'exchange_package_conflict',
          `Gói tin ${pkg.header.packageId} đã nhận trước đó với nội dung khác.`,
          `Package ${pkg.header.packageId} was received before with different content.`,
          { peerId: peer.id, packageId: pkg.header.packageId, senderCode: pkg.header.from.agencyCode },
        );
      }
      if (rows[0]) {
        await apply(tx, ctx, handler, peer, pkg, actor, addressedHere);
        await appendAudit(tx, actor, {
          action: `exchange.${pkg.kind}_received`,
          entityType: 'exchange_package',
          entityId: pkg.header.packageId,
          details: { peer: peer.name, from: pkg.header.from.agencyCode, to: pkg.header.to.agencyCode, ...(pkg.kind !== 'document' && { refersTo: pkg.refersTo }) },
        });
      }
      return { packageId: pkg.header.packageId, kind: stored.kind, receivedAt: stored.received_at.toISOString() };
    });
  } catch (error) {
    if (error instanceof Refusal) await logRefusal(ctx.db, delivered, error);
    throw error;
  }
}
