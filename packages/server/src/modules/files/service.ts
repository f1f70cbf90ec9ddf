import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { actorId } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { hashToken, newToken } from '../../platform/authentication.js';
import { decodeBase64 } from '../../platform/base64.js';
import { type BlobStore, contentAddress } from '../../platform/blob-store/index.js';
import { AppError } from '../../platform/errors.js';
import { type Quota, withinQuota } from '../../platform/quotas.js';
import { uploadOwnerAgencyIds } from '../../platform/policies.js';
import { PDF_INSPECTION_LIMITS, inspectPdf } from './pages.js';
import { storeContent } from './storage.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A type of file the platform accepts, recognised by its content rather than by what the client claims. */
interface FileKind {
  contentType: string;
  /** The usual extensions, the first one preferred. */
  extensions: string[];
  matches(content: Buffer): boolean;
}

const startsWith = (magic: number[]) => (content: Buffer) => magic.every((byte, index) => content[index] === byte);
const ZIP = startsWith([0x50, 0x4b, 0x03, 0x04]);
// Word 97–2003 and Excel 97–2003 files are both OLE2 compound files; a Word file has a
// "WordDocument" stream, named in UTF-16 in the compound file's directory.
const OLE2 = startsWith([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');
// Office Open XML files are ZIP archives whose entry names (stored uncompressed) tell the
// application: word/… for a document, xl/… for a workbook.
const holdsEntry = (name: string) => (content: Buffer) => ZIP(content) && content.includes('[Content_Types].xml') && content.includes(name);

const PDF: FileKind = { contentType: 'application/pdf', extensions: ['pdf'], matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) };
const JPEG: FileKind = { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: startsWith([0xff, 0xd8, 0xff]) };
const PNG: FileKind = { contentType: 'image/png', extensions: ['png'], matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const DOC: FileKind = { contentType: 'application/msword', extensions: ['doc'], matches: (content) => OLE2(content) && content.includes(WORD_STREAM) };
const DOCX: FileKind = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  matches: holdsEntry('word/document.xml'),
};
const XLSX: FileKind = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], matches: holdsEntry('xl/workbook.xml') };

/** What an upload may be, and how the refusal names it. */
export interface Accepted {
  kinds: FileKind[];
  vi: string;
  en: string;
}

/** Scans and photos of documents, handed in with dossiers. */
export const SCANS: Accepted = { kinds: [PDF, JPEG, PNG], vi: 'PDF, JPEG hoặc PNG', en: 'PDF, JPEG and PNG' };
/** Blank forms (mẫu đơn, tờ khai) that applicants download and fill in. */
export const FORM_TEMPLATES: Accepted = { kinds: [PDF, DOC, DOCX, XLSX], vi: 'PDF, DOC, DOCX hoặc XLSX', en: 'PDF, DOC, DOCX and XLSX' };

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** An upload that passed the checks, ready to be written. */
export interface CheckedUpload extends Omit<StoredFile, 'id'> {
  content: Buffer;
  /** A PDF's number of pages, which describes a digitised document; null for other files and PDFs that cannot be read. */
  pages: number | null;
}

/**
 * The number of pages of a PDF (null for other files), read off the event loop (pages.ts). A PDF
 * that would cost more to read than an upload may is refused: no genuine scan does.
 */
export async function pageCount(content: Buffer, contentType: string, field = 'contentBase64'): Promise<number | null> {
  if (contentType !== 'application/pdf') return null;
  const inspection = await inspectPdf(content);
  if (!inspection.readable) {
    throw new AppError(
      422,
      'file_unreadable',
      'Không đọc được tệp PDF trong giới hạn cho phép (tệp nén bất thường hoặc quá phức tạp). Vui lòng quét hoặc xuất lại tệp.',
      'The PDF cannot be read within the limits (abnormally compressed or too complex). Please scan or export it again.',
      field,
    );
  }
  return inspection.pages;
}

/**
 * How much of a PDF's text is kept for search: about a hundred dense pages. The distinct words of so
 * much stay well within the megabyte a tsvector may hold, and a register is searched by what a
 * document is about, which its first pages say.
 */
