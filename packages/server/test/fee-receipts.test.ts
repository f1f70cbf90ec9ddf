import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';

/**
 * A fee receipt's number is given when the payment is recorded, in the agency's receipt book of the
 * year (Vietnam time), and printed as given: payments recorded at once at one counter never share
 * a number nor wait for each other.
 */
describe.each(ENGINES)('fee receipt numbers on $name', (engine) => {
  let t: TestApp;
  let reception: Session;
  let specialist: Session;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T10:00:00+07:00') });
    reception = await signIn(t.app, 'reception');
    specialist = await signIn(t.app, 'specialist');
  });
  afterAll(() => t.close());

  /** A received dossier whose fee the specialist asked for. */
  const awaitingFee = async () => {
    const dossier = await receiveWalkIn(reception);
    const version = await act(specialist, dossier.code, 'request_fee', dossier.version, { feeAmountVnd: 50_000, comment: 'Lệ phí đăng ký khai sinh' });
    return { code: dossier.code, version };
  };
  const pay = (dossier: { code: string; version: number }) =>
    reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/confirm_fee_paid`, { version: dossier.version });
  const receiptNumber = async (code: string) => {
    const response = await reception.request('GET', `/api/v1/dossiers/${code}/papers/fee-receipt.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    return /Số: (\d+\/\d{4})/.exec(await pdfText(response.rawPayload))?.[1];
  };

  it('numbers payments made at once at one counter 1, 2, 3… and prints each as numbered', async () => {
    const dossiers = await Promise.all(Array.from({ length: 8 }, awaitingFee));
    const paid = await Promise.all(dossiers.map(pay));
    expect(paid.map((response) => response.statusCode)).toEqual(dossiers.map(() => 200));
    const numbers = await Promise.all(dossiers.map((dossier) => receiptNumber(dossier.code)));
    expect(numbers.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `${String(i + 1).padStart(7, '0')}/2026`));

    // Paid later; then paid at another instance whose clock runs a little behind: printed again,
    // every receipt keeps the number it was given.
    const [later, behind] = [await awaitingFee(), await awaitingFee()];
    t.clock.at = new Date('2026-11-23T10:30:00+07:00');
    expect((await pay(later)).statusCode).toBe(200);
    t.clock.at = new Date('2026-11-23T10:25:00+07:00');
    expect((await pay(behind)).statusCode).toBe(200);
    expect([await receiptNumber(later.code), await receiptNumber(behind.code)]).toEqual(['0000009/2026', '0000010/2026']);
    expect((await Promise.all(dossiers.map((dossier) => receiptNumber(dossier.code)))).sort()).toEqual(numbers);
  });

  it.runIf(engine.name === 'postgres')('records a payment while another payment at the agency is still uncommitted', async () => {
    const dossier = await awaitingFee();
    const other = t.openAnotherDatabase!();
    const agencyId = t.province.agencyIds.commune;
    const heldOpen = other.transaction(async (tx) => {
      // Another instance's payment, drawn and not yet committed; its statement then fails, leaving a gap.
      const held = await tx.query<{ number: number }>("SELECT next_agency_number('fee_receipts', $1, '2026')::int AS number", [agencyId]);
      expect(held.rows[0]!.number).toBe(11);
      const response = await Promise.race([pay(dossier), new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5_000))]);
      expect(response === 'waited' ? response : response.statusCode).toBe(200);
      throw new Error('the other payment failed');
    });
    await expect(heldOpen).rejects.toThrow('the other payment failed');
    expect(await receiptNumber(dossier.code)).toBe('0000012/2026');
  });

  it('starts every year at 1, by the Vietnamese calendar', async () => {
    const lastOfYear = await awaitingFee();
    const firstOfYear = await awaitingFee();
    t.clock.at = new Date('2026-12-31T23:50:00+07:00');
    expect((await pay(lastOfYear)).statusCode).toBe(200);
    // Still 2026 in UTC.
    t.clock.at = new Date('2027-01-01T00:10:00+07:00');
    expect((await pay(firstOfYear)).statusCode).toBe(200);
    // After the payments above; the uncommitted one on PostgreSQL left a gap.
    expect(await receiptNumber(lastOfYear.code)).toBe(engine.name === 'postgres' ? '0000013/2026' : '0000011/2026');
    expect(await receiptNumber(firstOfYear.code)).toBe('0000001/2027');
  });
});
