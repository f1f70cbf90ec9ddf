import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { objectStreamPdf } from './support/pdf-bomb.js';

const PDF = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');

describe.each(ENGINES)('limits on what anyone may upload, on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const anonymousUpload = (contentBase64: string, from = '203.0.113.1') =>
    t.app.inject({ method: 'POST', url: '/api/public/files', remoteAddress: from, payload: { name: 'to-khai.pdf', contentBase64 } });

  it('refuses a small PDF that inflates to hundreds of megabytes, and answers health checks while reading it', async () => {
    const bomb = objectStreamPdf(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const finished: string[] = [];
    const upload = anonymousUpload(bomb.toString('base64')).then((response) => {
      finished.push('upload');
      return response;
    });
    // Asked once the upload is being read: it must not wait for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    finished.push('health');
    expect(health.statusCode).toBe(200);
    const refused = await upload;
    expect(finished).toEqual(['health', 'upload']);
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
});
