import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyAdministrator } from './support/administrators.js';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { decisionApplyingOn, publishProcedure } from './support/procedures.js';
import { AGENCIES, BIRTH_REGISTRATION, INTER_AGENCY } from './support/province.js';
import { vietnamDate } from '@motcua/core';

const search = (t: TestApp, q: string) => t.app.inject({ method: 'GET', url: `/api/public/procedures?q=${encodeURIComponent(q)}` });

describe.each(ENGINES)('procedure catalogue on $name', (engine) => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await signIn(t.app, 'admin');
    const similar = [
      'Đăng ký khai sinh có yếu tố nước ngoài',
      'Đăng ký lại khai sinh',
      'Đăng ký kết hôn',
      'Đăng ký khai tử',
      'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    ];
    for (const [index, name] of similar.entries()) {
      await publishProcedure(admin, { ...BIRTH_REGISTRATION, code: `1.00${4000 + index}`, name }, t.clock.at);
    }
  });
  afterAll(() => t.close());

  it.each(['dang ky khai sinh', 'khai sih', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh'])('finds "Đăng ký khai sinh" first for "%s"', async (q) => {
    const response = await search(t, q);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items[0]).toMatchObject({ code: '1.001193', name: 'Đăng ký khai sinh' });
    expect(body.total).toBe(body.items.length);
    expect(body.items.map((item: { name: string }) => item.name)).not.toContain('Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp');
  });

  it('finds by code prefix and by words without diacritics', async () => {
    expect((await search(t, '1.001193')).json().items[0].code).toBe('1.001193');
    expect((await search(t, 'giay phep lai xe')).json().items[0].name).toBe('Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp');
    expect((await search(t, 'zzqqxx')).json()).toEqual({ items: [], total: 0 });
  });

  it('publishes a new version; a running dossier keeps the process it started with', async () => {
    const reception = await signIn(t.app, 'reception');
    const specialist = await signIn(t.app, 'specialist');
    const running = await receiveWalkIn(reception);
    const twoSteps = {
      ...BIRTH_REGISTRATION,
      processingDays: 3,
      process: [BIRTH_REGISTRATION.process[0]!, { ...BIRTH_REGISTRATION.process[2]!, shareDays: 0.5 }].map((step) => ({ ...step, shareDays: 1 })),
    };
    expect(await publishProcedure(admin, twoSteps, t.clock.at)).toMatchObject({ code: BIRTH_REGISTRATION.code, version: 2 });
    const published = (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${BIRTH_REGISTRATION.code}` })).json();
    expect(published).toMatchObject({ version: 2, processingDays: 3 });
    expect(published.process).toHaveLength(2);

    // The old dossier still has three steps: its second step is the unit head's.
    await act(specialist, running.code, 'hand_over', running.version);
    const old = (await specialist.request('GET', `/api/v1/dossiers/${running.code}`)).json();
    expect(old.procedure).toMatchObject({ version: 1 });
    expect(old.steps.at(-1).code).toBe('B2');
    const fresh = await receiveWalkIn(reception);
    const freshDetail = (await reception.request('GET', `/api/v1/dossiers/${fresh.code}`)).json();
    expect(freshDetail.procedure).toMatchObject({ version: 2 });
    const versions = (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${BIRTH_REGISTRATION.code}/versions` })).json();
    expect(versions.map((item: { version: number }) => item.version)).toEqual([2, 1]);
  });

  it('rejects an invalid definition with the field at fault', async () => {
    const tooLong = await admin.request('PUT', '/api/v1/procedures/1.009999/draft', { ...BIRTH_REGISTRATION, code: '1.009999', processingDays: 2 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()).toMatchObject({ code: 'invalid_procedure', field: 'process' });
    const unknownUnit = await admin.request('PUT', '/api/v1/procedures/1.009998/draft', {
      ...BIRTH_REGISTRATION,
      code: '1.009998',
      process: [{ ...BIRTH_REGISTRATION.process[2]!, unitCode: 'KHONGCO' }],
    });
    expect(unknownUnit.statusCode).toBe(400);
    expect(unknownUnit.json()).toMatchObject({ code: 'unknown_unit', field: 'process.0.unitCode' });
    const badCode = await admin.request('PUT', '/api/v1/procedures/1.009996/draft', { ...BIRTH_REGISTRATION, code: 'abc' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json()).toMatchObject({ code: 'validation_failed' });
    expect(badCode.json().field).toContain('code');
    const otherCode = await admin.request('PUT', '/api/v1/procedures/1.009996/draft', BIRTH_REGISTRATION);
    expect(otherCode.json()).toMatchObject({ code: 'code_mismatch' });
  });

  it('lets only administrators of the competent agency edit the catalogue', async () => {
    const reception = await signIn(t.app, 'reception');
    const response = await reception.request('PUT', '/api/v1/procedures/1.009997/draft', { ...BIRTH_REGISTRATION, code: '1.009997' });
    expect(response.statusCode).toBe(403);
    expect((await admin.request('PUT', '/api/v1/procedures/1.009997/draft', { ...BIRTH_REGISTRATION, code: '1.009997' })).statusCode).toBe(200);
    for (const [method, url, body] of [
      ['GET', '/api/v1/procedures/1.009997/draft'],
      ['POST', '/api/v1/procedures/1.009997/draft/publish', decisionApplyingOn(vietnamDate(t.clock.at))],
      ['DELETE', '/api/v1/procedures/1.009997/draft'],
    ] as const) {
      expect((await reception.request(method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await admin.request('DELETE', '/api/v1/procedures/1.009997/draft')).statusCode).toBe(204);
  });

  it('answers a procedure page with everything a citizen needs', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/public/procedures/2.000635' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Cấp Phiếu lý lịch tư pháp liên thông',
      competentAgencyName: AGENCIES.commune.name,
      fieldName: 'Hộ tịch',
      components: expect.arrayContaining([expect.objectContaining({ code: 'TK', form: 'original' })]),
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.000000' })).statusCode).toBe(404);
  });

  it('lets a commune administrator change only procedures whose every agency they administer, before and after the edit', async () => {
    const communeAdmin = await agencyAdministrator(t.app, admin, t.province.agencyIds.commune, 'quantri.hoabinh');
    const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const provinceProcedure = { ...BIRTH_REGISTRATION, code: '1.009001', competentAgencyCode: AGENCIES.province.code, process: [BIRTH_REGISTRATION.process[2]!] };
    const interAgency = { ...INTER_AGENCY, code: '2.009002' };
    const communeOnly = { ...BIRTH_REGISTRATION, code: '1.009003' };
    for (const def of [provinceProcedure, interAgency, communeOnly]) {
      await publishProcedure(admin, def, t.clock.at);
    }
    const refused = async (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => {
      const response = await communeAdmin.request(method, url, payload);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    };

    // Taking a province procedure over by naming the commune as its competent agency.
    await refused('PUT', `/api/v1/procedures/${provinceProcedure.code}/draft`, { ...provinceProcedure, competentAgencyCode: AGENCIES.commune.code });
    // Publishing a procedure whose approval step is at the province's People's Committee.
    const provinceApproval = { role: 'agency_leader', agency: { kind: 'agency', agencyCode: AGENCIES.province.code } } as const;
    const approvedAbove = { ...BIRTH_REGISTRATION, code: '1.009004', process: [BIRTH_REGISTRATION.process[0]!, { ...BIRTH_REGISTRATION.process[2]!, ...provinceApproval }] };
    await refused('PUT', `/api/v1/procedures/${approvedAbove.code}/draft`, approvedAbove);
    await refused('PUT', `/api/v1/procedures/${communeOnly.code}/draft`, { ...approvedAbove, code: communeOnly.code });
    // A procedure of the commune with steps at the department: not the commune's alone to change.
    await refused('PUT', `/api/v1/procedures/${interAgency.code}/draft`, { ...interAgency, process: interAgency.process.filter((step) => step.agency.kind === 'competent') });
    await refused('DELETE', `/api/v1/procedures/${interAgency.code}`);
    await refused('PUT', `/api/v1/procedures/${interAgency.code}/result-template`, { title: 'Phiếu lý lịch tư pháp', paragraphs: ['Cấp cho {{ applicant.name }}'] });
    await refused('PUT', `/api/v1/procedures/${interAgency.code}/versions/1/components/TK/template`, { name: 'to-khai.pdf', contentBase64: PDF.toString('base64') });
    await refused('PUT', `/api/v1/procedures/${provinceProcedure.code}/versions/1/components/TK/template`, { name: 'to-khai.pdf', contentBase64: PDF.toString('base64') });

    const versions = async (code: string) => (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${code}/versions` })).json() as unknown[];
    expect(await versions(provinceProcedure.code)).toHaveLength(1);
    expect(await versions(interAgency.code)).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.009004' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/procedures/${interAgency.code}` })).statusCode).toBe(200);

    // What is the commune's alone stays the commune administrator's to change.
    await publishProcedure(communeAdmin, { ...communeOnly, processingDays: 6 }, t.clock.at);
    expect((await communeAdmin.request('PUT', `/api/v1/procedures/${communeOnly.code}/result-template`, { title: 'Giấy khai sinh', paragraphs: ['Họ tên: {{ applicant.name }}'] })).statusCode).toBe(200);
  });
});
