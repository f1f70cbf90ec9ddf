import type { ProcedureDefinition } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, registerCitizen } from './support/citizens.js';
import { APPLICANT, act, detail } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';
import { publishProcedure } from './support/procedures.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

const NOW = new Date('2026-12-04T09:00:00+07:00');

/** Birth registration, defined once for the province and offered by every commune. */
const EVERY_COMMUNE: ProcedureDefinition = { ...BIRTH_REGISTRATION, code: '1.001195', name: 'Đăng ký khai sinh (mọi xã, phường)', offeredBy: { scope: 'all_communes' } };
/** Offered by one commune picked by the administrator. */
const PICKED: ProcedureDefinition = { ...BIRTH_REGISTRATION, code: '1.001196', name: 'Đăng ký khai sinh lưu động', offeredBy: { scope: 'agencies', agencyCodes: [AGENCIES.commune.code] } };
/** A province-level procedure decided by the department, wherever in the province it is received. */
const PROVINCE_LEVEL: ProcedureDefinition = {
  ...BIRTH_REGISTRATION,
  code: '2.000488',
  name: 'Cấp bản sao trích lục hộ tịch',
  level: 'province',
  competentAgencyCode: AGENCIES.department.code,
  process: [
    { code: 'B1', name: 'Chuyên viên Sở kiểm tra', role: 'specialist', agency: { kind: 'competent' }, unitCode: 'HCTP', shareDays: 3 },
    { code: 'B2', name: 'Giám đốc Sở ký', role: 'agency_leader', agency: { kind: 'competent' }, shareDays: 1 },
  ],
};

