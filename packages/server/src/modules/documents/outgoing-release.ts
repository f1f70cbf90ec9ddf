import { randomUUID } from 'node:crypto';
import {
  DOCUMENT_TYPES,
  type DocumentContent,
  REMOTE_SIGNATURE_FAILURES,
  formatNumberSymbol,
  isSettled,
  parseNumberSymbol,
  registerSequence,
  vietnamDate,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { type BlobStore, readBlob } from '../../platform/blob-store/index.js';
import { AppError } from '../../platform/errors.js';
import { type OutboxTopic, PermanentDeliveryError, enqueue } from '../../platform/outbox.js';
import { findAgency, findAgencyByCode, symbolAbbreviations } from '../agencies/index.js';
import { recallDocumentPackage, sendDocumentPackage } from '../exchange/index.js';
import { checkUpload, insertFile, readStoredFile } from '../files/index.js';
import { cancelMeetingOfRecalled, inviteToMeeting } from '../meetings/index.js';
import type { Senders } from '../notifications/index.js';
import { longDay, placeOf } from '../papers/index.js';
import {
  type DocumentSigner,
  type PreparedSignature,
  checkPng,
  finishPdf,
  heldSigner,
  officerSigner,
  recordRemoteRequest,
  sealAsAgency,
  sealAttachment,
  settleRemoteRequest,
  signAsOfficer,
  signatureImage,
  signatureImageBox,
} from '../signing/index.js';
import {
  OUTGOING_SELECT,
  type OfficerActor,
  type OutgoingRow,
  actOnOutgoing,
  assertMayTake,
  attachmentIdsOf,
  currentVersion,
  recordOutgoingEvent,
  showOutgoing,
  visibleOutgoing,
} from './outgoing.js';
import { recallReceived, registerReceived } from './received.js';
import { drawRegisterNumber } from './register-numbers.js';
import { type DocumentDeps, attach, withText } from './service.js';

/**
 * The end of an outgoing document's course: the chosen leader signs it with their personal
 * signature (at once with a key the installation holds, or later through their remote signing
 * service, the document waiting meanwhile with nothing of the signing written), then the clerk
 * numbers, dates, seals and releases it, delivering it in the same transaction to agencies here,
 * to e-mail addresses (through the outbox) and to agencies of peer installations; a released one
 * may be recalled.
 */

const bytesOf = async (ctx: Pick<DocumentDeps, 'db' | 'blobStore'>, fileId: string) => readBlob(ctx.blobStore, (await readStoredFile(ctx.db, fileId))!.sha256);

const storePdf = async (tx: Queryable, ctx: Pick<DocumentDeps, 'blobStore'>, actor: Actor, name: string, pdf: Uint8Array) =>
  insertFile(tx, ctx.blobStore, actor, await checkUpload({ name, content: Buffer.from(pdf), field: 'file' }));

const signingReason = (row: OutgoingRow) => `Ký ban hành ${DOCUMENT_TYPES[row.type].vi.toLowerCase()}: ${row.subject}`;

/** What is kept, besides the unsigned PDF, to finish a remote signature exactly as prepared. */
interface Awaiting {
  version: number;
  expiresAt: string;
  imageBox: { page: number; imageBox: { x: number; y: number; width: number; height: number } };
  claims: Omit<PreparedSignature['claims'], 'signingTime'> & { signingTime: string };
  certificate: string;
  chain: string[];
  digest: string;
  ticket: Omit<PreparedSignature['ticket'], 'expiresAt'> & { expiresAt: string };
  unsigned: string;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

const missing = (code: string, vi: string, en: string) => new AppError(409, code, vi, en);

/** Records the leader's signature: the signed PDF kept, the document signed. */
async function recordSigned(tx: Queryable, ctx: DocumentDeps, actor: Actor, row: OutgoingRow, signed: Uint8Array, box: Awaiting['imageBox'], at: Date, details: Record<string, unknown>) {
  const file = await storePdf(tx, ctx, actor, `${row.id}-da-ky.pdf`, signed);
  await tx.query('UPDATE outgoing_documents SET signed_file_id = $2, signature_box = $3, remote_request_id = NULL, awaiting = NULL WHERE document_id = $1', [
    row.id,
    file.id,
    JSON.stringify(box),
  ]);
  await tx.query(`UPDATE documents SET state = 'signed', updated_at = $2 WHERE id = $1`, [row.id, at]);
  await recordOutgoingEvent(tx, actor, { documentId: row.id, action: 'sign', from: 'to_sign', to: 'signed', details: { version: row.version, fileId: file.id, ...details } }, at);
}

/**
 * The chosen signer signs the current version with their personal signature, their image at the
 * signature's place. A remote signer's service is asked, and the document waits in "to sign" with
 * the request until it answers (settleOutgoingSignatures).
 */
export async function signOutgoing(ctx: DocumentDeps, actor: OfficerActor, id: string) {
  const row = await visibleOutgoing(ctx.db, actor.officer, id);
  assertMayTake(actor, row, 'sign');
  const now = ctx.now();
  const [personal, image, version] = await Promise.all([
    officerSigner(ctx, actor.officer.id, now),
    signatureImage(ctx.db, { kind: 'officer', officerId: actor.officer.id }),
    currentVersion(ctx.db, row),
  ]);
  if (!personal) {
    throw missing('personal_signature_missing', 'Bạn chưa được cấu hình chữ ký số cá nhân; đề nghị quản trị hệ thống cấu hình.', 'You have no personal signing certificate; an administrator must configure one.');
  }
  if (!image) throw missing('signature_image_missing', 'Chưa có ảnh chữ ký của bạn; đề nghị quản trị hệ thống tải lên.', 'There is no image of your signature; an administrator must upload one.');
  const position = { page: version.layout.signature.page, box: version.layout.signature };
  const box = { page: position.page, imageBox: signatureImageBox(position, checkPng(image, 'image')) };
  const outcome = await signAsOfficer(await bytesOf(ctx, version.file_id), { name: row.signer_name, signer: personal.signer, image }, position, now, signingReason(row));
  await ctx.db.transaction(async (tx) => {
    const locked = await visibleOutgoing(tx, actor.officer, id, true);
    assertMayTake(actor, locked, 'sign');
    if (locked.version !== row.version) throw new AppError(409, 'draft_changed', 'Dự thảo đã thay đổi trong khi ký; đề nghị ký lại.', 'The draft changed while it was being signed; sign it again.');
    if ('signed' in outcome) return recordSigned(tx, ctx, actor, locked, outcome.signed, box, now, { method: personal.method });
    const prepared = outcome.awaiting;
    const requestId = await recordRemoteRequest(tx, actor.officer.id, prepared, now);
    const awaiting: Awaiting = {
      version: locked.version,
      expiresAt: prepared.ticket.expiresAt.toISOString(),
      imageBox: box,
      claims: { ...prepared.claims, signingTime: prepared.claims.signingTime.toISOString() },
      certificate: b64(prepared.certificate),
      chain: prepared.chain.map(b64),
      digest: prepared.digest,
      ticket: { ...prepared.ticket, expiresAt: prepared.ticket.expiresAt.toISOString() },
      unsigned: b64(prepared.unsigned),
    };
    await tx.query('UPDATE outgoing_documents SET remote_request_id = $2, awaiting = $3 WHERE document_id = $1', [id, requestId, JSON.stringify(awaiting)]);
    await recordOutgoingEvent(
      tx,
      actor,
      { documentId: id, action: 'sign_requested', from: 'to_sign', to: 'to_sign', details: { serviceUrl: prepared.ticket.serviceUrl, transactionId: prepared.ticket.transactionId, expiresAt: awaiting.expiresAt } },
      now,
    );
  });
  return showOutgoing(ctx, actor.officer, id);
}

const SIGNATURE_SERVICE: Actor = { kind: 'system', ip: '' };

/**
 * Asks the remote service about the document's pending signature: once signed, the signed PDF is
 * recorded and the document is signed; once refused or expired (or if the signature does not
 * verify), the request is dropped with the reason and the document stays to sign as it was.
 */
async function settleOne(ctx: DocumentDeps, row: OutgoingRow): Promise<void> {
  const requestId = row.remote_request_id;
  if (!requestId || !row.awaiting) return;
  const at = ctx.now();
  const remote = await settleRemoteRequest(ctx.db, requestId, at);
  if (!isSettled(remote.state)) return;
  const stored = row.awaiting as unknown as Awaiting;
  let signed: Uint8Array | undefined;
  if (remote.state === 'signed') {
    const prepared: PreparedSignature = {
      unsigned: unb64(stored.unsigned),
      claims: { ...stored.claims, signingTime: new Date(stored.claims.signingTime) },
      certificate: unb64(stored.certificate),
      chain: stored.chain.map(unb64),
      digest: stored.digest,
      ticket: { ...stored.ticket, expiresAt: new Date(stored.ticket.expiresAt) },
    };
    signed = await finishPdf(prepared, remote.signature!).catch(() => undefined);
  }
  await ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE d.id = $1 FOR UPDATE OF d, o`, [row.id]);
    const locked = rows[0]!;
    // Another instance settled it meanwhile.
    if (locked.remote_request_id !== requestId) return;
    if (signed) return recordSigned(tx, ctx, SIGNATURE_SERVICE, locked, signed, stored.imageBox, at, { method: 'remote', signerId: locked.signer_id });
    const reason =
      remote.state === 'signed'
        ? 'Chữ ký số nhận được từ dịch vụ ký số từ xa không hợp lệ; văn bản vẫn chờ ký.'
        : REMOTE_SIGNATURE_FAILURES[remote.state === 'refused' ? 'refused' : 'expired'].vi;
    await tx.query('UPDATE outgoing_documents SET remote_request_id = NULL, awaiting = NULL WHERE document_id = $1', [row.id]);
    await recordOutgoingEvent(tx, SIGNATURE_SERVICE, { documentId: row.id, action: 'sign_failed', from: 'to_sign', to: 'to_sign', note: reason, details: { remote: remote.state } }, at);
  });
}

/** The document's pending signature settled if it can be, for its page. */
export async function settleOutgoingSignature(ctx: DocumentDeps, id: string): Promise<void> {
  const { rows } = await ctx.db.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE d.id = $1 AND o.remote_request_id IS NOT NULL`, [id]);
  if (rows[0]) await settleOne(ctx, rows[0]);
}

/** The background job: every outgoing document waiting for a remote signature is asked about; returns how many still wait. */
export async function settleOutgoingSignatures(ctx: DocumentDeps): Promise<number> {
  const { rows } = await ctx.db.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE o.remote_request_id IS NOT NULL ORDER BY d.updated_at LIMIT 50`);
  for (const row of rows) await settleOne(ctx, row);
  const { rows: left } = await ctx.db.query<{ count: number }>('SELECT count(*)::int AS count FROM outgoing_documents WHERE remote_request_id IS NOT NULL');
  return left[0]!.count;
}

// ---- Release and recall -----------------------------------------------------------------------------

/** The outbox topic that e-mails a released document to an address among its recipients. */
export const OUTGOING_MAIL_TOPIC = 'document.outgoing_mail';

/** A file as a package or an e-mail carries it. */
interface CarriedFile {
  name: string;
  sha256: string;
  content: Uint8Array;
}

/**
 * The agency's signature on each attachment, with the document's number and symbol and the time
 * (sealAttachment): the sealed file replaces the draft's in the document's attachments.
 */
async function sealAttachments(tx: Queryable, ctx: DocumentDeps, actor: Actor, documentId: string, agency: { name: string; signer: DocumentSigner }, numberSymbol: string, at: Date) {
  const sealed: CarriedFile[] = [];
  for (const fileId of await attachmentIdsOf(tx, documentId)) {
    const original = (await readStoredFile(tx, fileId))!;
    const outcome = await sealAttachment(await readBlob(ctx.blobStore, original.sha256), agency, { numberAndSymbol: numberSymbol }, at);
    if (!('signed' in outcome)) throw new Error('The agency’s credential signs at once');
    const upload = await withText(await checkUpload({ name: original.name, content: Buffer.from(outcome.signed), field: 'attachments' }));
    await tx.query('DELETE FROM document_attachments WHERE document_id = $1 AND file_id = $2', [documentId, fileId]);
    const file = await attach(tx, ctx, actor, documentId, upload, at);
    sealed.push({ name: file.name, sha256: upload.sha256, content: outcome.signed });
  }
  return sealed;
}

/** The document as other agencies get it: its particulars, the released PDF and its sealed attachments. */
function contentOf(row: OutgoingRow, numberSymbol: string, date: string, files: CarriedFile[]): DocumentContent {
  return {
    number: parseNumberSymbol(numberSymbol)!,
    type: row.type,
    date,
    subject: row.subject,
    signer: { name: row.signer_name, position: row.signer_lines.at(-1) ?? '' },
    urgency: row.urgency,
    steering: [],
    deadline: null,
    replyTo: null,
    attachments: files.map((file) => ({ name: file.name, contentType: 'application/pdf', sha256: file.sha256, size: file.content.length, content: file.content })),
  };
}

/** Delivers the released document to each recipient, in the release's transaction: nothing goes if it rolls back. */
async function deliver(tx: Queryable, ctx: DocumentDeps, actor: Actor, row: OutgoingRow, content: DocumentContent, at: Date) {
  const agency = (await findAgency(tx, row.agency_id))!;
  const from = { agencyCode: agency.code, name: agency.name };
  for (const recipient of row.recipients) {
    if (recipient.kind === 'agency') {
      const to = (await findAgencyByCode(tx, recipient.code!))!;
      const packageId = randomUUID();
      const incomingId = await registerReceived(tx, ctx, { header: { packageId, from, to: { agencyCode: to.code, name: to.name }, sentAt: at }, document: content });
      await tx.query(
        `INSERT INTO outgoing_document_deliveries (document_id, channel, recipient, recipient_name, incoming_document_id, package_id, status, sent_at, created_at)
         VALUES ($1, 'internal', $2, $3, $4, $5, 'delivered', $6, $6)`,
        [row.id, to.code, to.name, incomingId, packageId, at],
      );
    } else if (recipient.kind === 'email') {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO outgoing_document_deliveries (document_id, channel, recipient, recipient_name, status, created_at) VALUES ($1, 'email', $2, $2, 'pending', $3) RETURNING id`,
        [row.id, recipient.address, at],
      );
      await enqueue(tx, OUTGOING_MAIL_TOPIC, { deliveryId: rows[0]!.id });
    } else {
      const { packageId } = await sendDocumentPackage(tx, ctx, { actor, senderAgencyCode: agency.code, recipient: { agencyCode: recipient.code!, name: recipient.name }, document: content });
      await tx.query(
        `INSERT INTO outgoing_document_deliveries (document_id, channel, recipient, recipient_name, package_id, status, sent_at, created_at) VALUES ($1, 'exchange', $2, $3, $4, 'sent', $5, $5)`,
        [row.id, recipient.code, recipient.name, packageId, at],
      );
    }
  }
}

