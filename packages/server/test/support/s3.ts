import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../../src/platform/blob-store/s3.js';

export interface S3Server {
  /** How MotCua reaches its bucket (as MOTCUA_S3_* would say). */
  settings: S3Settings;
  close(): Promise<void>;
}

/** A real S3-compatible server (s3rver) on a free local port, its objects in a directory removed on close. */
export async function startS3Server(bucket = 'motcua-files'): Promise<S3Server> {
  const directory = await mkdtemp(join(tmpdir(), 'motcua-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver accepts these credentials and signs its answers with them.
    settings: { url: `http://127.0.0.1:${port}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