const MAX_TEXT_CHARS = 250_000;

/**
 * The text layer of a PDF, read off the event loop (about 20 ms a dense page): empty for other
 * files, for a scan without a text layer, and for a file the reader gives up on.
 */
export async function pdfTextOf(file: { content: Uint8Array; contentType: string }): Promise<string> {
  if (file.contentType !== 'application/pdf') return '';
  const inspection = await inspectPdf(file.content, { ...PDF_INSPECTION_LIMITS, maxTextChars: MAX_TEXT_CHARS });
  return inspection.readable ? (inspection.text ?? '') : '';
}

/** The name as given, with the extension of its real type added where it lacks one, so that it opens with the right application. */
function nameFor(given: string, kind: FileKind): string {
  const name = given.normalize('NFC').replace(/[\\/\0]/g, '_');
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension && kind.extensions.includes(extension)) return name.slice(0, 255);
  const added = `.${kind.extensions[0]}`;
  return name.slice(0, 255 - added.length) + added;
}

/** A file as it came in, before any check: its name, its bytes, and the request field they came in (to name in a refusal). */
export interface ReceivedUpload {
  name: string;
  content: Buffer;
  field: string;
}

export const fileTooLarge = (field: string) => new AppError(413, 'file_too_large', 'Tệp vượt quá 10 MB.', 'The file is larger than 10 MB.', field);

/** A file sent as JSON, its content in base64: strictly decoded, and at least four characters (the schema), so never empty. */
export function receivedAsJson(body: { name: string; contentBase64: string }): ReceivedUpload {
  return { name: body.name, content: decodeBase64(body.contentBase64, 'contentBase64'), field: 'contentBase64' };
}

/** Checks an upload's size, type and readability (413, 415, 422) without writing anything. */
export async function checkUpload(input: ReceivedUpload, accepted: Accepted = SCANS): Promise<CheckedUpload> {
  const { content, field } = input;
  if (content.length > MAX_FILE_BYTES) throw fileTooLarge(field);
  const kind = accepted.kinds.find((candidate) => candidate.matches(content));
  if (!kind) {
    throw new AppError(415, 'unsupported_file_type', `Chỉ nhận tệp ${accepted.vi}.`, `Only ${accepted.en} files are accepted.`, field);
  }
  return {
    name: nameFor(input.name, kind),
    contentType: kind.contentType,
    size: content.length,
    sha256: contentAddress(content),
    content,
    pages: await pageCount(content, kind.contentType, field),
  };
}

/**
 * Writes a checked upload, its bytes to the blob store and its row and audit entry in the
 * caller's transaction. The file is its uploader's (migration 009): an officer's, a citizen
 * account's, or with `uploadToken` (kept only as its hash) an anonymous applicant's; files the
 * system writes belong to nobody.
 */
async function insertUpload(tx: Queryable, blobs: BlobStore, actor: Actor, file: CheckedUpload, uploadToken: string | null): Promise<StoredFile> {
  const { name, contentType, size, sha256, content, pages } = file;
  await storeContent(tx, blobs, sha256, content);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO files (name, content_type, size, sha256, uploaded_by, citizen_id, upload_token_sha256, pages, uploader_agency_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      name,
      contentType,
      size,
      sha256,
      actorId(actor),
      actor.kind === 'applicant' ? (actor.citizenId ?? null) : null,
      uploadToken === null ? null : hashToken(uploadToken),
      pages,
      actor.kind === 'officer' ? uploadOwnerAgencyIds(actor.officer) : [],
    ],
  );
  const id = rows[0]!.id;
  await appendAudit(tx, actor, { action: 'file.upload', entityType: 'file', entityId: id, details: { name, contentType, size, sha256 } });
  return { id, name, contentType, size, sha256 };
}

/** Writes a checked upload of an officer, a citizen account or the system, in the caller's transaction. */
export const insertFile = (tx: Queryable, blobs: BlobStore, actor: Actor, file: CheckedUpload): Promise<StoredFile> =>
  insertUpload(tx, blobs, actor, file, null);

