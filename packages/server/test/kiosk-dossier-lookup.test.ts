import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { AGENCIES } from './support/province.js';
import { CENTRE_CODE, type Centre, createCentre, pairTestDevice } from './support/centre.js';
import { receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { readCode128, readQrCodes } from './support/pdf.js';

/** A kiosk of the centre looks up a dossier from what its scanner read off the receipt. */
describe.each(ENGINES)('the kiosk’s dossier lookup on $name', (engine) => {
  let t: TestApp;
  let centre: Centre;
  let kiosk: { token: string };
  let code: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-12-03T09:20:00+07:00') });
    centre = await createCentre(t.db, t.province);
    kiosk = await pairTestDevice(t.db, centre, 'kiosk');
    const reception = await signIn(t.app, 'reception');
    ({ code } = await receiveWalkIn(reception));
    pdf = (await reception.request('GET', `/api/v1/dossiers/${code}/papers/receipt.pdf`)).rawPayload;
  });
  afterAll(() => t.close());

  const lookUp = (scanned: string, authorization = `Device ${kiosk.token}`, centreCode: string = CENTRE_CODE) =>
    t.app.inject({ method: 'GET', url: `/api/public/centres/${centreCode}/dossier-status?code=${encodeURIComponent(scanned)}`, headers: { authorization } });

  it("shows the public status from the receipt's barcode, its QR code or the code typed, the applicant masked", async () => {
    const [[qr], [barcode]] = await Promise.all([readQrCodes(pdf), readCode128(pdf)]);
    for (const scanned of [barcode!, qr!, ` ${code.toLowerCase()} `]) {
      const response = await lookUp(scanned);
      expect(response.statusCode, scanned).toBe(200);
      expect(response.json()).toMatchObject({
        code,
        procedure: { code: '1.001193' },
        applicantName: 'Nguyễn V. A.',
        status: { state: 'processing' },
        receivedAt: '2026-12-03T09:20:00+07:00',
      });
    }
  });

  it('says when the scan holds no dossier code, or names no dossier', async () => {
    const unreadable = await lookUp('{"MaTTHC":"1.001193"}');
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json()).toMatchObject({ code: 'unreadable_dossier_code', field: 'code', message: expect.stringContaining('Không đọc được mã hồ sơ') });
    const unknown = await lookUp('001.01.01.H99-261203-9999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('001.01.01.H99-261203-9999');
  });

  it("is only for the centre's own paired kiosks", async () => {
    const tablet = await pairTestDevice(t.db, centre, 'tablet', 1);
    expect((await lookUp(code, 'Device not-a-token')).statusCode).toBe(401);
    expect((await lookUp(code, '')).statusCode).toBe(401);
    expect((await lookUp(code, `Device ${tablet.token}`)).json()).toMatchObject({ code: 'wrong_device' });
    expect((await lookUp(code, `Device ${kiosk.token}`, AGENCIES.otherCommune.code)).statusCode).toBe(403);
    expect((await lookUp(code, `Device ${kiosk.token}`, '999.99.99.H99')).json()).toMatchObject({ code: 'centre_not_found' });
  });
});
