import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BlobStore, checkedAddress, isContentAddress } from './index.js';

/**
 * Blobs as files in a directory: `<dir>/ab/cd/abcd…` (two levels of fan-out keep directories
 * small). Each is written to a temporary file beside the others and renamed into place, so that
 * a reader, on this instance or another sharing the directory, never sees half a file.
 */
export function directoryBlobStore(dir: string): BlobStore {
  const pathOf = (key: string) => join(dir, key.slice(0, 2), key.slice(2, 4), checkedAddress(key));
  const temporary = join(dir, 'tmp');
  return {
    description: `directory ${dir}`,
    async put(key, content) {
      const target = pathOf(key);
      await Promise.all([mkdir(join(target, '..'), { recursive: true }), mkdir(temporary, { recursive: true })]);
      const written = join(temporary, `${key}.${randomBytes(6).toString('hex')}`);
      await writeFile(written, content);
      await rename(written, target);
    },
    async get(key) {
      // Opened before the stream is made, so that a missing blob rejects here rather than mid-response.
      const handle = await open(pathOf(key), 'r');
      return handle.createReadStream();
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async *keys() {
      const entries = async (path: string) => readdir(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
      for (const first of await entries(dir)) {
        if (!/^[0-9a-f]{2}$/.test(first)) continue;
        for (const second of await entries(join(dir, first))) {
          for (const name of await entries(join(dir, first, second))) {
            if (isContentAddress(name) && name.startsWith(first + second)) yield name;
          }
        }
      }
    },
  };
}