/**
 * The clerk releases the signed document, all in one transaction: its number drawn from the
 * agency's outgoing register of the year, its number and symbol and its date written into the
 * spaces left for them, the agency's seal over the signer's signature and the agency's signature,
 * then its delivery to every recipient and, for an invitation, its meeting's invitations. If any of it fails, nothing is
 * numbered, written or sent.
 */
export async function releaseOutgoing(ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) {
  const row = await visibleOutgoing(ctx.db, actor.officer, id);
  assertMayTake(actor, row, 'release');
  const now = ctx.now();
  const agency = (await findAgency(ctx.db, row.agency_id))!;
  const [credential, seal, abbreviations, signed, version] = await Promise.all([
    ctx.signing.activeCredential(ctx.db, agency.id, now),
    signatureImage(ctx.db, { kind: 'agency', agencyId: agency.id }),
    symbolAbbreviations(ctx.db, agency.id, row.unit_id),
    bytesOf(ctx, row.signed_file_id!),
    currentVersion(ctx.db, row),
  ]);
  if (!seal) throw missing('seal_image_missing', 'Cơ quan chưa có ảnh con dấu; đề nghị quản trị hệ thống tải lên.', 'The agency has no seal image; an administrator must upload one.');
  return actOnOutgoing(ctx, actor, id, 'release', note, async (tx, locked, at) => {
    const sequence = registerSequence(agency.id, 'outgoing', at);
    const number = await drawRegisterNumber(tx, sequence);
    const numberSymbol = formatNumberSymbol({ number, type: locked.type, agency: abbreviations.agency, unit: abbreviations.unit });
    const date = vietnamDate(at);
    const { layout } = version;
    const sealed = await sealAsAgency(
      signed,
      { name: agency.name, signer: heldSigner(credential), image: seal },
      locked.signature_box!,
      at,
      `Phát hành văn bản số ${numberSymbol}`,
      [
        { page: layout.number.page, box: layout.number, text: `Số: ${numberSymbol}`, size: 12 },
        { page: layout.date.page, box: layout.date, text: `${placeOf(agency.name)}, ${longDay(at)}`, size: 12 },
      ],
    );
    if (!('signed' in sealed)) throw new Error('The agency’s credential signs at once');
    const file = await storePdf(tx, ctx, actor, `${numberSymbol.replaceAll('/', '-')}.pdf`, sealed.signed);
    const attachments = await sealAttachments(tx, ctx, actor, id, { name: agency.name, signer: heldSigner(credential) }, numberSymbol, at);
    const parsed = parseNumberSymbol(numberSymbol)!;
    await tx.query(
      `UPDATE documents SET register_year = $2, register_number = $3, number_symbol = $4, number = $5, symbol = $6, document_date = $7 WHERE id = $1`,
      [id, sequence.year, number, numberSymbol, number, parsed.symbol, date],
    );
    await tx.query('UPDATE outgoing_documents SET released_file_id = $2, released_at = $3, released_by = $4 WHERE document_id = $1', [id, file.id, at, actor.officer.id]);
    await deliver(tx, ctx, actor, locked, contentOf(locked, numberSymbol, date, [{ name: file.name, sha256: file.sha256, content: sealed.signed }, ...attachments]), at);
    // A giấy mời invites its meeting's invitees as it is released; other types have no meeting.
    const invited = await inviteToMeeting(tx, ctx, actor, id);
    return { registerYear: sequence.year, registerNumber: number, numberSymbol, date, fileId: file.id, attachments: attachments.length, ...(invited > 0 && { invited }) };
  });
}

