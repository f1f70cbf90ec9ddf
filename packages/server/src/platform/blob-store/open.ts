import { directoryBlobStore } from './directory.js';
import type { BlobStore } from './index.js';
import type { S3Settings } from './s3.js';

/** A directory of this machine (or one shared between instances), or an S3-compatible bucket. */
export type BlobStoreSettings = { kind: 'directory'; dir: string } | ({ kind: 's3' } & S3Settings);

export async function openBlobStore(settings: BlobStoreSettings): Promise<BlobStore> {
  if (settings.kind === 'directory') return directoryBlobStore(settings.dir);
  // The S3 client is a large module: loaded only by installations that use it.
  const { s3BlobStore } = await import('./s3.js');
  return s3BlobStore(settings);
}
