import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BlobStore, contentAddress, readBlob } from '../src/platform/blob-store/index.js';
import { openBlobStore } from '../src/platform/blob-store/open.js';
import { type S3Server, startS3Server } from './support/s3.js';

const keysOf = async (store: BlobStore) => {
  const keys: string[] = [];
  for await (const key of store.keys()) keys.push(key);
  return keys.sort();
};

const STORES = [
  {
    name: 'a directory',
    async open() {
      const dir = await mkdtemp(join(tmpdir(), 'motcua-blobs-'));
      return { store: await openBlobStore({ kind: 'directory', dir }), dir, close: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'an S3-compatible bucket',
    async open() {
      const server: S3Server = await startS3Server();
      return { store: await openBlobStore({ kind: 's3', ...server.settings }), dir: undefined, close: () => server.close() };
    },
  },
];

describe.each(STORES)('the blob store in $name', (kind) => {
  let opened: Awaited<ReturnType<(typeof STORES)[number]['open']>>;
  beforeAll(async () => {
    opened = await kind.open();
  });
  afterAll(() => opened.close());

  it('gives back the bytes stored under their address, byte for byte, and lists them', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const key = contentAddress(content);
    await opened.store.put(key, content);
    expect((await readBlob(opened.store, key)).equals(content)).toBe(true);
    expect(await keysOf(opened.store)).toContain(key);
    // Storing the same content again (another upload of the same file) leaves it as it was.
    await opened.store.put(key, content);
    expect((await readBlob(opened.store, key)).equals(content)).toBe(true);
  });

  it('forgets a deleted blob, and takes deleting a missing one calmly', async () => {
    const content = Buffer.from('tờ khai đã nộp');
    const key = contentAddress(content);
    await opened.store.put(key, content);
    await opened.store.delete(key);
    await opened.store.delete(key);
    expect(await keysOf(opened.store)).not.toContain(key);
    await expect(opened.store.get(key)).rejects.toThrow();
  });

  it('reads, writes and deletes nothing but content addresses', async () => {
    for (const key of ['../../etc/passwd', 'ABC', `${'a'.repeat(63)}/`, `${'A'.repeat(64)}`]) {
      await expect(opened.store.put(key, Buffer.from('x'))).rejects.toThrow(/content address/);
      await expect(opened.store.get(key)).rejects.toThrow(/content address/);
      await expect(opened.store.delete(key)).rejects.toThrow(/content address/);
    }
  });

  it.runIf(kind.name === 'a directory')('keeps each blob at ab/cd/<address> under its directory', async () => {
    const content = Buffer.from('%PDF-1.4\n%%EOF\n');
    const key = contentAddress(content);
    await opened.store.put(key, content);
    expect((await readFile(join(opened.dir!, key.slice(0, 2), key.slice(2, 4), key))).equals(content)).toBe(true);
  });
});
