import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where the bytes of uploaded and generated files live, each under its content address: the hex
 * SHA-256 of its bytes. The database keeps the address (files.sha256) with the facts; identical
 * contents are stored once.
 */
export interface BlobStore {
  /** Stores `content` under `key` (its contentAddress); storing it again is harmless. */
  put(key: string, content: Buffer): Promise<void>;
  /** The bytes stored under `key`, as a stream; rejects when there are none. */
  get(key: string): Promise<Readable>;
  /** Forgets `key`; a key that is not there is no error. */
  delete(key: string): Promise<void>;
  /** Every key stored. */
  keys(): AsyncIterable<string>;
  /** Where the bytes are, for the start-up log. */
  readonly description: string;
}

export const contentAddress = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** Only what a content address can look like is ever read, written or listed: never a path or a key of something else. */
export const isContentAddress = (key: string): boolean => /^[0-9a-f]{64}$/.test(key);

export function checkedAddress(key: string): string {
  if (!isContentAddress(key)) throw new Error(`Not a content address: ${key}`);
  return key;
}

/** All the bytes stored under `key`, for the code that works on a whole file (stamping and signing a result). */
export async function readBlob(store: BlobStore, key: string): Promise<Buffer> {
  return Buffer.concat(await (await store.get(key)).toArray());
}
