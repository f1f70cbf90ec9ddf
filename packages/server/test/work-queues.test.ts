import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn, submitAnonymously } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { readCode128, readQrCodes } from './support/pdf.js';

describe.each(ENGINES)('officers’ work queues on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<'reception' | 'specialist' | 'head' | 'other', Session>;
  let walkIn: { code: string; version: number };

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    s.reception = await signIn(t.app, 'reception');
    s.specialist = await signIn(t.app, 'specialist');
    s.head = await signIn(t.app, 'head');
    s.other = await signIn(t.app, 'other.specialist');
    walkIn = await receiveWalkIn(s.reception);
    await submitAnonymously(t.app);
  });
  afterAll(() => t.close());

  const counts = async (session: Session) => (await session.request('GET', '/api/v1/dossiers/counts')).json();
  const queue = async (session: Session, name: string) =>
    ((await session.request('GET', `/api/v1/dossiers?queue=${name}`)).json().items as Array<{ code: string }>).map((item) => item.code);

  it('counts what waits for each officer', async () => {
    expect(await counts(s.reception)).toMatchObject({ all: 2, awaiting_reception: 1, my_steps: 0 });
    expect(await counts(s.specialist)).toMatchObject({ all: 2, my_steps: 1, to_approve: 0 });
    expect(await counts(s.other)).toMatchObject({ all: 0, my_steps: 0 });
    expect(await queue(s.specialist, 'my_steps')).toEqual([walkIn.code]);
  });

  it('moves the dossier to the unit head’s approval queue after hand-over', async () => {
    walkIn.version = await act(s.specialist, walkIn.code, 'hand_over', walkIn.version);
    expect(await counts(s.specialist)).toMatchObject({ my_steps: 0 });
    expect(await queue(s.head, 'to_approve')).toEqual([walkIn.code]);
  });

  it('shows a dossier as due soon on its last day and overdue after it', async () => {
    t.clock.at = new Date('2026-11-27T10:00:00+07:00');
    expect(await queue(s.head, 'due_soon')).toContain(walkIn.code);
    t.clock.at = new Date('2026-12-01T10:00:00+07:00');
    expect(await queue(s.head, 'overdue')).toContain(walkIn.code);
    expect((await counts(s.head)).overdue).toBeGreaterThanOrEqual(1);
  });

  it('searches a queue by code, applicant without diacritics, identity number, phone and procedure', async () => {
    expect(await queue(s.reception, `all&q=${encodeURIComponent(walkIn.code.slice(-9))}`)).toContain(walkIn.code);
    expect(await queue(s.reception, `all&q=${encodeURIComponent(walkIn.code.toLowerCase())}`)).toEqual([walkIn.code]);
    expect((await queue(s.reception, 'all&q=nguyen%20van')).length).toBe(2);
    expect((await queue(s.reception, 'all&q=NGUYỄN%20VĂN%20AN')).length).toBe(2);
    // A name is found by its whole words, in any order; not by a part of a word.
    expect((await queue(s.reception, 'all&q=an%20nguyen')).length).toBe(2);
    expect(await queue(s.reception, 'all&q=guyen')).toEqual([]);
    expect((await queue(s.reception, 'all&q=khai%20sinh')).length).toBe(2);
    // An identity number or a phone, however it was spaced.
    expect((await queue(s.reception, 'all&q=038095001234')).length).toBe(2);
    expect((await queue(s.reception, `all&q=${encodeURIComponent('0912 345 678')}`)).length).toBe(2);
    expect((await queue(s.reception, `all&q=${encodeURIComponent('0912.345')}`)).length).toBe(2);
    expect(await queue(s.reception, 'all&q=038095009999')).toEqual([]);
    // Within the queue, the procedure filter and what the officer sees.
    expect(await queue(s.reception, 'awaiting_reception&q=nguyen%20van')).toHaveLength(1);
    expect(await queue(s.reception, 'all&q=nguyen%20van&procedureCode=1.001193')).toHaveLength(2);
    expect(await queue(s.reception, 'all&q=nguyen%20van&procedureCode=2.000635')).toEqual([]);
    expect(await queue(s.other, 'all&q=nguyen%20van')).toEqual([]);
    // A whole code or number is looked up directly, and still only among the dossiers the officer sees.
    expect(await queue(s.other, `all&q=${encodeURIComponent(walkIn.code)}`)).toEqual([]);
    expect(await queue(s.other, 'all&q=038095001234')).toEqual([]);
    expect(await queue(s.reception, `finished&q=${encodeURIComponent(walkIn.code)}`)).toEqual([]);
  });

  it("finds the dossier from what the receipt's codes carry, scanned into the search box", async () => {
    const receipt = await s.reception.request('GET', `/api/v1/dossiers/${walkIn.code}/papers/receipt.pdf`);
    const pdf = receipt.rawPayload;
    const [[qr], [barcode]] = await Promise.all([readQrCodes(pdf), readCode128(pdf)]);
    for (const scanned of [qr!, barcode!, `http://localhost:3000/tra-cuu/${walkIn.code}`]) {
      expect(await queue(s.reception, `all&q=${encodeURIComponent(scanned)}`), scanned).toEqual([walkIn.code]);
      expect(await queue(s.other, `all&q=${encodeURIComponent(scanned)}`), scanned).toEqual([]);
    }
  });

  it('tells each officer which queues they have and what else they may do', async () => {
    const me = async (session: Session) => (await session.request('GET', '/api/v1/auth/me')).json();
    const reception = await me(s.reception);
    expect(reception.queues.map((entry: { queue: string }) => entry.queue)).toEqual(['awaiting_reception', 'my_steps', 'to_return', 'waiting_applicant', 'due_soon', 'overdue', 'finished', 'all']);
    expect(reception.queues[0]).toEqual({ queue: 'awaiting_reception', label: 'Chờ tiếp nhận', labelEn: 'Awaiting reception' });
    expect(reception).toMatchObject({ receptionDeskIds: [t.province.agencyIds.commune], administeredAgencyIds: [], followsUpNotices: true });
    expect((await me(s.head)).queues.map((entry: { queue: string }) => entry.queue)).toContain('to_approve');
    expect(await me(s.specialist)).toMatchObject({ receptionDeskIds: [], followsUpNotices: false });
    const admin = await me(await signIn(t.app, 'admin'));
    expect(admin).toMatchObject({ queues: [], receptionDeskIds: [], administeredAgencyIds: [t.province.agencyIds.province], followsUpNotices: true });
  });

  it('refuses a cursor it did not give, naming the field', async () => {
    for (const cursor of ['x', 'bm90IGpzb24', Buffer.from('[null,"1","not-a-uuid"]').toString('base64url'), Buffer.from('["1e3","1","00000000-0000-4000-8000-000000000000"]').toString('base64url')]) {
      const response = await s.reception.request('GET', `/api/v1/dossiers?queue=all&cursor=${cursor}`);
      expect(response.statusCode, cursor).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid_input', field: 'cursor' });
    }
  });

  it('takes LIKE wildcards in a search as the characters they are', async () => {
    for (const q of ['%%%', '___', '\\\\\\', '%25', 'khai%sinh', 'khai_sinh', 'nguy_n']) expect(await queue(s.reception, `all&q=${encodeURIComponent(q)}`), q).toEqual([]);
  });

  it('asks for three characters at least, which an index can look for', async () => {
    for (const q of ['%', 'an', ' 12 ']) {
      const response = await s.reception.request('GET', `/api/v1/dossiers?queue=all&q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(400);
      expect(response.json(), q).toMatchObject({ code: 'invalid_input', field: 'q' });
    }
  });
});