/**
 * A leader or the clerk recalls a released document: withdrawn from the incoming registers of the
 * agencies here it went to, a recall sent after it to each peer installation, and a giấy mời's
 * meeting called off. E-mails sent cannot be taken back.
 */
export async function recallOutgoing(ctx: DocumentDeps, actor: OfficerActor, id: string, note?: string) {
  const reason = note?.normalize('NFC').trim() ?? '';
  if (!reason) throw new AppError(400, 'invalid_input', 'Hãy ghi lý do thu hồi.', 'Give the reason for the recall.', 'note');
  return actOnOutgoing(ctx, actor, id, 'recall', reason, async (tx, row, at) => {
    const { rows } = await tx.query<{ id: string; channel: string; package_id: string | null }>(
      `SELECT id, channel, package_id FROM outgoing_document_deliveries WHERE document_id = $1 AND recalled_at IS NULL AND channel <> 'email'`,
      [row.id],
    );
    for (const delivery of rows) {
      if (delivery.channel === 'internal') await recallReceived(tx, ctx, delivery.package_id!, reason);
      else await recallDocumentPackage(tx, ctx, { actor, documentPackageId: delivery.package_id!, reason });
      await tx.query('UPDATE outgoing_document_deliveries SET recalled_at = $2 WHERE id = $1', [delivery.id, at]);
    }
    // A giấy mời's meeting is called off with it.
    const meetingCalledOff = await cancelMeetingOfRecalled(tx, ctx, actor, id, reason);
    return { recalledDeliveries: rows.length, ...(meetingCalledOff && { meetingCalledOff }) };
  });
}

