import { CONFIDENTIALITIES, type DocumentContent, type IncomingState, type PackageHeader, isClassified, registerSequence } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { findAgencyByCode } from '../agencies/index.js';
import { type ReceivedPackageHandler, sendStatus } from '../exchange/index.js';
import { type DocumentDeps, attach, insertIncoming, recordEvent, withText } from './service.js';

/** Who registers, recalls and updates what another installation sends: the installation itself. */
const EXCHANGE_ACTOR: Actor = { kind: 'system', ip: '' };

interface ArrivedDocument {
  id: string;
  package_id: string;
  state: IncomingState;
}

/** The incoming document a package registered, locked for the change its sender asks. */
async function arrivalOf(tx: Queryable, packageId: string): Promise<ArrivedDocument | undefined> {
  const { rows } = await tx.query<ArrivedDocument>(
    `SELECT d.id, a.package_id, d.state FROM document_exchange_arrivals a JOIN documents d ON d.id = a.document_id WHERE a.package_id = $1 FOR UPDATE OF d`,
    [packageId],
  );
  return rows[0];
}

const filesOf = (document: DocumentContent) =>
  document.attachments.map((file) => ({ name: file.name, contentType: file.contentType, size: file.size, sha256: file.sha256, content: Buffer.from(file.content), pages: null }));

/** The package's files, each with its text read (in the transaction that receives the package: the exchange's handler runs in it). */
async function attachAll(tx: Queryable, ctx: DocumentDeps, documentId: string, document: DocumentContent, at: Date) {
  for (const file of filesOf(document)) await attach(tx, ctx, EXCHANGE_ACTOR, documentId, await withText(file), at);
}

const refusal = (pkg: { header: PackageHeader }, document: DocumentContent) =>
  `Văn bản ${CONFIDENTIALITIES[document.confidentiality ?? 'normal'].vi.toLowerCase()} không được gửi, nhận qua hệ thống trao đổi văn bản điện tử; đề nghị ${pkg.header.from.name} gửi theo đường văn bản mật.`;

const isClassifiedContent = (document: DocumentContent) => isClassified(document.confidentiality ?? 'normal');

/**
 * A document addressed to an agency here, registered in its incoming register as it arrives
 * (channel electronic, the sender's particulars, the signed files as they came), in the
 * transaction that keeps the package, so once. A classified one is never registered: the sender
 * is told it is refused.
 */
async function registerArrival(tx: Queryable, ctx: DocumentDeps, pkg: { header: PackageHeader; document: DocumentContent }): Promise<void> {
  const { header, document } = pkg;
  if (isClassifiedContent(document)) {
    await sendStatus(tx, ctx, { actor: EXCHANGE_ACTOR, documentPackageId: header.packageId, status: 'refused', reason: refusal(pkg, document) });
    return;
  }
  await registerReceived(tx, ctx, pkg);
}

/**
 * Registers a document sent electronically to an agency here, from another installation or, by
 * release, from another agency of this one: its line in the recipient's incoming register (the
 * package id keeps it once, and names it to a recall). Returns the incoming document's id.
 */
