import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn, submitAnonymously } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';

/**
 * A dossier's line in its agency's register is given when it is received and printed as given, on
 * its receipt and in the register (form 07), whatever is received or withdrawn after it; even when
 * an instance whose clock runs behind receives a dossier after it.
 */
describe.each(ENGINES)('register lines on $name', (engine) => {
  let t: TestApp;
  let reception: Session;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T10:00:00+07:00') });
    reception = await signIn(t.app, 'reception');
  });
  afterAll(() => t.close());

  const receiptLine = async (code: string) => {
    const response = await reception.request('GET', `/api/v1/dossiers/${code}/papers/receipt.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    return /số thứ tự (\d+)/.exec(await pdfText(response.rawPayload))?.[1];
  };

  it('keeps the line each dossier was received with', async () => {
    const first = await receiveWalkIn(reception);
    t.clock.at = new Date('2026-11-23T10:05:00+07:00');
    const second = await receiveWalkIn(reception);
    // Submitted online now, received at the counter last.
    const submitted = await submitAnonymously(t.app);
    // Another instance, its clock a little behind, receives the third walk-in.
    t.clock.at = new Date('2026-11-23T09:55:00+07:00');
    const third = await receiveWalkIn(reception);
    expect([await receiptLine(first.code), await receiptLine(second.code), await receiptLine(third.code)]).toEqual(['1', '2', '3']);

    t.clock.at = new Date('2026-11-23T11:00:00+07:00');
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${first.code}/applicant-actions/withdraw`,
      payload: { version: first.version, lookupCode: first.lookupCode, comment: 'Tôi không còn nhu cầu.' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const fourth = await receiveWalkIn(reception);
    await act(reception, submitted.code, 'receive', submitted.version);
    expect([await receiptLine(first.code), await receiptLine(second.code), await receiptLine(third.code), await receiptLine(fourth.code)]).toEqual(['1', '2', '3', '4']);
    expect(await receiptLine(submitted.code)).toBe('5');

    const register = await reception.request('GET', `/api/v1/agencies/${t.province.agencyIds.commune}/register.pdf?from=2026-11-23&to=2026-11-23`);
    const lines = (await pdfText(register.rawPayload)).split('\n').flatMap((line) => /^\s*(\d+)\s+(\S+-\d{6}-\d{4,})/.exec(line)?.slice(1, 3) ?? []);
    const codes = [first, second, third, fourth, submitted].map((dossier) => dossier.code);
    expect(Object.fromEntries(Array.from({ length: lines.length / 2 }, (_, i) => [lines[2 * i + 1], lines[2 * i]]))).toEqual(
      Object.fromEntries(codes.map((code, i) => [code, String(i + 1)])),
    );
  });
});
