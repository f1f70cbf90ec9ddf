import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { registerCitizen } from './support/citizens.js';
import { APPLICANT, BIRTH_COMPONENTS, act } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { drawnPdf } from './support/pdf.js';
import { type Approval, approve, dossierAwaitingApproval, signInStaff, type Staff } from './support/results.js';

interface Digitised {
  id: string;
  fileId: string;
  kind: 'component' | 'result';
  componentCode: string | null;
  title: string;
  contentType: string;
  size: number;
  pages: number | null;
  sha256: string;
  sourceDossierCode: string;
  reuseCount: number;
  verificationCode: string | null;
}

/** A scanned document of `pages` pages. */
const scan = (pages: number) =>
  drawnPdf((doc) => {
    for (let page = 1; page <= pages; page++) doc.addPage().fontSize(14).text(`Scan page ${page}`, 72, 72);
  });

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(ENGINES)('digitised documents (số hóa) on $name', (engine) => {
  let t: TestApp;
  let staff: Staff;
  let first: Approval;
  let scans: { form: Buffer; certificate: Buffer; formId: string; certificateId: string };

  const listFor = async (session: Session, idNumber: string) => {
    const response = await session.request('GET', `/api/v1/digitised-documents?idNumber=${idNumber}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Digitised[];
  };
  const upload = async (name: string, content: Buffer) => {
    const response = await staff.reception.request('POST', '/api/v1/files', { name, contentBase64: content.toString('base64') });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    staff = await signInStaff(t.app);
    const form = await scan(2);
    scans = { form, certificate: PNG, formId: await upload('to-khai.pdf', form), certificateId: await upload('giay-chung-sinh.png', PNG) };
    const components = [
      { code: 'TK', fileIds: [scans.formId] },
      { code: 'GCS', fileIds: [scans.certificateId] },
    ];
    first = await approve(staff, await dossierAwaitingApproval(staff, APPLICANT, components));
  });
  afterAll(() => t.close());

  it('records the scans of a received dossier and its signed result, with hash, type, size and pages', async () => {
    const documents = await listFor(staff.reception, APPLICANT.idNumber);
    const byTitle = Object.fromEntries(documents.map((document) => [document.title, document]));
    expect(Object.keys(byTitle).sort()).toEqual(['Giấy chứng sinh', 'Giấy khai sinh', 'Tờ khai đăng ký khai sinh']);
    expect(byTitle['Tờ khai đăng ký khai sinh']).toMatchObject({
      kind: 'component',
      componentCode: 'TK',
      fileId: scans.formId,
      contentType: 'application/pdf',
      size: scans.form.length,
      pages: 2,
      sha256: sha256(scans.form),
      sourceDossierCode: first.code,
      reuseCount: 0,
      verificationCode: null,
    });
    expect(byTitle['Giấy chứng sinh']).toMatchObject({ kind: 'component', contentType: 'image/png', pages: null, sha256: sha256(PNG) });
    expect(byTitle['Giấy khai sinh']).toMatchObject({
      kind: 'result',
      fileId: first.result.fileId,
      sha256: first.result.sha256,
      pages: 1,
      verificationCode: first.result.verificationCode,
      sourceDossierCode: first.code,
    });
    expect(await listFor(staff.reception, '001099000001')).toEqual([]);

    const audit = await t.db.query<{ entity_id: string }>(`SELECT entity_id FROM audit_log WHERE action = 'digitised_documents.list' AND actor_id = $1`, [t.province.officerIds.reception]);
    expect(audit.rows.map((row) => row.entity_id)).toContain(APPLICANT.idNumber);
  });

  it('records nothing of an online dossier until it is received', async () => {
    const citizenScan = await scan(1);
    const stored = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'to-khai.pdf', contentBase64: citizenScan.toString('base64') } });
    const applicant = { ...APPLICANT, name: 'Lê Văn Trực Tuyến', idNumber: '038095007777' };
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: {
        procedureCode: '1.001193',
        applicant,
        components: [{ code: 'TK', fileIds: [stored.json().id] }, { code: 'GCS', fileIds: [stored.json().id] }],
        uploadTokens: [stored.json().uploadToken],
      },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(await listFor(staff.reception, applicant.idNumber)).toEqual([]);
    const received = await staff.reception.request('POST', `/api/v1/dossiers/${submitted.json().code}/actions/receive`, { version: submitted.json().version });
    expect(received.statusCode, received.body).toBe(200);
    expect((await listFor(staff.reception, applicant.idNumber)).map((document) => document.componentCode).sort()).toEqual(['GCS', 'TK']);
  });

  it('lets a later dossier of the same applicant reuse a document without uploading it again, and counts the reuse', async () => {
    const before = await listFor(staff.reception, APPLICANT.idNumber);
    const form = before.find((document) => document.componentCode === 'TK')!;
    const birthCertificate = before.find((document) => document.kind === 'result')!;
    const response = await staff.reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: APPLICANT,
      summary: 'Đăng ký khai sinh, dùng lại giấy tờ đã số hóa',
      components: [
        { code: 'TK', fileIds: [form.fileId] },
        { code: 'GCS', fileIds: [birthCertificate.fileId] },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const later = response.json().code as string;

    const after = await listFor(staff.reception, APPLICANT.idNumber);
    expect(after).toHaveLength(before.length);
    expect(after.find((document) => document.id === form.id)!.reuseCount).toBe(1);
    expect(after.find((document) => document.id === birthCertificate.id)!.reuseCount).toBe(1);
    const { rows } = await t.db.query<{ reused_from: string }>(
      'SELECT g.reused_from FROM digitised_documents g JOIN dossiers d ON d.id = g.dossier_id WHERE d.code = $1 ORDER BY g.component_code',
      [later],
    );
    expect(rows.map((row) => row.reused_from)).toEqual([birthCertificate.id, form.id]);

    // The new dossier holds the very file: its officers open it there.
    const opened = await staff.specialist.request('GET', `/api/v1/dossiers/${later}/files/${form.fileId}`);
    expect(opened.statusCode).toBe(200);
    expect(sha256(opened.rawPayload)).toBe(form.sha256);
  });

  it('opens a digitised document for officers who handle dossiers, audited, and for nobody else', async () => {
    const [document] = await listFor(staff.reception, APPLICANT.idNumber);
    const opened = await staff.reception.request('GET', `/api/v1/digitised-documents/${document!.id}/content`);
    expect(opened.statusCode).toBe(200);
    expect(sha256(opened.rawPayload)).toBe(document!.sha256);
    const audit = await t.db.query<{ details: { id: string } }>(`SELECT details FROM audit_log WHERE action = 'digitised_documents.view'`);
    expect(audit.rows.map((row) => row.details.id)).toEqual([document!.id]);

    const admin = await signIn(t.app, 'admin');
    expect((await admin.request('GET', `/api/v1/digitised-documents?idNumber=${APPLICANT.idNumber}`)).statusCode).toBe(403);
    expect((await admin.request('GET', `/api/v1/digitised-documents/${document!.id}/content`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/digitised-documents?idNumber=${APPLICANT.idNumber}` })).statusCode).toBe(401);
  });

  it('opens an applicant’s documents only to receiving officers and to officers who may see a dossier of theirs, audited with the dossier served', async () => {
    const lookUp = (session: Session, query: string) => session.request('GET', `/api/v1/digitised-documents?idNumber=${APPLICANT.idNumber}${query}`);
    const [document] = await listFor(staff.reception, APPLICANT.idNumber);
    const open = (session: Session, query = '') => session.request('GET', `/api/v1/digitised-documents/${document!.id}/content${query}`);

    // Officers of an agency that has nothing to do with the applicant's dossiers see nothing.
    for (const username of ['other.specialist', 'other.leader', 'dept.specialist']) {
      const outsider = await signIn(t.app, username);
      expect((await lookUp(outsider, '')).statusCode, username).toBe(403);
      expect((await open(outsider)).statusCode, username).toBe(403);
      expect((await lookUp(outsider, `&dossierCode=${first.code}`)).statusCode, username).toBe(403);
    }
    // A receiving officer looks up at the counter, before there is a dossier.
    const otherReception = await signIn(t.app, 'other.reception');
    expect((await lookUp(otherReception, '')).statusCode).toBe(200);

    // An officer handling the applicant's dossier, for that dossier: recorded with it.
    const served = await lookUp(staff.specialist, `&dossierCode=${first.code}`);
    expect(served.statusCode, served.body).toBe(200);
    expect(served.json()).toEqual(await listFor(staff.specialist, APPLICANT.idNumber));
    expect((await open(staff.specialist, `?dossierCode=${first.code}`)).statusCode).toBe(200);
    const audit = await t.db.query<{ action: string; details: { dossierCode: string | null } }>(
      `SELECT action, details FROM audit_log WHERE action LIKE 'digitised_documents.%' AND actor_id = $1 ORDER BY seq`,
      [t.province.officerIds.specialist],
    );
    expect(audit.rows.map((row) => [row.action, row.details.dossierCode])).toEqual([
      ['digitised_documents.list', first.code],
      ['digitised_documents.list', null],
      ['digitised_documents.view', first.code],
    ]);

    // A dossier of someone else does not open this applicant's documents.
    const stranger = { ...APPLICANT, name: 'Lê Văn Người Khác', idNumber: '038095009999' };
    const theirs = await staff.reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant: stranger, summary: 'Đăng ký khai sinh', components: BIRTH_COMPONENTS });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const mismatch = await lookUp(staff.specialist, `&dossierCode=${theirs.json().code}`);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ code: 'dossier_of_another_applicant', field: 'dossierCode' });
    expect((await open(staff.specialist, `?dossierCode=${theirs.json().code}`)).statusCode).toBe(400);
    expect((await lookUp(staff.specialist, '&dossierCode=000.00.01.H99-261123-9999')).statusCode).toBe(404);
  });

  it('keeps citizens’ documents from the dossiers they submitted from their account, to reuse in their next one', async () => {
    const citizenScan = await scan(1);
    const applicant = { type: 'citizen', name: 'Phạm Thị Tài Khoản', idNumber: '038095005555', phone: '0912000555', address: 'Thôn Nam, xã Hòa Bình' };
    const own = await registerCitizen(t.app, { fullName: applicant.name, email: 'tai.khoan@example.vn', idNumber: applicant.idNumber });
    const stored = await own.request('POST', '/api/citizen/files', { name: 'to-khai.pdf', contentBase64: citizenScan.toString('base64') });
    const submitFromAccount = async (fileId: string) => {
      const content = { applicant, summary: 'Đăng ký khai sinh cho con', components: [{ code: 'TK', fileIds: [fileId] }, { code: 'GCS', fileIds: [fileId] }] };
      const draft = await own.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content });
      expect(draft.statusCode, draft.body).toBe(201);
      const submitted = await own.request('POST', `/api/citizen/drafts/${draft.json().id}/submit`);
      expect(submitted.statusCode, submitted.body).toBe(201);
      const { code, version } = submitted.json() as { code: string; version: number };
      return { code, version: await act(staff.reception, code, 'receive', version) };
    };
    const received = await submitFromAccount(stored.json().id);
    let version = await act(staff.specialist, received.code, 'hand_over', received.version);
    version = await act(staff.head, received.code, 'hand_over', version);
    const approval = await approve(staff, { code: received.code, version });

    const response = await own.request('GET', '/api/citizen/digitised-documents');
    expect(response.statusCode, response.body).toBe(200);
    const documents = response.json() as Digitised[];
    expect(documents.map((document) => [document.kind, document.sourceDossierCode]).sort()).toEqual([
      ['component', received.code],
      ['component', received.code],
      ['result', received.code],
    ]);
    const result = documents.find((document) => document.kind === 'result')!;
    const download = await own.request('GET', `/api/citizen/digitised-documents/${result.id}/content`);
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(approval.result.sha256);

    // The next dossier names the signed result for both its components instead of new scans; receiving it records both reuses.
    await submitFromAccount(result.fileId);
    const after = (await own.request('GET', '/api/citizen/digitised-documents')).json() as Digitised[];
    expect(after.find((document) => document.id === result.id)!.reuseCount).toBe(2);

    // Declaring the same identity number gives another account nothing: it is not proof of identity.
    const claimant = await registerCitizen(t.app, { fullName: 'Người Khác', email: 'khac.digitised@example.vn', idNumber: applicant.idNumber });
    expect((await claimant.request('GET', '/api/citizen/digitised-documents')).json()).toEqual([]);
    expect((await claimant.request('GET', `/api/citizen/digitised-documents/${result.id}/content`)).statusCode).toBe(404);
  });

  it('no longer offers a revoked result for reuse', async () => {
    const revoked = await staff.leader.request('POST', `/api/v1/signed-results/${first.result.verificationCode}/revoke`, { reason: 'Cấp lại do sai sót.' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await listFor(staff.reception, APPLICANT.idNumber)).map((document) => document.kind)).not.toContain('result');
  });
});
