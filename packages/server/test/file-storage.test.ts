import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { moveContentsToBlobStore, sweepUnreferencedBlobs } from '../src/modules/files/storage.js';
import { type BlobStore, contentAddress } from '../src/platform/blob-store/index.js';
import { openBlobStore } from '../src/platform/blob-store/open.js';
import { type TestApp, startTestApp } from './support/app.js';
import { registerCitizen } from './support/citizens.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES, type Engine } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type S3Server, startS3Server } from './support/s3.js';

/** A PDF of about `bytes` bytes, unlike any other. */
const pdfOf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n%'), randomBytes(bytes), Buffer.from('\n%%EOF\n')]);

/** The form a browser sends: the file in the `file` part, under its own name. */
function formWith(content: Buffer, name: string, type = 'application/pdf'): FormData {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return form;
}

const keysOf = async (store: BlobStore) => {
  const keys: string[] = [];
  for await (const key of store.keys()) keys.push(key);
  return keys.sort();
};

interface Upload {
  id: string;
  name: string;
  size: number;
  sha256: string;
  uploadToken: string;
}

/** What both kinds of store are tested with: an app, its blob store, an officer, and a way to upload and read back through the API. */
async function startWithFiles(engine: Engine, s3?: S3Server) {
  const t = await startTestApp(engine, s3 && { config: { blobStore: { kind: 's3', ...s3.settings } } });
  const store = await openBlobStore(t.config.blobStore);
  const reception = await signIn(t.app, 'reception');
  const upload = async (app: TestApp['app'], content: Buffer, name: string): Promise<Upload> => {
    const response = await app.inject({ method: 'POST', url: '/api/public/files', payload: formWith(content, name) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  /** Submits a dossier naming the file, and gives its code: the officers who handle it may then download the file. */
  const submitted = async (app: TestApp['app'], file: Upload): Promise<string> => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: '1.001193', applicant: APPLICANT, components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }], uploadTokens: [file.uploadToken] },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().code;
  };
  return { t, store, reception, upload, submitted };
}