export async function registerReceived(tx: Queryable, ctx: DocumentDeps, pkg: { header: PackageHeader; document: DocumentContent }): Promise<string> {
  const { header, document } = pkg;
  // The exchange accepts only packages addressed to an agency of the directory, which is this installation's agencies.
  const agency = (await findAgencyByCode(tx, header.to.agencyCode))!;
  const now = ctx.now();
  const sequence = registerSequence(agency.id, 'incoming', now);
  const { id, registerNumber } = await insertIncoming(tx, {
    sequence,
    channel: 'electronic',
    arrivedAt: now,
    numberSymbol: { text: document.number.text, number: document.number.number, symbol: document.number.symbol, type: document.type },
    documentDate: document.date,
    sender: header.from.name,
    subject: document.subject,
    urgency: document.urgency,
    confidentiality: 'normal',
    pageCount: 1,
    registeredBy: null,
    at: now,
  });
  await tx.query(
    `INSERT INTO document_exchange_arrivals (document_id, package_id, sender_code, sender_name, signer_name, signer_position, sender_deadline, steering)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, header.packageId, header.from.agencyCode, header.from.name, document.signer.name, document.signer.position, document.deadline, JSON.stringify(document.steering)],
  );
  await attachAll(tx, ctx, id, document, now);
  await recordEvent(
    tx,
    EXCHANGE_ACTOR,
    { documentId: id, action: 'register', from: null, to: 'registered', details: { registerYear: sequence.year, registerNumber, packageId: header.packageId, senderCode: header.from.agencyCode } },
    now,
  );
  return id;
}

/** A released document recalled by its sender in this installation: withdrawn from the recipient's handling as a peer's recall is. */
export async function recallReceived(tx: Queryable, ctx: DocumentDeps, packageId: string, reason: string): Promise<void> {
  const arrival = await arrivalOf(tx, packageId);
  if (arrival) await recall(tx, ctx, arrival, reason, packageId);
}

/** The sender recalls what it sent: withdrawn from handling here unless already finished; either way the reason is kept. */
async function recall(tx: Queryable, ctx: DocumentDeps, arrival: ArrivedDocument, reason: string, controlPackageId: string): Promise<void> {
  const to: IncomingState = arrival.state === 'finished' ? 'finished' : 'withdrawn';
  const now = ctx.now();
  await tx.query('UPDATE documents SET state = $2, updated_at = $3 WHERE id = $1', [arrival.id, to, now]);
  await recordEvent(tx, EXCHANGE_ACTOR, { documentId: arrival.id, action: 'recall', from: arrival.state, to, note: reason, details: { packageId: controlPackageId } }, now);
}

/** The sender corrects what it sent: the register line's particulars and the files replaced, the event keeping why. */
async function replace(tx: Queryable, ctx: DocumentDeps, arrival: ArrivedDocument, reason: string, controlPackageId: string, document: DocumentContent): Promise<void> {
  const now = ctx.now();
  await tx.query(
    `UPDATE documents SET number_symbol = $2, number = $3, symbol = $4, type = $5, document_date = $6, subject = $7, urgency = $8, updated_at = $9 WHERE id = $1`,
    [arrival.id, document.number.text, document.number.number, document.number.symbol, document.type, document.date, document.subject.normalize('NFC').trim(), document.urgency, now],
  );
  await tx.query('UPDATE document_exchange_arrivals SET signer_name = $2, signer_position = $3, sender_deadline = $4, steering = $5 WHERE document_id = $1', [
    arrival.id,
    document.signer.name,
    document.signer.position,
    document.deadline,
    JSON.stringify(document.steering),
  ]);
  const { rows: replaced } = await tx.query<{ file_id: string }>('DELETE FROM document_attachments WHERE document_id = $1 RETURNING file_id', [arrival.id]);
  await attachAll(tx, ctx, arrival.id, document, now);
  await recordEvent(
    tx,
    EXCHANGE_ACTOR,
    { documentId: arrival.id, action: 'update', from: arrival.state, to: arrival.state, note: reason, details: { packageId: controlPackageId, replacedFileIds: replaced.map((row) => row.file_id) } },
    now,
  );
}

/**
 * What the incoming register does with what other installations send, in the transaction that
 * keeps each package: a document is registered, a recall withdraws it, an update replaces it.
 * A status about a document sent from here changes nothing in the register: the exchange keeps it.
 */
export function receivedDocuments(ctx: DocumentDeps): ReceivedPackageHandler {
  return {
    onDocument: (tx, received) => registerArrival(tx, ctx, received.package),
    onStatus: async () => undefined,
    async onControl(tx, { package: control }) {
      const arrival = await arrivalOf(tx, control.refersTo);
      // A document refused on arrival (classified) was never registered: there is nothing to recall or replace.
      if (!arrival) return;
      if (control.action === 'recall' || (control.replacement && isClassifiedContent(control.replacement))) {
        await recall(tx, ctx, arrival, control.reason, control.header.packageId);
      } else if (control.replacement) {
        await replace(tx, ctx, arrival, control.reason, control.header.packageId, control.replacement);
      }
    },
  };
}
