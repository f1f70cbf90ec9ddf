import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

describe.each(ENGINES)('dossier files on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('lets officers who see the dossier download its scans, and nobody else', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');
    const file = (await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'giấy chứng sinh.pdf', contentBase64: pdf.toString('base64') } })).json();
    const online = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: '1.001193', applicant: APPLICANT, components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }] },
    });
    const { code } = online.json();
    const reception = await signIn(t.app, 'reception');
    const download = await reception.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('giấy chứng sinh.pdf'));
    const other = await signIn(t.app, 'other.reception');
    expect((await other.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`)).statusCode).toBe(403);
    const stranger = (await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'x.pdf', contentBase64: pdf.toString('base64') } })).json();
    expect((await reception.request('GET', `/api/v1/dossiers/${code}/files/${stranger.id}`)).statusCode).toBe(404);
  });

  it('refuses files that are not PDF, JPEG or PNG', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'virus.exe', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_file_type', message: expect.stringContaining('PDF') });
  });
});
