-- Files' bytes live in a blob store (platform/blob-store: a directory or an S3-compatible bucket),
-- addressed by their SHA-256, which files.sha256 already holds. A row's content is null once its
-- bytes are there; rows written before are moved at start-up (modules/files/storage.ts), since
-- SQL cannot write to the store.
ALTER TABLE files ALTER COLUMN content DROP NOT NULL;
-- The sweep of blobs no row names asks by address.
CREATE INDEX files_sha256 ON files (sha256);
-- The start-up move looks only for rows that still hold their bytes.
CREATE INDEX files_content_to_move ON files (id) WHERE content IS NOT NULL;