/** Stores a scan handed in with a dossier, as its uploader's. */
export async function storeFile(db: Database, blobs: BlobStore, actor: Actor, input: ReceivedUpload): Promise<StoredFile> {
  const checked = await checkUpload(input);
  return db.transaction((tx) => insertFile(tx, blobs, actor, checked));
}

/**
 * Stores an anonymous applicant's scan, with the token that alone lets them name it in a
 * submission; with a quota, only within what their address may still upload.
 */
export async function storeAnonymousFile(
  db: Database,
  blobs: BlobStore,
  ip: string,
  input: ReceivedUpload,
  quota: { of: Quota; now: Date } | null,
): Promise<StoredFile & { uploadToken: string }> {
  const checked = await checkUpload(input);
  const uploadToken = newToken();
  const insert = () => db.transaction((tx) => insertUpload(tx, blobs, { kind: 'applicant', name: 'Người nộp trực tuyến', ip }, checked, uploadToken));
  const stored = await (quota ? withinQuota(db, quota.of, ip, checked.size, quota.now, insert) : insert());
  return { ...stored, uploadToken };
}

/** A stored file as a download needs it: its facts, and the address of its bytes in the blob store. */
export interface FileRecord {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

export async function readStoredFile(db: Queryable, id: string): Promise<FileRecord | undefined> {
  const { rows } = await db.query<{ name: string; content_type: string; size: number; sha256: string }>(
    'SELECT name, content_type, size, sha256 FROM files WHERE id = $1',
    [id],
  );
  const row = rows[0];
  return row ? { name: row.name, contentType: row.content_type, size: row.size, sha256: row.sha256 } : undefined;
}

/** What a list of files shows of each: name, type and size, never the content. */
export interface FileFacts {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

const uuidsAmong = (ids: readonly string[]) => [...new Set(ids.filter((id) => UUID.test(id)))];
const factsOf = (row: { id: string; name: string; content_type: string; size: number }): FileFacts => ({
  id: row.id,
  name: row.name,
  contentType: row.content_type,
  size: row.size,
});

/** The facts of the files with these ids that exist; ids that are not uuids are as good as absent. */
export async function describeFiles(db: Queryable, ids: readonly string[]): Promise<Map<string, FileFacts>> {
  const uuids = uuidsAmong(ids);
  if (uuids.length === 0) return new Map();
  const { rows } = await db.query<{ id: string; name: string; content_type: string; size: number }>(
    'SELECT id, name, content_type, size FROM files WHERE id = ANY($1::uuid[])',
    [uuids],
  );
  return new Map(rows.map((row) => [row.id, factsOf(row)]));
}

/** A file with whom it belongs to, as platform/policies.ts mayNameFile weighs it. */
export interface OwnedFile extends FileFacts {
  citizenId: string | null;
  uploadTokenSha256: string | null;
  /** Where the officer who uploaded it worked on dossiers at the time (none when no officer did). */
  uploaderAgencyIds: string[];
}

/** The files with these ids that exist, with their uploaders, in one query; ids that are not uuids are as good as absent. */
export async function ownedFiles(db: Queryable, ids: readonly string[]): Promise<Map<string, OwnedFile>> {
  const uuids = uuidsAmong(ids);
  if (uuids.length === 0) return new Map();
  const { rows } = await db.query<{
    id: string;
    name: string;
    content_type: string;
    size: number;
    citizen_id: string | null;
    upload_token_sha256: string | null;
    uploader_agency_ids: string[];
  }>(
    `SELECT f.id, f.name, f.content_type, f.size, f.citizen_id, f.upload_token_sha256,
            f.uploader_agency_ids::text[] AS uploader_agency_ids
       FROM files f WHERE f.id = ANY($1::uuid[])`,
    [uuids],
  );
  return new Map(
    rows.map((row) => [
      row.id,
      { ...factsOf(row), citizenId: row.citizen_id, uploadTokenSha256: row.upload_token_sha256, uploaderAgencyIds: row.uploader_agency_ids },
    ]),
  );
}