/** Sends one released document to one e-mail address, its PDF attached: the outbox worker's handler for `document.outgoing_mail`. */
export function outgoingMailTopic(db: Queryable, blobs: () => Promise<BlobStore>, senders: Senders): OutboxTopic {
  return {
    async deliver(message) {
      const { rows } = await db.query<{ id: string; recipient: string; status: string; number_symbol: string; subject: string; agency_name: string; released_file_id: string; document_date: string }>(
        `SELECT x.id, x.recipient, x.status, d.number_symbol, d.subject, a.name AS agency_name, o.released_file_id, d.document_date::text AS document_date
           FROM outgoing_document_deliveries x JOIN documents d ON d.id = x.document_id JOIN outgoing_documents o ON o.document_id = d.id
           JOIN agency_directory a ON a.id = d.agency_id
          WHERE x.id = $1`,
        [message.payload.deliveryId],
      );
      const delivery = rows[0];
      if (!delivery || delivery.status === 'sent') return;
      const store = await blobs();
      const { rows: attached } = await db.query<{ file_id: string }>('SELECT file_id FROM document_attachments x JOIN outgoing_document_deliveries d ON d.document_id = x.document_id WHERE d.id = $1 ORDER BY x.added_at, x.file_id', [delivery.id]);
      const files = await Promise.all(
        [delivery.released_file_id, ...attached.map((row) => row.file_id)].map(async (fileId) => {
          const file = (await readStoredFile(db, fileId))!;
          return { filename: file.name, contentType: 'application/pdf', content: await readBlob(store, file.sha256) };
        }),
      );
      const notice = {
        subject: `${delivery.agency_name} gửi văn bản số ${delivery.number_symbol}`,
        text: [
          `${delivery.agency_name} gửi Quý cơ quan, đơn vị văn bản số ${delivery.number_symbol} ngày ${delivery.document_date}:`,
          delivery.subject,
          '',
          'Văn bản điện tử đã được ký số, đính kèm thư này (PDF), cùng các tài liệu kèm theo.',
        ].join('\n'),
        attachments: files,
      };
      try {
        const sender = senders.email;
        if (!sender) throw new PermanentDeliveryError('The email channel is not configured on this installation');
        await sender.send(delivery.recipient, notice, `motcua-outgoing-${delivery.id}`);
        await db.query(`UPDATE outgoing_document_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = now(), last_error = NULL WHERE id = $1`, [delivery.id]);
      } catch (error) {
        await db.query('UPDATE outgoing_document_deliveries SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [delivery.id, (error as Error).message.slice(0, 1000)]);
        throw error;
      }
    },
    async giveUp(message, error) {
      await db.query(`UPDATE outgoing_document_deliveries SET status = 'failed', last_error = $2 WHERE id = $1`, [message.payload.deliveryId, error]);
    },
  };
}