describe.each(ENGINES)('files as files, in a directory, on $name', (engine) => {
  let t: TestApp;
  let store: BlobStore;
  let reception: Session;
  let upload: Awaited<ReturnType<typeof startWithFiles>>['upload'];
  let submitted: Awaited<ReturnType<typeof startWithFiles>>['submitted'];
  beforeAll(async () => {
    ({ t, store, reception, upload, submitted } = await startWithFiles(engine));
  });
  afterAll(() => t.close());

  const storedRows = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files')).rows[0]!.n;

  it('takes a scan as multipart/form-data, keeps its bytes in the blob store, not the database, and gives them back byte for byte', async () => {
    const content = pdfOf(256 * 1024);
    const file = await upload(t.app, content, 'giấy chứng sinh.pdf');
    expect(file).toMatchObject({ name: 'giấy chứng sinh.pdf', size: content.length, sha256: contentAddress(content) });
    const { rows } = await t.db.query<{ content: Uint8Array | null; sha256: string }>('SELECT content, sha256 FROM files WHERE id = $1', [file.id]);
    expect(rows[0]).toEqual({ content: null, sha256: contentAddress(content) });
    expect(await keysOf(store)).toContain(contentAddress(content));

    const download = await reception.request('GET', `/api/v1/dossiers/${await submitted(t.app, file)}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-length']).toBe(String(content.length));
    expect(download.rawPayload.equals(content)).toBe(true);
  });

  it('takes officers’ and citizens’ scans as multipart/form-data too', async () => {
    const officers = await reception.request('POST', '/api/v1/files', formWith(pdfOf(1000), 'biên bản.pdf'));
    expect(officers.statusCode, officers.body).toBe(201);
    expect(officers.json().name).toBe('biên bản.pdf');
    const citizen = await registerCitizen(t.app, { fullName: 'Lê Thị Hoa', phone: '0912000111', idNumber: '038095001111' });
    const citizens = await citizen.request('POST', '/api/citizen/files', formWith(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'ảnh tờ khai', 'image/png'));
    expect(citizens.statusCode, citizens.body).toBe(201);
    expect(citizens.json()).toMatchObject({ name: 'ảnh tờ khai.png', contentType: 'image/png' });
  });

  it('refuses a file over 10 MB as it streams in, and stores nothing of it', async () => {
    const [rowsBefore, keysBefore] = [await storedRows(), await keysOf(store)];
    const refused = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: formWith(pdfOf(11 * 1024 * 1024), 'to-khai.pdf') });
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).toMatchObject({ code: 'file_too_large', field: 'file', message: 'Tệp vượt quá 10 MB.' });
    expect(await storedRows()).toBe(rowsBefore);
    expect(await keysOf(store)).toEqual(keysBefore);
  });

  it('refuses a form without a file, and a file whose content is not of an accepted type, naming the field', async () => {
    const form = new FormData();
    form.append('name', 'to-khai.pdf');
    const empty = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: form });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'file_missing', field: 'file', message: expect.stringMatching(/^Yêu cầu không có tệp/) });
    const program = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: formWith(Buffer.from('MZ\x90\x00'), 'to-khai.pdf') });
    expect(program.statusCode).toBe(415);
    expect(program.json()).toMatchObject({ code: 'unsupported_file_type', field: 'file' });
  });

  it('refuses an upload sent neither as a form nor as JSON (415), or with no body at all', async () => {
    const text = await t.app.inject({ method: 'POST', url: '/api/public/files', headers: { 'content-type': 'text/plain' }, payload: '%PDF-1.4' });
    const nothing = await t.app.inject({ method: 'POST', url: '/api/public/files' });
    for (const refused of [text, nothing]) {
      expect(refused.statusCode, refused.body).toBe(415);
      expect(refused.json()).toMatchObject({ code: 'unsupported_upload_encoding', field: 'file', message: expect.stringMatching(/^Gửi tệp/) });
    }
  });

  it('moves the bytes of rows written before the blob store existed when it starts, and serves them', async () => {
    const content = pdfOf(50_000);
    const file = await upload(t.app, content, 'hồ sơ cũ.pdf');
    const code = await submitted(t.app, file);
    // As migration 015 finds a row written before: its bytes in the row, none in the store.
    await t.db.query('UPDATE files SET content = $2 WHERE id = $1', [file.id, content]);
    await store.delete(file.sha256);

    const restarted = await buildApp(t.config, t.db, { logger: false, backgroundJobs: false });
    await restarted.close();
    const { rows } = await t.db.query<{ moved: boolean }>('SELECT content IS NULL AS moved FROM files WHERE id = $1', [file.id]);
    expect(rows[0]!.moved).toBe(true);
    const download = await reception.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
    // Nothing is left to move: starting again moves nothing.
    expect(await moveContentsToBlobStore(t.db, store)).toBe(0);
  });

  it.runIf(engine.name === 'postgres')('moves every row once when several instances start together', async () => {
    const contents = Array.from({ length: 45 }, () => pdfOf(2_000));
    for (const content of contents) {
      await t.db.query(`INSERT INTO files (name, content_type, size, sha256, content) VALUES ('cu.pdf', 'application/pdf', $1, $2, $3)`, [
        content.length,
        contentAddress(content),
        content,
      ]);
    }
    const moved = await Promise.all([moveContentsToBlobStore(t.db, store), moveContentsToBlobStore(t.openAnotherDatabase!(), store)]);
    expect(moved[0] + moved[1]).toBe(contents.length);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files WHERE content IS NOT NULL');
    expect(rows[0]!.n).toBe(0);
    expect(await keysOf(store)).toEqual(expect.arrayContaining(contents.map(contentAddress)));
  });

  it('sweeps the blobs no row names, and keeps a blob while any row names it', async () => {
    const orphan = pdfOf(100);
    await store.put(contentAddress(orphan), orphan);
    const shared = pdfOf(100);
    const [first, second] = [await upload(t.app, shared, 'a.pdf'), await upload(t.app, shared, 'b.pdf')];
    expect(first.sha256).toBe(second.sha256);
    const alone = await upload(t.app, pdfOf(100), 'c.pdf');
    await t.db.query('DELETE FROM files WHERE id = ANY($1::uuid[])', [[first.id, alone.id]]);

    expect(await sweepUnreferencedBlobs(t.db, store)).toBe(2);
    const keys = await keysOf(store);
    expect(keys).not.toContain(contentAddress(orphan));
    expect(keys).not.toContain(alone.sha256);
    expect(keys).toContain(second.sha256);
    // Every row still has its bytes.
    const { rows } = await t.db.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM files');
    expect(keys).toEqual(expect.arrayContaining(rows.map((row) => row.sha256)));
  });
});

describe.each(ENGINES)('files in an S3-compatible bucket, on $name', (engine) => {
  let s3: S3Server;
  let started: Awaited<ReturnType<typeof startWithFiles>>;
  beforeAll(async () => {
    s3 = await startS3Server();
    started = await startWithFiles(engine, s3);
  });
  afterAll(async () => {
    await started.t.close();
    await s3.close();
  });

  it('stores an upload in the bucket and gives it back byte for byte', async () => {
    const { t, store, reception, upload, submitted } = started;
    const content = pdfOf(256 * 1024);
    const file = await upload(t.app, content, 'tờ khai.pdf');
    expect(await keysOf(store)).toContain(contentAddress(content));
    const download = await reception.request('GET', `/api/v1/dossiers/${await submitted(t.app, file)}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(content)).toBe(true);
  });

  it.runIf(engine.name === 'postgres')('lets one instance read a file uploaded through another', async () => {
    const { t, upload, submitted } = started;
    const other = await t.startAnotherInstance!();
    const [here, there] = [t.app, other];
    for (const [uploadedThrough, readThrough] of [
      [here, there],
      [there, here],
    ]) {
      const content = pdfOf(300_000);
      const file = await upload(uploadedThrough!, content, 'giấy chứng sinh.pdf');
      const code = await submitted(uploadedThrough!, file);
      const reader = await signIn(readThrough!, 'reception');
      const download = await reader.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(content)).toBe(true);
    }
  });
});
