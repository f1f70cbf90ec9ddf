import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT, BIRTH_COMPONENTS } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { BIRTH_REGISTRATION } from './support/province.js';

/** The applicant's number is checked for the document it is, at the counter and online alike. */
describe.each(ENGINES)('identity numbers of applicants on $name', (engine) => {
  let t: TestApp;
  let reception: Session;
  beforeAll(async () => {
    t = await startTestApp(engine);
    reception = await signIn(t.app, 'reception');
  });
  afterAll(() => t.close());

  const receive = (applicant: Record<string, unknown>) =>
    reception.request('POST', '/api/v1/dossiers', { procedureCode: BIRTH_REGISTRATION.code, applicant: { ...APPLICANT, ...applicant }, components: BIRTH_COMPONENTS });
  const dossierCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers')).rows[0]!.n;

  it('refuses an 11-digit CCCD at the counter with a specific error, and receives nothing', async () => {
    const before = await dossierCount();
    const refused = await receive({ idNumber: '03809500123' });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toEqual({
      code: 'invalid_id_number',
      field: 'applicant.idNumber',
      message: 'Số định danh cá nhân (CCCD) gồm đúng 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có 11 chữ số.',
      messageEn: 'A personal identification number (CCCD) has exactly 12 digits (an old CMND 9); this one has 11.',
    });
    expect(await dossierCount()).toBe(before);
  });

  it('refuses a tax code that is not 10 digits or 13 with a dash, and a passport number too short', async () => {
    expect((await receive({ type: 'organisation', idNumber: '0101234567001' })).json()).toMatchObject({ code: 'invalid_id_number', message: expect.stringContaining('0101234567-001') });
    expect((await receive({ type: 'organisation', idNumber: APPLICANT.idNumber })).json()).toMatchObject({ code: 'invalid_id_number', field: 'applicant.idNumber' });
    expect((await receive({ idNumber: 'C12' })).json()).toMatchObject({ code: 'invalid_id_number', message: expect.stringContaining('hộ chiếu') });
  });

  it('receives a CCCD, an old CMND, a passport (kept in capitals) and a branch’s tax code', async () => {
    for (const [type, idNumber, kept] of [
      ['citizen', '038095001234', '038095001234'],
      ['citizen', '171234567', '171234567'],
      ['citizen', 'c1234567', 'C1234567'],
      ['organisation', '0101234567-001', '0101234567-001'],
    ] as const) {
      const received = await receive({ type, idNumber });
      expect(received.statusCode, received.body).toBe(201);
      const dossier = await reception.request('GET', `/api/v1/dossiers/${received.json().code}`);
      expect(dossier.json().applicant.idNumber).toBe(kept);
    }
  });

  it('applies the same rule to an anonymous online submission', async () => {
    const online = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: BIRTH_REGISTRATION.code, applicant: { ...APPLICANT, idNumber: '03809500123' }, components: BIRTH_COMPONENTS },
    });
    expect(online.statusCode, online.body).toBe(400);
    expect(online.json()).toMatchObject({ code: 'invalid_id_number', field: 'applicant.idNumber' });
  });
});
