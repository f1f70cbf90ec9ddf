import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { actorId } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Accepted types, recognised by their first bytes rather than by what the client claims. */
const SIGNATURES: Array<{ contentType: string; magic: number[] }> = [
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

function detectContentType(content: Buffer): string | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, index) => content[index] === byte))?.contentType;
}

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

export async function storeFile(db: Database, actor: Actor, input: { name: string; contentBase64: string }): Promise<StoredFile> {
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw new AppError(400, 'empty_file', 'Tệp rỗng.', 'The file is empty.', 'contentBase64');
  if (content.length > MAX_FILE_BYTES) {
    throw new AppError(413, 'file_too_large', 'Tệp vượt quá 10 MB.', 'The file is larger than 10 MB.', 'contentBase64');
  }
  const contentType = detectContentType(content);
  if (!contentType) {
    throw new AppError(415, 'unsupported_file_type', 'Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG and PNG files are accepted.', 'contentBase64');
  }
  const sha256 = createHash('sha256').update(content).digest('hex');
  const name = input.name.normalize('NFC').replace(/[\\/\0]/g, '_').slice(0, 255);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO files (name, content_type, size, sha256, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [name, contentType, content.length, sha256, content, actorId(actor)],
    );
    const id = rows[0]!.id;
    await appendAudit(tx, actor, { action: 'file.upload', entityType: 'file', entityId: id, details: { name, contentType, size: content.length, sha256 } });
    return { id, name, contentType, size: content.length, sha256 };
  });
}

export interface FileContent {
  name: string;
  contentType: string;
  content: Buffer;
}

export async function readStoredFile(db: Queryable, id: string): Promise<FileContent | undefined> {
  const { rows } = await db.query<{ name: string; content_type: string; content: Uint8Array }>('SELECT name, content_type, content FROM files WHERE id = $1', [id]);
  const row = rows[0];
  return row ? { name: row.name, contentType: row.content_type, content: Buffer.from(row.content) } : undefined;
}
