import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { CITIZEN_PASSWORD as PASSWORD, type CitizenBrowser, browserOf, nextAddress, registerCitizen as register } from './support/citizens.js';
import { APPLICANT, act, detail, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

const at = (iso: string) => new Date(iso);
const PDF = Buffer.from('%PDF-1.4\n% to khai\n%%EOF\n');

describe.each(ENGINES)('citizen accounts, drafts and own dossiers on $name', (engine) => {
  let t: TestApp;
  let an: CitizenBrowser;
  let binh: CitizenBrowser;
  let reception: Session;
  let specialist: Session;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Vietnam.
    t = await startTestApp(engine, { at: at('2026-11-23T09:00:00+07:00') });
    an = await register(t.app, { fullName: '  Nguyễn   Văn An ', email: 'An.Nguyen@Example.VN', phone: '+84 912 345 678', idNumber: '038095001234' });
    binh = await register(t.app, { fullName: 'Trần Thị Bình', phone: '0987.654.321' });
    reception = await signIn(t.app, 'reception');
    specialist = await signIn(t.app, 'specialist');
  });
  afterAll(() => t.close());

  /** A scan uploaded to the citizen's account (An's unless another is named). */
  async function uploadFile(name = 'to-khai.pdf', browser = an, content = PDF): Promise<string> {
    const upload = await browser.request('POST', '/api/citizen/files', { name, contentBase64: content.toString('base64') });
    expect(upload.statusCode, upload.body).toBe(201);
    return upload.json().id;
  }

  async function completeContent(browser = an) {
    const fileId = await uploadFile('to-khai.pdf', browser);
    return {
      applicant: { type: 'citizen', name: APPLICANT.name, idNumber: APPLICANT.idNumber, phone: APPLICANT.phone, email: '', address: APPLICANT.address },
      summary: 'Đăng ký khai sinh cho con',
      components: [
        { code: 'TK', fileIds: [fileId] },
        { code: 'GCS', fileIds: [fileId] },
      ],
    };
  }

  async function submittedDossier(browser: CitizenBrowser) {
    const draft = await browser.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: await completeContent(browser) });
    expect(draft.statusCode, draft.body).toBe(201);
    const submitted = await browser.request('POST', `/api/citizen/drafts/${draft.json().id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(201);
    return submitted.json() as { code: string; lookupCode: string; state: string; version: number };
  }

  describe('accounts', () => {
    it('registers with normalised contact details and signs in at once', async () => {
      expect(an.citizen).toEqual({ id: expect.any(String), fullName: 'Nguyễn Văn An', email: 'an.nguyen@example.vn', phone: '0912345678', idNumber: '038095001234', communeId: null, emailVerified: false, phoneVerified: false });
      const me = await an.request('GET', '/api/citizen/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual({ citizen: an.citizen });
      expect(binh.citizen).toMatchObject({ email: null, phone: '0987654321', idNumber: null });
    });

    it('sets the session cookie for scripts to leave alone, and the CSRF cookie for them to read', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/citizen/register', payload: { fullName: 'Lê Văn Cookie', email: 'cookie@example.vn', password: PASSWORD }, remoteAddress: nextAddress() });
      const session = response.cookies.find((cookie) => cookie.name === 'motcua_citizen')!;
      const csrf = response.cookies.find((cookie) => cookie.name === 'motcua_citizen_csrf')!;
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(csrf.httpOnly).toBeFalsy();
    });

    it('refuses a duplicate email or phone with 409, and missing or malformed details with the field', async () => {
      const post = (payload: Record<string, unknown>) =>
        t.app.inject({ method: 'POST', url: '/api/citizen/register', payload: { password: PASSWORD, fullName: 'Người Thử', ...payload }, remoteAddress: nextAddress() });
      const sameEmail = await post({ email: 'AN.NGUYEN@example.vn' });
      expect(sameEmail.statusCode).toBe(409);
      expect(sameEmail.json()).toMatchObject({ code: 'account_exists', field: 'email' });
      const samePhone = await post({ phone: '0912 345 678' });
      expect(samePhone.statusCode).toBe(409);
      expect(samePhone.json()).toMatchObject({ code: 'account_exists', field: 'phone' });
      const noContact = await post({ email: '', phone: ' ' });
      expect(noContact.statusCode).toBe(400);
      expect(noContact.json()).toMatchObject({ field: 'email', message: expect.stringContaining('email hoặc số điện thoại') });
      expect((await post({ phone: '0123' })).json()).toMatchObject({ code: 'invalid_input', field: 'phone' });
      expect((await post({ email: 'khong-phai-email' })).json()).toMatchObject({ code: 'invalid_input', field: 'email' });
      expect((await post({ email: 'a@b.vn', idNumber: '12345' })).json()).toMatchObject({ code: 'invalid_input', field: 'idNumber' });
      expect((await post({ email: 'a@b.vn', password: 'ngan' })).json()).toMatchObject({ code: 'invalid_input', field: 'password' });
    });

    it('signs in by email or phone, refuses a wrong password, signs out', async () => {
      const login = (body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: body, remoteAddress: nextAddress() });
      const wrong = await login({ login: 'an.nguyen@example.vn', password: 'sai-mat-khau' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ code: 'invalid_credentials' });
      expect((await login({ login: 'nobody@example.vn', password: PASSWORD })).statusCode).toBe(401);
      const byEmail = await login({ login: ' AN.NGUYEN@example.vn ', password: PASSWORD });
      expect(byEmail.statusCode, byEmail.body).toBe(200);
      expect(byEmail.json()).toEqual({ citizen: an.citizen });
      const byPhone = await login({ login: '0987 654 321', password: PASSWORD });
      expect(byPhone.statusCode).toBe(200);
      const session = browserOf(t.app, byPhone);
      expect((await session.request('GET', '/api/citizen/me')).json().citizen.fullName).toBe('Trần Thị Bình');
      const logout = await session.request('POST', '/api/citizen/logout');
      expect(logout.statusCode).toBe(204);
      const me = await session.request('GET', '/api/citizen/me');
      expect(me.statusCode).toBe(401);
      expect(me.json()).toMatchObject({ code: 'unauthenticated' });
      // Signing out again is harmless.
      expect((await session.request('POST', '/api/citizen/logout')).statusCode).toBe(204);
      const audit = await t.db.query<{ action: string; actor_kind: string; actor_id: string }>(
        `SELECT action, actor_kind, actor_id FROM audit_log WHERE entity_type = 'citizen' AND entity_id = $1 ORDER BY seq`,
        [binh.citizen.id],
      );
      // No SMS gateway here: the verification code could not be sent, and the log says so.
      expect(audit.rows.map((row) => row.action)).toEqual(['citizen.register', 'citizen.contact_verification_request', 'citizen.sign_in', 'citizen.sign_out']);
      expect(audit.rows[0]).toMatchObject({ actor_kind: 'applicant', actor_id: binh.citizen.id });
    });

    it('counts every spelling of a phone number against the one budget of that address', async () => {
      // The right password every time keeps the lock-out out of the way: only the per-address limit counts.
      const spellings = ['0987654321', '+84987654321', '84987654321', '0987 654 321', '0987.654.321', '+84 987 654 321', '(0987) 654-321', '\u00a00987654321', '0987654321\u3000', '\t84 987 654 321'];
      const login = (spelling: string) => t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: { login: spelling, password: PASSWORD }, remoteAddress: '10.99.0.1' });
      for (const spelling of spellings) expect((await login(spelling)).statusCode).toBe(200);
      const over = await login('+84\u00a0987\u00a0654\u00a0321');
      expect(over.statusCode).toBe(429);
      expect(over.json()).toMatchObject({ code: 'rate_limited' });
    });

    it('locks a login after five wrong passwords in a row, refuses even the right one, and answers an unknown login alike', async () => {
      const cuong = await register(t.app, { fullName: 'Lê Văn Cường', email: 'cuong@example.vn', phone: '0933 111 222' });
      const login = (spelling: string, password: string) => t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: { login: spelling, password }, remoteAddress: nextAddress() });
      const answers = async (spellings: string[]) => {
        const seen: unknown[] = [];
        for (const spelling of spellings) {
          const response = await login(spelling, 'sai-mat-khau');
          seen.push([response.statusCode, response.json().code, response.headers['retry-after']]);
        }
        return seen;
      };
      const known = await answers(['0933111222', '+84933111222', '84 933 111 222', '0933.111.222', ' 0933111222', '+84 933 111 222']);
      expect(known.at(-1)).toEqual([429, 'account_locked', '60']);
      expect(await answers(['0944111222', '+84944111222', '84 944 111 222', '0944.111.222', ' 0944111222', '+84 944 111 222'])).toEqual(known);
      const locked = await login('0933111222', PASSWORD);
      expect(locked.statusCode).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'account_locked', message: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.' });
      const audit = await t.db.query<{ entity_id: string | null }>(`SELECT entity_id FROM audit_log WHERE action = 'citizen.lock_out' ORDER BY seq`);
      expect(audit.rows.map((row) => row.entity_id)).toEqual([cuong.citizen.id, null]);

      t.clock.at = new Date(t.clock.at.getTime() + 60_000);
      try {
        expect((await login('+84 933 111 222', PASSWORD)).statusCode).toBe(200);
        expect((await login('0933111222', 'sai-mat-khau')).statusCode).toBe(401);
      } finally {
        t.clock.at = at('2026-11-23T09:00:00+07:00');
      }
    });

    it('signs out the session that asks, whichever way the address is spelt', async () => {
      const signedIn = await t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: { login: 'an.nguyen@example.vn', password: PASSWORD }, remoteAddress: nextAddress() });
      const session = browserOf(t.app, signedIn);
      expect((await session.request('POST', '/api/%63itizen/logout')).statusCode).toBe(204);
      expect((await session.request('GET', '/api/citizen/me')).statusCode).toBe(401);
    });

    it('refuses a signed-in write without the CSRF header, and ignores officer cookies', async () => {
      const refused = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: {} }, { csrf: false });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'csrf_failed' });
      // An officer's session in the same browser neither signs anyone in here nor gets in the way.
      const officerLogin = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'reception', password: 'test-password-123' } });
      const officerCookie = officerLogin.cookies.find((cookie) => cookie.name === 'motcua_session')!;
      const asOfficer = await t.app.inject({ method: 'GET', url: '/api/citizen/me', headers: { cookie: `motcua_session=${officerCookie.value}` } });
      expect(asOfficer.statusCode).toBe(401);
    });
  });

  describe('drafts', () => {
    it('creates, reads, lists, updates and deletes a draft, stored as given', async () => {
      const content = { applicant: { type: 'citizen', name: 'Nguyễn Văn' }, components: [{ code: 'TK', fileIds: [] }] };
      const created = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content });
      expect(created.statusCode, created.body).toBe(201);
      const draft = created.json();
      expect(draft).toEqual({ id: expect.any(String), procedureCode: '1.001193', content, files: [], updatedAt: '2026-11-23T09:00:00+07:00' });
      expect((await an.request('GET', `/api/citizen/drafts/${draft.id}`)).json()).toEqual(draft);
      const list = (await an.request('GET', '/api/citizen/drafts')).json();
      expect(list.items).toContainEqual({ id: draft.id, procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', updatedAt: draft.updatedAt });

      t.clock.at = at('2026-11-23T10:30:00+07:00');
      const changed = { ...content, summary: 'Khai sinh cho con thứ hai' };
      const updated = await an.request('PUT', `/api/citizen/drafts/${draft.id}`, { content: changed });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json()).toMatchObject({ content: changed, updatedAt: '2026-11-23T10:30:00+07:00' });

      expect((await an.request('DELETE', `/api/citizen/drafts/${draft.id}`)).statusCode).toBe(204);
      expect((await an.request('GET', `/api/citizen/drafts/${draft.id}`)).statusCode).toBe(404);
      t.clock.at = at('2026-11-23T09:00:00+07:00');
    });

    it('names the files a draft holds, so that a reopened form shows them and one can be taken off', async () => {
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
      const form = await uploadFile('Tờ khai đăng ký khai sinh.pdf');
      const photo = await uploadFile('giấy chứng sinh', an, png);
      const content = {
        components: [
          { code: 'TK', fileIds: [form] },
          // A file id that is no uuid, and one of no file, are kept as given but name nothing.
          { code: 'GCS', fileIds: [photo, form, 'khong-phai-tep', '00000000-0000-4000-8000-000000000000'] },
        ],
      };
      const created = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content });
      expect(created.statusCode, created.body).toBe(201);
      const draft = created.json();
      expect(draft.content).toEqual(content);
      expect(draft.files).toEqual([
        { id: form, name: 'Tờ khai đăng ký khai sinh.pdf', contentType: 'application/pdf', size: PDF.length },
        { id: photo, name: 'giấy chứng sinh.png', contentType: 'image/png', size: png.length },
      ]);
      expect((await an.request('GET', `/api/citizen/drafts/${draft.id}`)).json().files).toEqual(draft.files);

      // The citizen takes the photo off the second component.
      const withoutPhoto = { components: [content.components[0]!, { code: 'GCS', fileIds: [form] }] };
      const updated = await an.request('PUT', `/api/citizen/drafts/${draft.id}`, { content: withoutPhoto });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json().files.map((file: { id: string }) => file.id)).toEqual([form]);
      const reopened = (await an.request('GET', `/api/citizen/drafts/${draft.id}`)).json();
      expect(reopened.content).toEqual(withoutPhoto);
      expect(reopened.files).toEqual([draft.files[0]]);
      // Another citizen learns nothing of them.
      expect((await binh.request('GET', `/api/citizen/drafts/${draft.id}`)).statusCode).toBe(404);
    });

    it('refuses a draft of an unknown procedure, and a draft too large', async () => {
      const unknown = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.999999', content: {} });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ field: 'procedureCode' });
      const huge = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { summary: 'x'.repeat(3000) } });
      expect(huge.statusCode).toBe(400);
    });

    it("keeps one citizen's drafts from another", async () => {
      const mine = (await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { summary: 'của An' } })).json();
      expect((await binh.request('GET', `/api/citizen/drafts/${mine.id}`)).statusCode).toBe(404);
      expect((await binh.request('PUT', `/api/citizen/drafts/${mine.id}`, { content: {} })).statusCode).toBe(404);
      expect((await binh.request('DELETE', `/api/citizen/drafts/${mine.id}`)).statusCode).toBe(404);
      expect((await binh.request('POST', `/api/citizen/drafts/${mine.id}/submit`)).statusCode).toBe(404);
      expect((await binh.request('GET', '/api/citizen/drafts')).json().items.map((item: { id: string }) => item.id)).not.toContain(mine.id);
      expect((await an.request('GET', `/api/citizen/drafts/${mine.id}`)).json().content).toEqual({ summary: 'của An' });
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/citizen/drafts' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('submits a draft: the dossier is the citizen’s and the draft is gone', async () => {
      const draft = (await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: await completeContent() })).json();
      const submitted = await an.request('POST', `/api/citizen/drafts/${draft.id}/submit`);
      expect(submitted.statusCode, submitted.body).toBe(201);
      const dossier = submitted.json();
      expect(dossier).toMatchObject({ code: expect.stringMatching(/-261123-\d{4}$/), lookupCode: expect.any(String), state: 'submitted', version: 1, receivedAt: null, dueAt: null });
      expect((await an.request('GET', `/api/citizen/drafts/${draft.id}`)).statusCode).toBe(404);
      const { rows } = await t.db.query<{ citizen_id: string; channel: string }>('SELECT citizen_id, channel FROM dossiers WHERE code = $1', [dossier.code]);
      expect(rows[0]).toEqual({ citizen_id: an.citizen.id, channel: 'online' });
      const audit = await t.db.query<{ actor_name: string; actor_id: string }>(`SELECT actor_name, actor_id FROM audit_log WHERE action = 'dossier.submit_online' AND entity_id = $1`, [dossier.code]);
      expect(audit.rows[0]).toEqual({ actor_name: 'Nguyễn Văn An', actor_id: an.citizen.id });
      // Submitted twice (a double click): the second finds no draft and creates nothing.
      const again = await an.request('POST', `/api/citizen/drafts/${draft.id}/submit`);
      expect(again.statusCode).toBe(404);
    });

    it('keeps the draft when the submission is refused, naming the field at fault', async () => {
      const incomplete = (await an.request('POST', '/api/citizen/drafts', {
        procedureCode: '1.001193',
        content: { ...(await completeContent()), components: [{ code: 'TK', fileIds: [await uploadFile()] }] },
      })).json();
      const refused = await an.request('POST', `/api/citizen/drafts/${incomplete.id}/submit`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'incomplete_dossier', field: 'components', message: expect.stringContaining('Giấy chứng sinh') });
      expect((await an.request('GET', `/api/citizen/drafts/${incomplete.id}`)).statusCode).toBe(200);

      const badId = (await an.request('POST', '/api/citizen/drafts', {
        procedureCode: '1.001193',
        content: { ...(await completeContent()), applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: 'số sai' } },
      })).json();
      const invalid = await an.request('POST', `/api/citizen/drafts/${badId.id}/submit`);
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toMatchObject({ code: 'validation_failed', field: 'content.applicant.idNumber' });
      const missing = (await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { components: [] } })).json();
      expect((await an.request('POST', `/api/citizen/drafts/${missing.id}/submit`)).json()).toMatchObject({ field: 'content.applicant' });
      const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossier_drafts WHERE id = ANY($1::uuid[])', [[incomplete.id, badId.id, missing.id]]);
      expect(rows[0]!.n).toBe(3);
    });
  });

  describe('my dossiers', () => {
    it('lists only the citizen’s own dossiers, newest first', async () => {
      t.clock.at = at('2026-11-24T08:00:00+07:00');
      const older = await submittedDossier(binh);
      t.clock.at = at('2026-11-24T09:00:00+07:00');
      const newer = await submittedDossier(binh);
      // A counter reception for the same person is not linked to any account.
      await receiveWalkIn(reception);
      const list = await binh.request('GET', '/api/citizen/dossiers?limit=10');
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json()).toEqual({
        nextCursor: null,
        items: [
          { code: newer.code, procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', state: 'submitted', submittedAt: '2026-11-24T09:00:00+07:00', receivedAt: null, dueAt: null, finishedAt: null },
          expect.objectContaining({ code: older.code, submittedAt: '2026-11-24T08:00:00+07:00' }),
        ],
      });
      // A page starts where the one before ended; of two dossiers handed in at the same instant, the later number comes first.
      const sameInstant = await submittedDossier(binh);
      const pages: string[][] = [];
      let cursor: string | null = '';
      while (cursor !== null) {
        const page = (await binh.request('GET', `/api/citizen/dossiers?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).json() as { items: Array<{ code: string }>; nextCursor: string | null };
        pages.push(page.items.map((item) => item.code));
        cursor = page.nextCursor;
      }
      expect(pages).toEqual([[sameInstant.code], [newer.code], [older.code]]);
      const forged = await binh.request('GET', `/api/citizen/dossiers?cursor=${Buffer.from('[1]').toString('base64url')}`);
      expect(forged.statusCode).toBe(400);
      expect(forged.json()).toMatchObject({ code: 'invalid_input', field: 'cursor' });
      expect((await an.request('GET', '/api/citizen/dossiers')).json().items.map((item: { code: string }) => item.code)).not.toContain(newer.code);
    });

    it('shows a dossier to its owner only, without officers’ names, and serves its files to them alone', async () => {
      t.clock.at = at('2026-11-24T09:00:00+07:00');
      const dossier = await submittedDossier(an);
      const version = await act(reception, dossier.code, 'receive', dossier.version, { comment: 'Hồ sơ đầy đủ.' });
      const response = await an.request('GET', `/api/citizen/dossiers/${dossier.code}`);
      expect(response.statusCode, response.body).toBe(200);
      const mine = response.json();
      expect(mine).toMatchObject({
        code: dossier.code,
        lookupCode: dossier.lookupCode,
        version,
        state: 'processing',
        procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
        applicant: { type: 'citizen', name: APPLICANT.name, idNumber: APPLICANT.idNumber, email: '' },
        summary: 'Đăng ký khai sinh cho con',
        receivedAt: '2026-11-24T09:00:00+07:00',
        dueAt: '2026-12-01T09:00:00+07:00',
        receivingAgencyName: 'UBND xã Hòa Bình',
        currentStep: { name: 'Công chức tư pháp - hộ tịch thẩm định', agencyName: 'UBND xã Hòa Bình', dueAt: expect.any(String) },
        supplementRequest: null,
        availableActions: ['withdraw'],
      });
      expect(mine.components).toHaveLength(2);
      expect(mine.components[0]).toMatchObject({ code: 'TK', name: 'Tờ khai đăng ký khai sinh', files: [{ id: expect.any(String), name: 'to-khai.pdf' }] });
      expect(mine.events).toEqual([
        { action: 'submit_online', at: '2026-11-24T09:00:00+07:00', fromState: null, toState: 'submitted', comment: '', agencyName: 'UBND xã Hòa Bình' },
        // The receiving officer's note was not marked for the applicant: it stays between officers.
        { action: 'receive', at: '2026-11-24T09:00:00+07:00', fromState: 'submitted', toState: 'processing', comment: '', agencyName: 'UBND xã Hòa Bình' },
      ]);
      expect(response.body).not.toContain('Hồ sơ đầy đủ.');
      expect(response.body).not.toContain('Nguyễn Thị Tiếp Nhận');

      const fileId = mine.components[0].files[0].id;
      const download = await an.request('GET', `/api/citizen/dossiers/${dossier.code}/files/${fileId}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toContain('to-khai.pdf');
      expect(download.rawPayload.equals(PDF)).toBe(true);
      expect((await an.request('GET', `/api/citizen/dossiers/${dossier.code}/files/${await uploadFile()}`)).statusCode).toBe(404);

      expect((await binh.request('GET', `/api/citizen/dossiers/${dossier.code}`)).statusCode).toBe(404);
      expect((await binh.request('GET', `/api/citizen/dossiers/${dossier.code}/files/${fileId}`)).statusCode).toBe(404);
      expect((await binh.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/withdraw`, { version, comment: 'Không phải của tôi.' })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: `/api/citizen/dossiers/${dossier.code}` })).statusCode).toBe(401);
    });

    it('shows a supplement request, takes the supplement and goes back to processing', async () => {
      t.clock.at = at('2026-11-24T09:00:00+07:00');
      const dossier = await submittedDossier(an);
      let version = await act(reception, dossier.code, 'receive', dossier.version);
      t.clock.at = at('2026-11-25T09:00:00+07:00');
      version = await act(specialist, dossier.code, 'request_supplement', version, {
        comment: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ.',
        missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không đọc được' }],
      });
      const waiting = (await an.request('GET', `/api/citizen/dossiers/${dossier.code}`)).json();
      expect(waiting).toMatchObject({
        state: 'supplement_requested',
        version,
        supplementRequest: {
          comment: 'Giấy chứng sinh bị mờ, đề nghị nộp lại bản rõ.',
          missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không đọc được' }],
          requestedAt: '2026-11-25T09:00:00+07:00',
        },
      });
      expect(waiting.availableActions).toContain('submit_supplement');
      expect(waiting.availableActions).not.toContain('resubmit');
      expect(JSON.stringify(waiting)).not.toContain('Trần Văn Chuyên');

      const stale = await an.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/submit_supplement`, { version: version - 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'version_conflict' });
      t.clock.at = at('2026-11-26T09:00:00+07:00');
      const clearer = await uploadFile('giay-chung-sinh-ro.pdf');
      const supplied = await an.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/submit_supplement`, {
        version,
        comment: 'Đã nộp bản rõ.',
        components: [{ code: 'GCS', fileIds: [clearer] }],
      });
      expect(supplied.statusCode, supplied.body).toBe(200);
      expect(supplied.json()).toEqual({ code: dossier.code, state: 'processing', version: version + 1 });
      const after = (await an.request('GET', `/api/citizen/dossiers/${dossier.code}`)).json();
      expect(after.supplementRequest).toBeNull();
      expect(after.components.find((component: { code: string }) => component.code === 'GCS').files.map((file: { name: string }) => file.name)).toContain('giay-chung-sinh-ro.pdf');
      expect(after.events.at(-1)).toMatchObject({ action: 'submit_supplement', comment: 'Đã nộp bản rõ.' });
      expect((await detail(reception, dossier.code)).events.at(-1)).toMatchObject({ action: 'submit_supplement', actorName: 'Nguyễn Văn An' });
    });

    it('lets the citizen resubmit after a supplement request at reception, and withdraw', async () => {
      const dossier = await submittedDossier(binh);
      let version = await act(reception, dossier.code, 'request_supplement_at_reception', dossier.version, { comment: 'Thiếu chữ ký trên tờ khai.' });
      const waiting = (await binh.request('GET', `/api/citizen/dossiers/${dossier.code}`)).json();
      expect(waiting.availableActions.sort()).toEqual(['resubmit', 'withdraw']);
      expect(waiting.supplementRequest).toMatchObject({ comment: 'Thiếu chữ ký trên tờ khai.', missingComponents: [] });
      const resubmitted = await binh.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/resubmit`, { version });
      expect(resubmitted.json()).toMatchObject({ state: 'submitted' });
      version = resubmitted.json().version;
      const noReason = await binh.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/withdraw`, { version });
      expect(noReason.json()).toMatchObject({ code: 'validation_failed', field: 'body.comment' });
      const withdrawn = await binh.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/withdraw`, { version, comment: 'Tôi không còn nhu cầu.' });
      expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
      expect((await binh.request('GET', `/api/citizen/dossiers/${dossier.code}`)).json().availableActions).toEqual([]);
    });
  });

  describe('uploads', () => {
    it('takes uploads from signed-in citizens only, as theirs', async () => {
      const body = { name: 'Tờ khai.pdf', contentBase64: PDF.toString('base64') };
      expect((await t.app.inject({ method: 'POST', url: '/api/citizen/files', payload: body })).statusCode).toBe(401);
      expect((await an.request('POST', '/api/citizen/files', body, { csrf: false })).json()).toMatchObject({ code: 'csrf_failed' });
      const upload = await an.request('POST', '/api/citizen/files', body);
      expect(upload.statusCode, upload.body).toBe(201);
      // No token: the account is what makes the file An's.
      expect(upload.json()).toEqual({ id: expect.any(String), name: 'Tờ khai.pdf', contentType: 'application/pdf', size: PDF.length, sha256: expect.any(String) });
      const { rows } = await t.db.query('SELECT citizen_id, uploaded_by, upload_token_sha256 FROM files WHERE id = $1', [upload.json().id]);
      expect(rows[0]).toEqual({ citizen_id: an.citizen.id, uploaded_by: null, upload_token_sha256: null });
    });

    it("refuses another's upload in a draft, a submission or a supplement, and writes nothing", async () => {
      t.clock.at = at('2026-11-30T09:00:00+07:00');
      const ansFile = await uploadFile('cua-an.pdf');
      const notYours = { code: 'file_not_yours', message: expect.stringContaining('không do bạn tải lên'), messageEn: expect.stringContaining('not uploaded by you') };
      const withAnsFile = { ...(await completeContent(binh)), components: [{ code: 'TK', fileIds: [ansFile] }, { code: 'GCS', fileIds: [ansFile] }] };

      // Binh names An's upload in a new draft, and in one of his own.
      const stolen = await binh.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: withAnsFile });
      expect(stolen.statusCode).toBe(403);
      expect(stolen.json()).toMatchObject({ ...notYours, field: 'content.components' });
      const own = (await binh.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: await completeContent(binh) })).json();
      const changed = await binh.request('PUT', `/api/citizen/drafts/${own.id}`, { content: withAnsFile });
      expect(changed.json()).toMatchObject({ ...notYours, field: 'content.components' });
      const kept = (await binh.request('GET', `/api/citizen/drafts/${own.id}`)).json();
      expect(kept.content).toEqual(own.content);
      expect(kept.files).toHaveLength(1);
      expect(kept.files[0].id).not.toBe(ansFile);

      // Anonymously, without the upload's token.
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/public/dossiers', payload: { procedureCode: '1.001193', applicant: APPLICANT, components: withAnsFile.components } });
      expect(anonymous.statusCode).toBe(403);
      expect(anonymous.json()).toMatchObject({ code: 'file_not_yours', field: 'components', messageEn: expect.stringContaining('uploadToken') });

      // In the resubmission of his own dossier.
      const dossier = await submittedDossier(binh);
      const version = await act(reception, dossier.code, 'request_supplement_at_reception', dossier.version, { comment: 'Giấy chứng sinh chụp mờ.' });
      const resubmitted = await binh.request('POST', `/api/citizen/dossiers/${dossier.code}/actions/resubmit`, { version, components: [{ code: 'GCS', fileIds: [ansFile] }] });
      expect(resubmitted.statusCode).toBe(403);
      expect(resubmitted.json()).toMatchObject({ ...notYours, field: 'components' });
      expect((await binh.request('GET', `/api/citizen/dossiers/${dossier.code}`)).json()).toMatchObject({ version, state: 'supplement_before_reception' });

      // An anonymous upload is nobody's account's either, and an officer's scan is the officers'.
      const anonymousUpload = (await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'x.pdf', contentBase64: PDF.toString('base64') } })).json();
      const scan = (await reception.request('POST', '/api/v1/files', { name: 'ban-scan.pdf', contentBase64: PDF.toString('base64') })).json();
      for (const fileId of [anonymousUpload.id, scan.id]) {
        const refused = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { components: [{ code: 'TK', fileIds: [fileId] }] } });
        expect(refused.json()).toMatchObject({ ...notYours, field: 'content.components' });
      }

      // An still names her own file.
      const ansDraft = await an.request('POST', '/api/citizen/drafts', { procedureCode: '1.001193', content: { components: [{ code: 'TK', fileIds: [ansFile] }] } });
      expect(ansDraft.statusCode, ansDraft.body).toBe(201);
      expect(ansDraft.json().files).toEqual([{ id: ansFile, name: 'cua-an.pdf', contentType: 'application/pdf', size: PDF.length }]);
    });
  });
});
