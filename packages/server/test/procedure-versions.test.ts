import { vietnamInstant } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyVersionsInForce } from '../src/modules/procedures/index.js';
import { type TestApp, startTestApp } from './support/app.js';
import { receiveWalkIn, submitAnonymously } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { decisionApplyingOn } from './support/procedures.js';
import { BIRTH_REGISTRATION } from './support/province.js';

const CODE = BIRTH_REGISTRATION.code;
// A Thursday; the new version applies from the Thursday after, at midnight in Vietnam (17:00 UTC the day before).
const TODAY = vietnamInstant('2026-12-03', '10:00');
const EFFECTIVE_ON = '2026-12-10';
const TAKES_OVER = vietnamInstant(EFFECTIVE_ON);
const SIX_DAYS = { ...BIRTH_REGISTRATION, processingDays: 6, fees: [{ name: 'Lệ phí đăng ký khai sinh', amountVnd: 8000, note: 'Miễn cho trẻ em thuộc hộ nghèo' }] };

describe.each(ENGINES)('procedure versions with an effective date on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let reception: Session;
  const publicPage = async () => (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${CODE}` })).json();
  const versions = async () => (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${CODE}/versions` })).json();
  const versionOf = async (code: string) => (await reception.request('GET', `/api/v1/dossiers/${code}`)).json().procedure.version as number;
  const auditActions = async (code: string) =>
    (await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE entity_type = 'procedure' AND entity_id = $1 ORDER BY seq`, [code])).rows.map((row) => row.action);

  beforeAll(async () => {
    t = await startTestApp(engine, { at: TODAY });
    admin = await signIn(t.app, 'admin');
    reception = await signIn(t.app, 'reception');
  });
  afterAll(() => t.close());

  it('keeps a draft, saved as often as needed, out of what citizens and officers see', async () => {
    // Before any is saved, a draft starts from the version published last.
    expect((await admin.request('GET', `/api/v1/procedures/${CODE}/draft`)).json()).toMatchObject({ savedAt: null, baseVersion: 1, procedure: { version: 2, processingDays: 5 } });
    for (const days of [7, 6]) {
      const saved = await admin.request('PUT', `/api/v1/procedures/${CODE}/draft`, { ...SIX_DAYS, processingDays: days });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ baseVersion: 1, procedure: { version: 2, processingDays: days, competentAgencyName: expect.any(String) } });
    }
    const preview = (await admin.request('GET', `/api/v1/procedures/${CODE}/draft`)).json();
    expect(preview).toMatchObject({ savedAt: TODAY.toISOString(), savedBy: expect.any(String) });
    expect(preview.procedure).toMatchObject({ code: CODE, version: 2, processingDays: 6, fees: SIX_DAYS.fees, upcoming: null });
    expect(await publicPage()).toMatchObject({ version: 1, processingDays: BIRTH_REGISTRATION.processingDays, fees: BIRTH_REGISTRATION.fees, upcoming: null });
    expect((await versions()).map((item: { version: number }) => item.version)).toEqual([1]);
    expect(await versionOf((await receiveWalkIn(reception)).code)).toBe(1);
    // Nobody else reads the draft, and a new procedure's draft is no procedure yet.
    expect((await reception.request('GET', `/api/v1/procedures/${CODE}/draft`)).statusCode).toBe(403);
    expect((await admin.request('PUT', '/api/v1/procedures/1.009100/draft', { ...BIRTH_REGISTRATION, code: '1.009100', name: 'Thủ tục đang soạn' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.009100' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/procedures?q=${encodeURIComponent('Thủ tục đang soạn')}` })).json().total).toBe(0);
    expect(await auditActions(CODE)).toEqual(['procedure.draft.save', 'procedure.draft.save']);
  });

  it('refuses a publication without its deciding document or taking effect before today', async () => {
    const publish = (body: unknown) => admin.request('POST', `/api/v1/procedures/${CODE}/draft/publish`, body);
    const unnamed = await publish({ ...decisionApplyingOn(EFFECTIVE_ON, '2026-12-01'), decidingDocument: ' ' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json()).toMatchObject({ code: 'invalid_publication', field: 'decidingDocument', message: expect.stringContaining('Quyết định số') });
    const backdated = await publish(decisionApplyingOn('2026-12-02', '2026-12-01'));
    expect(backdated.json()).toMatchObject({ code: 'invalid_publication', field: 'effectiveOn', message: expect.stringContaining('02/12/2026') });
    expect((await publish({ decidedOn: '2026-12-01', effectiveOn: EFFECTIVE_ON })).statusCode).toBe(400);
    expect((await versions()).map((item: { version: number }) => item.version)).toEqual([1]);
  });

  it('publishes with a future effective date: the version in force stays until that midnight in Vietnam, then the new one takes over by itself', async () => {
    const decision = { decidingDocument: 'Quyết định số 1234/QĐ-UBND', decidedOn: '2026-12-01', effectiveOn: EFFECTIVE_ON };
    const published = await admin.request('POST', `/api/v1/procedures/${CODE}/draft/publish`, decision);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toEqual({ code: CODE, version: 2, effectiveFrom: TAKES_OVER.toISOString() });
    expect((await admin.request('GET', `/api/v1/procedures/${CODE}/draft`)).json()).toMatchObject({ savedAt: null, baseVersion: 2, procedure: { version: 3, processingDays: 6 } });
    expect((await auditActions(CODE)).at(-1)).toBe('procedure.publish');

    expect(await publicPage()).toMatchObject({
      version: 1,
      processingDays: BIRTH_REGISTRATION.processingDays,
      decidingDocument: null,
      upcoming: { version: 2, effectiveFrom: TAKES_OVER.toISOString(), decidingDocument: decision.decidingDocument, decidedOn: decision.decidedOn },
    });
    expect(await versions()).toEqual([
      expect.objectContaining({ version: 2, status: 'upcoming', decidingDocument: decision.decidingDocument, decidedOn: '2026-12-01', effectiveFrom: TAKES_OVER.toISOString() }),
      expect.objectContaining({ version: 1, status: 'in_force' }),
    ]);
    const receivedBefore = await receiveWalkIn(reception);
    const submittedBefore = await submitAnonymously(t.app);
    // A version may not be overtaken by a later one applying sooner.
    await admin.request('PUT', `/api/v1/procedures/${CODE}/draft`, SIX_DAYS);
    const sooner = await admin.request('POST', `/api/v1/procedures/${CODE}/draft/publish`, decisionApplyingOn('2026-12-09', '2026-12-01'));
    expect(sooner.json()).toMatchObject({ field: 'effectiveOn', message: expect.stringContaining('Phiên bản 2 áp dụng từ ngày 10/12/2026') });
    expect((await admin.request('DELETE', `/api/v1/procedures/${CODE}/draft`)).statusCode).toBe(204);

    t.clock.at = new Date(TAKES_OVER.getTime() - 1);
    expect(await publicPage()).toMatchObject({ version: 1 });
    const receivedLastMoment = await receiveWalkIn(reception);

    const searched = async () => (await t.app.inject({ method: 'GET', url: `/api/public/procedures?q=${encodeURIComponent(BIRTH_REGISTRATION.name)}` })).json().items.find((item: { code: string }) => item.code === CODE);
    expect(await applyVersionsInForce(t.db, t.clock.at)).toBe(0);
    expect(await searched()).toMatchObject({ processingDays: BIRTH_REGISTRATION.processingDays });

    t.clock.at = TAKES_OVER;
    expect(await publicPage()).toMatchObject({ version: 2, processingDays: 6, decidingDocument: decision.decidingDocument, upcoming: null });
    // The search reads the header, which the background job brings to the version now in force.
    expect(await applyVersionsInForce(t.db, t.clock.at)).toBe(1);
    expect(await applyVersionsInForce(t.db, t.clock.at)).toBe(0);
    expect(await searched()).toMatchObject({ processingDays: 6 });
    expect((await versions()).map((item: { status: string }) => item.status)).toEqual(['in_force', 'replaced']);
    const receivedAfter = await receiveWalkIn(reception);
    const submittedAfter = await submitAnonymously(t.app);

    expect(await versionOf(receivedBefore.code)).toBe(1);
    expect(await versionOf(submittedBefore.code)).toBe(1);
    expect(await versionOf(receivedLastMoment.code)).toBe(1);
    expect(await versionOf(receivedAfter.code)).toBe(2);
    expect(await versionOf(submittedAfter.code)).toBe(2);
  });
});
