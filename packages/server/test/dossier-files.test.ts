import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT, act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

const PDF = Buffer.from('%PDF-1.4\n% giấy chứng sinh\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

interface Upload {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadToken?: string;
}

describe.each(ENGINES)('dossier files on $name', (engine) => {
  let t: TestApp;
  let s: Record<'reception' | 'specialist' | 'head' | 'leader' | 'otherReception' | 'otherLeader' | 'deptSpecialist', Session>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    s = {
      reception: await signIn(t.app, 'reception'),
      specialist: await signIn(t.app, 'specialist'),
      head: await signIn(t.app, 'head'),
      leader: await signIn(t.app, 'leader'),
      otherReception: await signIn(t.app, 'other.reception'),
      otherLeader: await signIn(t.app, 'other.leader'),
      deptSpecialist: await signIn(t.app, 'dept.specialist'),
    };
  });
  afterAll(() => t.close());

  async function anonymousUpload(name: string, content: Buffer = PDF): Promise<Upload & { uploadToken: string }> {
    const response = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name, contentBase64: content.toString('base64') } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function officerUpload(session: Session, name: string): Promise<Upload> {
    const response = await session.request('POST', '/api/v1/files', { name, contentBase64: PDF.toString('base64') });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  const submit = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { procedureCode: '1.001193', applicant: APPLICANT, ...payload } });
  const both = (fileId: string) => [{ code: 'TK', fileIds: [fileId] }, { code: 'GCS', fileIds: [fileId] }];
  const facts = ({ id, name, contentType, size }: Upload) => ({ id, name, contentType, size });
  const notYours = (field: string) => ({ code: 'file_not_yours', field, message: expect.stringMatching(/^Có tệp /), messageEn: expect.any(String) });

  it('lets officers who see the dossier download its scans, and nobody else', async () => {
    const file = await anonymousUpload('giấy chứng sinh.pdf');
    const online = await submit({ components: both(file.id), uploadTokens: [file.uploadToken] });
    expect(online.statusCode, online.body).toBe(201);
    const { code } = online.json();
    const download = await s.reception.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('giấy chứng sinh.pdf'));
    expect((await s.otherReception.request('GET', `/api/v1/dossiers/${code}/files/${file.id}`)).statusCode).toBe(403);
    const stranger = await anonymousUpload('x.pdf');
    expect((await s.reception.request('GET', `/api/v1/dossiers/${code}/files/${stranger.id}`)).statusCode).toBe(404);
  });

  it('names every file of the dossier for officers: the scans of its components and the attachments of its events', async () => {
    const photo = await anonymousUpload('ảnh tờ khai', PNG);
    const certificate = await anonymousUpload('giấy chứng sinh.pdf');
    const online = await submit({
      components: [{ code: 'TK', fileIds: [photo.id] }, { code: 'GCS', fileIds: [certificate.id, photo.id] }],
      uploadTokens: [photo.uploadToken, certificate.uploadToken],
    });
    expect(online.statusCode, online.body).toBe(201);
    const minutes = await officerUpload(s.reception, 'Biên bản kiểm tra hồ sơ.pdf');
    await act(s.reception, online.json().code, 'receive', online.json().version, { attachmentIds: [minutes.id] });

    const response = await s.specialist.request('GET', `/api/v1/dossiers/${online.json().code}`);
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(photo.name).toBe('ảnh tờ khai.png');
    expect(detail.components).toEqual([
      expect.objectContaining({ code: 'TK', fileIds: [photo.id], files: [{ id: photo.id, name: 'ảnh tờ khai.png', contentType: 'image/png', size: PNG.length }] }),
      expect.objectContaining({ code: 'GCS', fileIds: [certificate.id, photo.id], files: [facts(certificate), facts(photo)] }),
    ]);
    expect(detail.events.map((event: { action: string; attachments: Upload[] }) => [event.action, event.attachments])).toEqual([
      ['submit_online', []],
      ['receive', [{ id: minutes.id, name: 'Biên bản kiểm tra hồ sơ.pdf', contentType: 'application/pdf', size: PDF.length }]],
    ]);
  });

  it('lets an anonymous applicant name only the files whose upload tokens they hold', async () => {
    const mine = await anonymousUpload('to-khai.pdf');
    const someoneElses = await anonymousUpload('cua-nguoi-khac.pdf');
    // The token is the uploader's alone: the database keeps its hash.
    const { rows } = await t.db.query<{ upload_token_sha256: string }>('SELECT upload_token_sha256 FROM files WHERE id = $1', [mine.id]);
    expect(rows[0]!.upload_token_sha256).toBe(createHash('sha256').update(mine.uploadToken).digest('hex'));

    const withoutToken = await submit({ components: both(mine.id) });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ ...notYours('components'), messageEn: expect.stringContaining('uploadToken') });
    expect((await submit({ components: both(mine.id), uploadTokens: [someoneElses.uploadToken] })).statusCode).toBe(403);
    const mixed = await submit({ components: [{ code: 'TK', fileIds: [mine.id] }, { code: 'GCS', fileIds: [someoneElses.id] }], uploadTokens: [mine.uploadToken] });
    expect(mixed.json()).toMatchObject(notYours('components'));
    const unknown = await submit({ components: both('00000000-0000-4000-8000-000000000000') });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_file', field: 'components' });

    const submitted = await submit({ components: both(mine.id), uploadTokens: [mine.uploadToken] });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code, lookupCode } = submitted.json();
    const version = await act(s.reception, code, 'request_supplement_at_reception', submitted.json().version, { comment: 'Tờ khai chưa ký.' });
    const resubmit = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/public/dossiers/${code}/applicant-actions/resubmit`, payload: { version, lookupCode, ...payload } });
    // A new scan needs its token; the dossier's own files are named freely.
    const signed = await anonymousUpload('to-khai-da-ky.pdf');
    expect((await resubmit({ components: [{ code: 'TK', fileIds: [signed.id] }] })).json()).toMatchObject(notYours('components'));
    const again = await resubmit({ components: [{ code: 'TK', fileIds: [signed.id, mine.id] }], uploadTokens: [signed.uploadToken] });
    expect(again.statusCode, again.body).toBe(200);
    const detail = (await s.reception.request('GET', `/api/v1/dossiers/${code}`)).json();
    expect(detail.components[0].files.map((file: Upload) => file.name)).toEqual(['to-khai.pdf', 'to-khai-da-ky.pdf']);
  });

  it("keeps an officer's uploads to the officers of the uploader's agency, in dossiers it handles", async () => {
    const elsewhere = await officerUpload(s.otherReception, 'ho-so-xa-khac.pdf');
    const department = await officerUpload(s.deptSpecialist, 'van-ban-cua-so.pdf');
    const anonymous = await anonymousUpload('khong-ro-nguon.pdf');

    // At the counter: another commune's scan cannot be handed in here.
    const counter = await s.reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: APPLICANT, components: both(elsewhere.id) });
    expect(counter.statusCode).toBe(403);
    expect(counter.json()).toMatchObject(notYours('components'));

    // On a dossier of this commune: neither another agency's uploads nor an anonymous one.
    const walkIn = await receiveWalkIn(s.reception);
    for (const file of [elsewhere, department, anonymous]) {
      const refused = await s.specialist.request('POST', `/api/v1/dossiers/${walkIn.code}/actions/hand_over`, { version: walkIn.version, attachmentIds: [file.id] });
      expect(refused.statusCode, file.name).toBe(403);
      expect(refused.json()).toMatchObject(notYours('attachmentIds'));
    }
    // A scan of a colleague of the same agency is fine.
    const colleagues = await officerUpload(s.reception, 'ban-sao-cccd.pdf');
    let version = await act(s.specialist, walkIn.code, 'hand_over', walkIn.version, { attachmentIds: [colleagues.id] });
    version = await act(s.head, walkIn.code, 'hand_over', version);
    // The leader's result must be an upload of the agency too (refused before anything is signed).
    const foreignResult = await officerUpload(s.otherLeader, 'ket-qua.pdf');
    const approval = await s.leader.request('POST', `/api/v1/dossiers/${walkIn.code}/actions/approve`, { version, resultFileId: foreignResult.id });
    expect(approval.json()).toMatchObject(notYours('resultFileId'));

    // Handed in at the other commune's counter for a procedure this commune decides, the scan is
    // read by every officer of that dossier, this commune's too; they still cannot name it elsewhere.
    const theirs = await s.otherReception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: APPLICANT, components: both(elsewhere.id) });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect((await s.reception.request('GET', `/api/v1/dossiers/${theirs.json().code}/files/${elsewhere.id}`)).statusCode).toBe(200);
    expect((await s.reception.request('GET', `/api/v1/dossiers/${theirs.json().code}`)).json().components[0].files).toEqual([facts(elsewhere)]);
    const reused = await s.reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: { ...APPLICANT, idNumber: '038095009999' }, components: both(elsewhere.id) });
    expect(reused.json()).toMatchObject(notYours('components'));
  });

  it("decides whose an officer's upload is by where the uploader worked when uploading it, not when it is named", async () => {
    const mover = await signIn(t.app, 'specialist2');
    const scan = await officerUpload(mover, 'giay-to-truoc-khi-chuyen.pdf');
    // The uploader then moves to the other commune.
    await t.db.query('UPDATE officer_roles SET agency_id = $1, unit_id = NULL WHERE officer_id = $2', [t.province.agencyIds.otherCommune, t.province.officerIds['specialist2']]);
    const there = await s.otherReception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: APPLICANT, components: both(scan.id) });
    expect(there.statusCode, there.body).toBe(403);
    expect(there.json()).toMatchObject(notYours('components'));
    const here = await s.reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: APPLICANT, components: both(scan.id) });
    expect(here.statusCode, here.body).toBe(201);
  });

  it('lets an agency that handles a step attach its own file, which every officer of the dossier may then read', async () => {
    const interAgency = await receiveWalkIn(s.reception, '2.000635');
    const version = await act(s.specialist, interAgency.code, 'hand_over', interAgency.version);
    const verification = await officerUpload(s.deptSpecialist, 'Văn bản xác minh của Sở.pdf');
    await act(s.deptSpecialist, interAgency.code, 'hand_over', version, { attachmentIds: [verification.id] });
    const download = await s.reception.request('GET', `/api/v1/dossiers/${interAgency.code}/files/${verification.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('Văn bản xác minh của Sở.pdf'));
    const detail = (await s.reception.request('GET', `/api/v1/dossiers/${interAgency.code}`)).json();
    expect(detail.events.at(-1).attachments).toEqual([facts(verification)]);
  });

  it('refuses files that are not PDF, JPEG or PNG', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'virus.exe', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'unsupported_file_type', message: expect.stringContaining('PDF') });
  });
});
