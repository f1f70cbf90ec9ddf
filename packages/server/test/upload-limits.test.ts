import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireUnusedUploads } from '../src/modules/files/expiry.js';
import { type TestApp, startTestApp } from './support/app.js';
import { registerCitizen } from './support/citizens.js';
import { APPLICANT, act } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { objectStreamPdf } from './support/pdf-bomb.js';

const PDF = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');

describe.each(ENGINES)('limits on what anyone may upload, on $name', (engine) => {
  let t: TestApp;
  let reception: Session;
  beforeAll(async () => {
    t = await startTestApp(engine, { config: { anonymousUploadMbPerHour: 1, anonymousSubmissionsPerHour: 2 } });
    reception = await signIn(t.app, 'reception');
  });
  afterAll(() => t.close());

  const anonymousUpload = (contentBase64: string, from = '203.0.113.1') =>
    t.app.inject({ method: 'POST', url: '/api/public/files', remoteAddress: from, payload: { name: 'to-khai.pdf', contentBase64 } });
  const uploaded = async (from: string, content = PDF) => {
    const response = await anonymousUpload(content.toString('base64'), from);
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; uploadToken: string };
  };
  const submit = (from: string, file: { id: string; uploadToken: string }, applicant: Record<string, unknown> = APPLICANT) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      remoteAddress: from,
      payload: { procedureCode: '1.001193', applicant, components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }], uploadTokens: [file.uploadToken] },
    });
  const quotaExceeded = { code: 'quota_exceeded', message: expect.stringMatching(/^Địa chỉ của bạn đã /) };

  it('refuses a small PDF that inflates to hundreds of megabytes, and answers health checks while reading it', async () => {
    const bomb = objectStreamPdf(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    // An injected request starts when it is awaited: Promise.resolve sends it now.
    const upload = Promise.resolve(anonymousUpload(bomb.toString('base64')));
    // Health answers while the file is being read: it reports the reading under way.
    let reading = 0;
    for (let polls = 0; reading === 0 && polls < 10_000; polls++) {
      // PGlite answers without I/O: let the upload's request take its turn between two checks.
      await new Promise((resolve) => setImmediate(resolve));
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      reading = health.json().pdfInspections.reading;
    }
    expect(reading).toBe(1);
    const refused = await upload;
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'file_unreadable', field: 'contentBase64', message: expect.stringMatching(/^Không đọc được tệp PDF/) });
    const { rows } = await t.db.query<{ stored: number }>(`SELECT count(*)::int AS stored FROM files WHERE size = $1`, [bomb.length]);
    expect(rows[0]!.stored).toBe(0);
  });

  it('decodes base64 strictly and names the field it came in', async () => {
    const valid = PDF.toString('base64');
    for (const damaged of [`${valid.slice(0, 8)}*${valid.slice(8)}`, `${valid.slice(0, 8)}\n${valid.slice(8)}`, valid.replace(/=+$/, ''), `${valid}====`, valid.replaceAll('+', '-')]) {
      if (damaged === valid) continue;
      const response = await anonymousUpload(damaged);
      expect(response.statusCode, damaged).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_base64', field: 'contentBase64' });
    }
    const check = await t.app.inject({ method: 'POST', url: '/api/public/verify/ABCDEFGHJK/check', payload: { contentBase64: `${valid}!` } });
    expect(check.statusCode, check.body).toBe(400);
    expect(check.json()).toMatchObject({ code: 'invalid_base64', field: 'contentBase64' });
    expect((await anonymousUpload(valid)).statusCode).toBe(201);
  });

  it('counts the bytes an address uploads without signing in, per hour', async () => {
    t.clock.at = new Date('2026-12-01T09:00:00+07:00');
    const scan = Buffer.concat([PDF, Buffer.alloc(600 * 1024, 0x20)]);
    await uploaded('203.0.113.20', scan);
    const over = await anonymousUpload(scan.toString('base64'), '203.0.113.20');
    expect(over.statusCode, over.body).toBe(429);
    expect(over.json()).toMatchObject(quotaExceeded);
    await uploaded('203.0.113.21', scan);
    t.clock.at = new Date('2026-12-01T10:01:00+07:00');
    await uploaded('203.0.113.20', scan);
  });

  it('counts the dossiers an address submits without signing in, per hour, but not those refused', async () => {
    t.clock.at = new Date('2026-12-02T09:00:00+07:00');
    const file = await uploaded('203.0.113.30');
    expect((await submit('203.0.113.30', file, { ...APPLICANT, idNumber: 'không hợp lệ' })).statusCode).toBe(400);
    const accepted = await Promise.all([submit('203.0.113.30', file), submit('203.0.113.30', file), submit('203.0.113.30', file)]);
    expect(accepted.map((response) => response.statusCode).sort()).toEqual([201, 201, 429]);
    expect(accepted.find((response) => response.statusCode === 429)!.json()).toMatchObject(quotaExceeded);
    const elsewhere = await uploaded('203.0.113.31');
    expect((await submit('203.0.113.31', elsewhere)).statusCode).toBe(201);
    t.clock.at = new Date('2026-12-02T10:01:00+07:00');
    expect((await submit('203.0.113.30', file)).statusCode).toBe(201);
  });

  it('deletes uploads that nothing names a day after they were stored, whoever uploaded them', async () => {
    t.clock.at = new Date();
    const unused = await uploaded('203.0.113.40');
    const named = await uploaded('203.0.113.40');
    const submitted = await submit('203.0.113.41', named);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const officerUpload = async () => (await reception.request('POST', '/api/v1/files', { name: 'bien-ban.pdf', contentBase64: PDF.toString('base64') })).json() as { id: string };
    const [officerUnused, attachment] = [await officerUpload(), await officerUpload()];
    await act(reception, submitted.json().code, 'receive', submitted.json().version, { attachmentIds: [attachment.id] });
    const citizen = await registerCitizen(t.app, { fullName: 'Lê Văn Cường', phone: '0987654321', idNumber: '038095009999' });
    const inDraft = (await citizen.request('POST', '/api/citizen/files', { name: 'to-khai.pdf', contentBase64: PDF.toString('base64') })).json() as { id: string };
    const draft = await citizen.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { components: [{ code: 'TK', fileIds: [inDraft.id] }] } });
    expect(draft.statusCode, draft.body).toBe(201);

    const stored = async (ids: string[]) =>
      (await t.db.query<{ id: string }>('SELECT id FROM files WHERE id = ANY($1::uuid[]) ORDER BY id', [ids])).rows.map((row) => row.id).sort();
    const all = [unused.id, named.id, officerUnused.id, attachment.id, inDraft.id];
    await expireUnusedUploads(t.db, new Date(Date.now() + 23 * 3_600_000));
    expect(await stored(all)).toEqual([...all].sort());
    expect(await expireUnusedUploads(t.db, new Date(Date.now() + 25 * 3_600_000))).toBeGreaterThanOrEqual(2);
    expect(await stored(all)).toEqual([named.id, attachment.id, inDraft.id].sort());
    const audit = await t.db.query<{ details: { fileIds: string[] } }>(`SELECT details FROM audit_log WHERE action = 'file.expire'`);
    expect(audit.rows.flatMap((row) => row.details.fileIds)).toEqual(expect.arrayContaining([unused.id, officerUnused.id]));
    // The dossier still opens its scan.
    expect((await reception.request('GET', `/api/v1/dossiers/${submitted.json().code}/files/${named.id}`)).statusCode).toBe(200);
  });
});
