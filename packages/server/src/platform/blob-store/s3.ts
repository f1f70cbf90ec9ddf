import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BlobStore, checkedAddress, isContentAddress } from './index.js';

export interface S3Settings {
  /** The endpoint, e.g. https://s3.ap-southeast-1.amazonaws.com or http://minio:9000. */
  url: string;
  bucket: string;
  region: string;
  /** Absent: the SDK's own chain (environment, instance role). */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** `<url>/<bucket>/<key>` rather than `<bucket>.<host>/<key>`, as most S3-compatible servers want. */
  forcePathStyle: boolean;
}

/** Blobs as objects of an S3-compatible bucket, named by their content address; several instances share them. */
export function s3BlobStore(settings: S3Settings): BlobStore {
  const client = new S3Client({
    endpoint: settings.url,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.accessKeyId && settings.secretAccessKey && { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }),
    // The SDK's default CRC32 checksums on every request are unknown to many S3-compatible servers;
    // the content address already says what the bytes must be.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;
  return {
    description: `S3 bucket ${Bucket} at ${settings.url}`,
    async put(key, content) {
      await client.send(new PutObjectCommand({ Bucket, Key: checkedAddress(key), Body: content, ContentLength: content.length }));
    },
    async get(key) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: checkedAddress(key) }));
      // On Node the SDK answers with the response stream itself.
      return Body as Readable;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkedAddress(key) }));
    },
    async *keys() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, ContinuationToken }));
        for (const object of page.Contents ?? []) {
          if (object.Key && isContentAddress(object.Key)) yield object.Key;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
