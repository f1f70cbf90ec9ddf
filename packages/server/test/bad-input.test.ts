import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT, BIRTH_COMPONENTS, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { BIRTH_REGISTRATION } from './support/province.js';

const NUL = 'Nguyễn\u0000Văn An';
const LONE_SURROGATE = 'Nguyễn \uD800Văn An';
const ZERO_WIDTH_NAMES = ['\u200B\u200B', '\u200C\u200D\u2060', '\uFEFF\u200B', '\u00A0\u3000\u200B'];

/** Input that no column can hold, no calendar knows or no receipt can spell: each is a 400 naming its field, never a 500. */
describe.each(ENGINES)('bad input on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let reception: Session;
  let specialist: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    [admin, reception, specialist] = await Promise.all(['admin', 'reception', 'specialist'].map((username) => signIn(t.app, username))) as [Session, Session, Session];
  });
  afterAll(() => t.close());

  const expectFieldError = (response: { statusCode: number; body: string; json(): unknown }, field: string) => {
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ field });
  };

  it.each([
    ['a NUL byte', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])('refuses %s in an applicant name, a comment and a log-in', async (_, text) => {
    const submission = await reception.request('POST', '/api/v1/dossiers', { procedureCode: BIRTH_REGISTRATION.code, applicant: { ...APPLICANT, name: text }, components: BIRTH_COMPONENTS });
    expectFieldError(submission, 'body.applicant.name');
    const dossier = await receiveWalkIn(reception);
    const comment = await specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/request_supplement`, {
      version: dossier.version,
      comment: text,
      missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Thiếu' }],
    });
    expectFieldError(comment, 'body.comment');
    expectFieldError(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: text, password: 'x' } }), 'body.username');
    expectFieldError(await t.app.inject({ method: 'POST', url: '/api/citizen/login', payload: { login: text, password: 'x' } }), 'body.login');
  });

  // A lone surrogate cannot travel in an address: its bytes there are not UTF-8 and decode to U+FFFD.
  it('refuses a NUL byte in a search', async () => {
    expectFieldError(await reception.request('GET', `/api/v1/dossiers?q=${encodeURIComponent(NUL)}`), 'querystring.q');
    expectFieldError(await t.app.inject({ method: 'GET', url: `/api/public/procedures?q=${encodeURIComponent(NUL)}` }), 'querystring.q');
    expectFieldError(await reception.request('GET', `/api/v1/dossiers/${encodeURIComponent(NUL)}`), 'params.code');
  });

  it.each(['2026-02-30', '0000-01-01', '2026-13-01'])('refuses the impossible date %s in the calendar and the due-date routes', async (date) => {
    expectFieldError(await admin.request('PUT', `/api/v1/calendar/overrides/${date}`, { kind: 'day_off', name: 'Nghỉ' }), 'params.date');
    expectFieldError(await admin.request('DELETE', `/api/v1/calendar/overrides/${date}`), 'params.date');
    const due = await t.app.inject({ method: 'GET', url: `/api/public/due-date?receivedAt=${date}T09:00:00%2B07:00&workingDays=3` });
    expectFieldError(due, 'querystring.receivedAt');
  });

  it('refuses a due date asked from before the years the calendar knows', async () => {
    const due = await t.app.inject({ method: 'GET', url: '/api/public/due-date?receivedAt=1900-01-01T00:00:00%2B07:00&workingDays=3' });
    expectFieldError(due, 'querystring.receivedAt');
  });

  it('refuses a fee no receipt can spell, and a catalogue fee above the bound', async () => {
    const dossier = await receiveWalkIn(reception);
    const fee = await specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/request_fee`, { version: dossier.version, feeAmountVnd: 1e20, comment: 'Lệ phí' });
    expectFieldError(fee, 'body.feeAmountVnd');
    const procedure = await admin.request('PUT', `/api/v1/procedures/${BIRTH_REGISTRATION.code}/draft`, {
      ...BIRTH_REGISTRATION,
      fees: [{ name: 'Lệ phí', amountVnd: 1e15 }],
    });
    expectFieldError(procedure, 'body.fees.0.amountVnd');
  });

  it.each(ZERO_WIDTH_NAMES)('refuses a name made only of invisible characters (%j) wherever a name is typed', async (name) => {
    const applicant = await reception.request('POST', '/api/v1/dossiers', { procedureCode: BIRTH_REGISTRATION.code, applicant: { ...APPLICANT, name }, components: BIRTH_COMPONENTS });
    expectFieldError(applicant, 'body.applicant.name');
    const officer = await admin.request('POST', '/api/v1/officers', {
      username: 'zero.width',
      fullName: name,
      password: 'a-long-password-1',
      grants: [{ role: 'specialist', agencyId: t.province.agencyIds.commune }],
    });
    expectFieldError(officer, 'body.fullName');
    const title = await admin.request('POST', '/api/v1/officers', {
      username: 'zero.width',
      fullName: 'Nguyễn Văn Bình',
      title: name,
      password: 'a-long-password-1',
      grants: [{ role: 'specialist', agencyId: t.province.agencyIds.commune }],
    });
    expectFieldError(title, 'body.title');
    const agency = await admin.request('POST', '/api/v1/agencies', { code: '003.03.03.H99', name, shortName: 'Xã', kind: 'commune', parentId: t.province.agencyIds.province });
    expectFieldError(agency, 'body.name');
    const unit = await admin.request('POST', `/api/v1/agencies/${t.province.agencyIds.commune}/units`, { code: 'TP', name, kind: 'processing' });
    expectFieldError(unit, 'body.name');
    const procedure = await admin.request('PUT', `/api/v1/procedures/${BIRTH_REGISTRATION.code}/draft`, { ...BIRTH_REGISTRATION, name });
    expectFieldError(procedure, 'body.name');
    const holiday = await admin.request('PUT', '/api/v1/calendar/overrides/2026-12-31', { kind: 'day_off', name });
    expectFieldError(holiday, 'body.name');
    const citizen = await t.app.inject({ method: 'POST', url: '/api/citizen/register', payload: { fullName: name, email: 'zw@example.vn', password: 'a-long-password-1' } });
    expectFieldError(citizen, 'body.fullName');
  });

  it('still takes names that show something around invisible characters', async () => {
    const response = await reception.request('POST', '/api/v1/dossiers', { procedureCode: BIRTH_REGISTRATION.code, applicant: { ...APPLICANT, name: '\u200BNguyễn Văn An' }, components: BIRTH_COMPONENTS });
    expect(response.statusCode, response.body).toBe(201);
  });
});