describe.each(ENGINES)('any commune, and where a dossier is received and decided, on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let reception: Session;
  let otherReception: Session;
  let citizen: CitizenBrowser;
  let scan: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: NOW });
    admin = await signIn(t.app, 'admin');
    reception = await signIn(t.app, 'reception');
    otherReception = await signIn(t.app, 'other.reception');
    for (const def of [EVERY_COMMUNE, PICKED, PROVINCE_LEVEL]) await publishProcedure(admin, def, NOW);
    citizen = await registerCitizen(t.app, { fullName: APPLICANT.name, phone: '0987000111', communeId: t.province.agencyIds.otherCommune });
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    scan = ((await citizen.request('POST', '/api/citizen/files', { name: 'giay-chung-sinh.pdf', contentBase64: pdf })).json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const submit = async (procedureCode: string, receivingAgencyId?: string) => {
    const content = {
      applicant: { type: 'citizen', name: APPLICANT.name, idNumber: APPLICANT.idNumber, phone: '0987000111' },
      ...(receivingAgencyId ? { receivingAgencyId } : {}),
      components: [{ code: 'TK', fileIds: [scan] }, { code: 'GCS', fileIds: [scan] }],
    };
    const draft = await citizen.request('POST', '/api/citizen/drafts', { procedureCode, content });
    expect(draft.statusCode, draft.body).toBe(201);
    return citizen.request('POST', `/api/citizen/drafts/${(draft.json() as { id: string }).id}/submit`);
  };
  const agenciesOf = async (code: string) =>
    (await t.db.query<{ receiving: string; competent: string }>('SELECT receiving_agency_id AS receiving, competent_agency_id AS competent FROM dossiers WHERE code = $1', [code])).rows[0];
  const awaiting = async (session: Session) =>
    ((await session.request('GET', '/api/v1/dossiers?queue=awaiting_reception')).json() as { items: Array<{ code: string }> }).items.map((item) => item.code);

  it('shows on the procedure page every commune that offers it, and the account names the commune of its address', async () => {
    const page = (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${EVERY_COMMUNE.code}` })).json() as { offeredBy: unknown; offeringAgencies: Array<{ code: string; name: string }> };
    expect(page.offeredBy).toEqual({ scope: 'all_communes' });
    expect(page.offeringAgencies.map((agency) => agency.code).sort()).toEqual([AGENCIES.commune.code, AGENCIES.otherCommune.code].sort());
    const picked = (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${PICKED.code}` })).json() as { offeringAgencies: Array<{ name: string }> };
    expect(picked.offeringAgencies.map((agency) => agency.name)).toEqual([AGENCIES.commune.name]);
    const single = (await t.app.inject({ method: 'GET', url: `/api/public/procedures/${PROVINCE_LEVEL.code}` })).json() as { offeringAgencies: Array<{ name: string }> };
    expect(single.offeringAgencies.map((agency) => agency.name)).toEqual([AGENCIES.department.name]);
    expect(citizen.citizen).toMatchObject({ communeId: t.province.agencyIds.otherCommune });
  });

  it("lists in an agency's catalogue the procedures it offers as one of the communes", async () => {
    const offeredBy = async (agencyId: string) =>
      ((await t.app.inject({ method: 'GET', url: `/api/public/procedures?agencyId=${agencyId}&pageSize=100` })).json() as { items: Array<{ code: string }> }).items.map((item) => item.code).sort();
    expect(await offeredBy(t.province.agencyIds.otherCommune)).toEqual([EVERY_COMMUNE.code]);
    expect(await offeredBy(t.province.agencyIds.commune)).toEqual(expect.arrayContaining([EVERY_COMMUNE.code, PICKED.code, BIRTH_REGISTRATION.code]));
    expect(await offeredBy(t.province.agencyIds.department)).toEqual([PROVINCE_LEVEL.code]);
  });

  it("sends a commune procedure to each commune chosen: that commune's one-stop section receives it and the commune decides it", async () => {
    const here = await submit(EVERY_COMMUNE.code, t.province.agencyIds.commune);
    const there = await submit(EVERY_COMMUNE.code, t.province.agencyIds.otherCommune);
    expect([here.statusCode, there.statusCode], here.body + there.body).toEqual([201, 201]);
    const [hereCode, thereCode] = [(here.json() as { code: string }).code, (there.json() as { code: string }).code];
    expect(await agenciesOf(hereCode)).toEqual({ receiving: t.province.agencyIds.commune, competent: t.province.agencyIds.commune });
    expect(await agenciesOf(thereCode)).toEqual({ receiving: t.province.agencyIds.otherCommune, competent: t.province.agencyIds.otherCommune });
    // Each code is drawn from its own commune's numbering.
    expect(hereCode).not.toEqual(thereCode);
    expect(await awaiting(reception)).toContain(hereCode);
    expect(await awaiting(reception)).not.toContain(thereCode);
    expect(await awaiting(otherReception)).toContain(thereCode);
    expect(await awaiting(otherReception)).not.toContain(hereCode);
    // The other commune receives and processes its own, and cannot see the first one.
    await act(otherReception, thereCode, 'receive', 1);
    expect((await detail(otherReception, thereCode)).steps[0]!.agency.name).toBe(AGENCIES.otherCommune.name);
    expect((await otherReception.request('GET', `/api/v1/dossiers/${hereCode}`)).statusCode).toBe(403);
  });

  it('refuses a commune that does not offer the procedure, in Vietnamese, and asks for a commune when none is chosen', async () => {
    const refused = await submit(PICKED.code, t.province.agencyIds.otherCommune);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'procedure_not_offered', field: 'receivingAgencyId' });
    expect((refused.json() as { message: string }).message).toBe(`${AGENCIES.otherCommune.name} không thực hiện thủ tục "${PICKED.name}". Vui lòng chọn cơ quan thực hiện thủ tục này.`);
    const department = await submit(EVERY_COMMUNE.code, t.province.agencyIds.department);
    expect(department.json()).toMatchObject({ code: 'procedure_not_offered' });
    const none = await submit(EVERY_COMMUNE.code);
    expect([none.statusCode, (none.json() as { code: string }).code]).toEqual([400, 'commune_required']);
    // Nothing was saved for them.
    expect((await t.db.query('SELECT 1 FROM dossiers WHERE procedure_id = (SELECT id FROM procedures WHERE code = $1)', [PICKED.code])).rowCount).toBe(0);
  });

  it("receives a commune procedure at a commune's counter for that commune, and refuses it where the commune does not offer it", async () => {
    const body = { procedureCode: PICKED.code, applicant: APPLICANT, components: [{ code: 'TK' }, { code: 'GCS' }] };
    const here = await reception.request('POST', '/api/v1/dossiers', body);
    expect(here.statusCode, here.body).toBe(201);
    expect(await agenciesOf((here.json() as { code: string }).code)).toEqual({ receiving: t.province.agencyIds.commune, competent: t.province.agencyIds.commune });
    const receipt = await reception.request('GET', `/api/v1/dossiers/${(here.json() as { code: string }).code}/papers/receipt.pdf`);
    expect(await pdfText(receipt.rawPayload)).not.toContain('Cơ quan giải quyết');
    const there = await otherReception.request('POST', '/api/v1/dossiers', body);
    expect(there.json()).toMatchObject({ code: 'procedure_not_offered' });
  });

  it('receives a province-level dossier at a commune and routes it to the department, which alone processes it', async () => {
    const received = await reception.request('POST', '/api/v1/dossiers', { procedureCode: PROVINCE_LEVEL.code, applicant: APPLICANT, components: [{ code: 'TK' }, { code: 'GCS' }] });
    expect(received.statusCode, received.body).toBe(201);
    const { code } = received.json() as { code: string };
    expect(await agenciesOf(code)).toEqual({ receiving: t.province.agencyIds.commune, competent: t.province.agencyIds.department });
    const seen = (await reception.request('GET', `/api/v1/dossiers/${code}`)).json() as { receivingAgency: { name: string }; competentAgency: { name: string }; version: number };
    expect([seen.receivingAgency.name, seen.competentAgency.name]).toEqual([AGENCIES.commune.name, AGENCIES.department.name]);
    // The receipt names the body that decides it, as it is not the one receiving it.
    const receipt = await reception.request('GET', `/api/v1/dossiers/${code}/papers/receipt.pdf`);
    expect(receipt.statusCode).toBe(200);
    expect((await pdfText(receipt.rawPayload)).replace(/\s+/g, ' ')).toContain(`Cơ quan giải quyết: ${AGENCIES.department.name} (hồ sơ được chuyển đến cơ quan có thẩm quyền giải quyết)`);

    const deptSpecialist = await signIn(t.app, 'dept.specialist');
    const deptLeader = await signIn(t.app, 'dept.leader');
    const communeSpecialist = await signIn(t.app, 'specialist');
    const otherSpecialist = await signIn(t.app, 'other.specialist');
    // Another commune's officers see nothing of it; the receiving commune's specialist cannot take the department's step.
    expect((await otherSpecialist.request('GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(403);
    expect((await otherReception.request('POST', `/api/v1/dossiers/${code}/actions/hand_over`, { version: seen.version })).statusCode).toBe(403);
    expect((await communeSpecialist.request('POST', `/api/v1/dossiers/${code}/actions/hand_over`, { version: seen.version })).statusCode).toBe(403);
    expect(((await deptSpecialist.request('GET', '/api/v1/dossiers?queue=my_steps')).json() as { items: Array<{ code: string }> }).items.map((item) => item.code)).toContain(code);
    expect(((await communeSpecialist.request('GET', '/api/v1/dossiers?queue=my_steps')).json() as { items: Array<{ code: string }> }).items.map((item) => item.code)).not.toContain(code);

    let version = await act(deptSpecialist, code, 'hand_over', seen.version);
    version = await act(deptLeader, code, 'approve', version);
    // The result goes back where it was handed in: only the receiving commune's counter returns it.
    expect((await deptSpecialist.request('POST', `/api/v1/dossiers/${code}/actions/return_result`, { version, returnMethod: 'in_person' })).statusCode).toBe(403);
    await act(reception, code, 'return_result', version, { returnMethod: 'in_person' });
    expect((await detail(reception, code)).steps.map((step) => step.agency.name)).toEqual([AGENCIES.department.name, AGENCIES.department.name]);
  });

  it('receives a commune procedure at one counter for another commune that decides it, when asked', async () => {
    const body = { procedureCode: EVERY_COMMUNE.code, applicant: APPLICANT, components: [{ code: 'TK' }, { code: 'GCS' }] };
    const routed = await reception.request('POST', '/api/v1/dossiers', { ...body, competentAgencyId: t.province.agencyIds.otherCommune });
    expect(routed.statusCode, routed.body).toBe(201);
    const { code } = routed.json() as { code: string };
    expect(await agenciesOf(code)).toEqual({ receiving: t.province.agencyIds.commune, competent: t.province.agencyIds.otherCommune });
    expect((await detail(await signIn(t.app, 'other.specialist'), code)).steps[0]!.agency.name).toBe(AGENCIES.otherCommune.name);
    const refused = await reception.request('POST', '/api/v1/dossiers', { ...body, procedureCode: PICKED.code, competentAgencyId: t.province.agencyIds.otherCommune });
    expect(refused.json()).toMatchObject({ code: 'procedure_not_offered', field: 'competentAgencyId' });
  });

  it("counts each dossier in the figures of the body that decides it", async () => {
    const figures = async (username: string) => ((await (await signIn(t.app, username)).request('GET', '/api/v1/statistics')).json() as { received: number }).received;
    // The department decides the province-level dossier received at the commune; the other commune the two it decides.
    expect(await figures('dept.leader')).toBe(1);
    expect(await figures('other.leader')).toBe(2);
    expect(await figures('leader')).toBe(1);
  });
});
