import { createHash, randomUUID } from 'node:crypto';
import { type ControlAction, type DocumentContent, type ExchangePackage, type ExchangeParty, type ExchangeStatus, buildPackage } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { enqueue } from '../../platform/outbox.js';
import { exchangeIdentity, signPackage } from './identity.js';
import { peerServing } from './peers.js';

/** The outbox topic that carries packages to peers; its payload names the package by id. */
export const EXCHANGE_TOPIC = 'exchange.package';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What sending needs of the application: the vault that holds the installation's key, and the clock. */
export type ExchangeContext = Pick<AppContext, 'signing' | 'now'>;

/** A package and its follow-ups share an ordering key, so that a recall never overtakes its document. */
const orderingKey = (documentPackageId: string) => `exchange:${documentPackageId}`;

interface OurAgency {
  code: string;
  name: string;
}

async function ourAgency(tx: Queryable, agencyCode: string): Promise<OurAgency> {
  const { rows } = await tx.query<OurAgency>('SELECT code, name FROM agency_directory WHERE code = $1', [agencyCode]);
  if (!rows[0]) {
    throw new AppError(422, 'exchange_sender_not_ours', `Cơ quan ${agencyCode} không thuộc hệ thống này.`, `Agency ${agencyCode} does not belong to this installation.`);
  }
  return rows[0];
}

/**
 * Builds, signs, stores and queues one package, all in the caller's transaction: if it rolls back,
 * nothing is sent. The bytes and signature are kept, so every retry sends the same package.
 */
async function queuePackage(tx: Queryable, ctx: ExchangeContext, actor: Actor, pkg: ExchangePackage, documentPackageId: string): Promise<void> {
  const peer = await peerServing(tx, pkg.header.to.agencyCode);
  if (!peer) {
    throw new AppError(
      422,
      'exchange_no_peer',
      `Chưa có hệ thống ngang hàng nào được đăng ký cho cơ quan ${pkg.header.to.agencyCode}; đề nghị quản trị hệ thống đăng ký.`,
      `No peer installation is registered for agency ${pkg.header.to.agencyCode}; an administrator must register one.`,
    );
  }
  const built = buildPackage(pkg, sha256Hex);
  if (!built.ok) throw new AppError(422, `exchange_${built.problem.code}`, built.problem.vi, built.problem.en, built.problem.field ?? undefined);
  const identity = await exchangeIdentity(tx, ctx.signing, ctx.now());
  const refersTo = pkg.kind === 'document' ? null : pkg.refersTo;
  await tx.query(
    `INSERT INTO exchange_outgoing_packages (package_id, kind, refers_to, sender_code, sender_name, recipient_code, recipient_name, body, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [pkg.header.packageId, pkg.kind, refersTo, pkg.header.from.agencyCode, pkg.header.from.name, pkg.header.to.agencyCode, pkg.header.to.name, Buffer.from(built.bytes), signPackage(identity, built.bytes)],
  );
  await enqueue(tx, EXCHANGE_TOPIC, { packageId: pkg.header.packageId }, orderingKey(documentPackageId));
  await appendAudit(tx, actor, {
    action: `exchange.${pkg.kind}_sent`,
    entityType: 'exchange_package',
    entityId: pkg.header.packageId,
    details: { kind: pkg.kind, refersTo, from: pkg.header.from.agencyCode, to: pkg.header.to.agencyCode, peer: peer.name, bytes: built.bytes.length },
  });
}

const header = (ctx: ExchangeContext, from: ExchangeParty, to: ExchangeParty) => ({ packageId: randomUUID(), from, to, sentAt: ctx.now() });

export interface DocumentToSend {
  actor: Actor;
  /** The agency of this installation that sends it. */
  senderAgencyCode: string;
  recipient: ExchangeParty;
  document: DocumentContent;
}

/** Sends a released document to an agency of another installation; returns the package id its statuses and follow-ups will name. */
export async function sendDocumentPackage(tx: Queryable, ctx: ExchangeContext, input: DocumentToSend): Promise<{ packageId: string }> {
  const sender = await ourAgency(tx, input.senderAgencyCode);
  const pkg: ExchangePackage = { kind: 'document', header: header(ctx, { agencyCode: sender.code, name: sender.name }, input.recipient), document: input.document };
  await queuePackage(tx, ctx, input.actor, pkg, pkg.header.packageId);
  return { packageId: pkg.header.packageId };
}

interface PartiesRow {
  sender_code: string;
  sender_name: string;
  recipient_code: string;
  recipient_name: string;
}

/** Tells the sender of a received document how it moves here (arrived, refused with a reason, accepted …). */
export async function sendStatus(
  tx: Queryable,
  ctx: ExchangeContext,
  input: { actor: Actor; documentPackageId: string; status: ExchangeStatus; reason?: string | null },
): Promise<{ packageId: string }> {
  const { rows } = await tx.query<PartiesRow>(
    "SELECT sender_code, sender_name, recipient_code, recipient_name FROM exchange_received_packages WHERE package_id = $1 AND kind = 'document'",
    [input.documentPackageId],
  );
  if (!rows[0]) throw notFound({ vi: 'văn bản điện tử đã nhận', en: 'Received document package' });
  // From the agency it was addressed to, as addressed: a document for an agency not here is refused in its name.
  const pkg: ExchangePackage = {
    kind: 'status',
    header: header(ctx, { agencyCode: rows[0].recipient_code, name: rows[0].recipient_name }, { agencyCode: rows[0].sender_code, name: rows[0].sender_name }),
    refersTo: input.documentPackageId,
    status: input.status,
    reason: input.reason ?? null,
  };
  await queuePackage(tx, ctx, input.actor, pkg, input.documentPackageId);
  return { packageId: pkg.header.packageId };
}

async function sendControl(
  tx: Queryable,
  ctx: ExchangeContext,
  input: { actor: Actor; documentPackageId: string; action: ControlAction; reason: string; replacement: DocumentContent | null },
): Promise<{ packageId: string }> {
  const { rows } = await tx.query<PartiesRow>(
    "SELECT sender_code, sender_name, recipient_code, recipient_name FROM exchange_outgoing_packages WHERE package_id = $1 AND kind = 'document'",
    [input.documentPackageId],
  );
  if (!rows[0]) throw notFound({ vi: 'văn bản điện tử đã gửi', en: 'Sent document package' });
  const pkg: ExchangePackage = {
    kind: 'control',
    header: header(ctx, { agencyCode: rows[0].sender_code, name: rows[0].sender_name }, { agencyCode: rows[0].recipient_code, name: rows[0].recipient_name }),
    refersTo: input.documentPackageId,
    action: input.action,
    reason: input.reason,
    replacement: input.replacement,
  };
  await queuePackage(tx, ctx, input.actor, pkg, input.documentPackageId);
  return { packageId: pkg.header.packageId };
}

/** Recalls a document sent to another installation; it goes after the document, never before. */
export const recallDocumentPackage = (tx: Queryable, ctx: ExchangeContext, input: { actor: Actor; documentPackageId: string; reason: string }) =>
  sendControl(tx, ctx, { ...input, action: 'recall', replacement: null });

/** Sends a corrected version of a document sent to another installation. */
export const updateDocumentPackage = (tx: Queryable, ctx: ExchangeContext, input: { actor: Actor; documentPackageId: string; reason: string; document: DocumentContent }) =>
  sendControl(tx, ctx, { actor: input.actor, documentPackageId: input.documentPackageId, action: 'update', reason: input.reason, replacement: input.document });
