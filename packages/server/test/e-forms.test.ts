import { type FormDefinition, type ProcedureDefinition, formField } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { type CitizenBrowser, registerCitizen } from './support/citizens.js';
import { APPLICANT, BIRTH_COMPONENTS } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { inkIn, pdfText, pdfWords, renderPage } from './support/pdf.js';
import { publishProcedure } from './support/procedures.js';
import { AGENCIES, BIRTH_REGISTRATION } from './support/province.js';

const NOW = new Date('2026-11-23T09:00:00+07:00');

const { text, date, identityNumber, commune, choice, option, group, when } = formField;

const declarant = [
  text('declarantName', 'Họ, chữ đệm, tên người yêu cầu', "Declarant's full name", { maxLength: 100, prefill: 'fullName' }),
  identityNumber('declarantIdNumber', 'Số định danh cá nhân', 'Personal identification number', { prefill: 'idNumber' }),
  commune('residenceCommune', 'Nơi cư trú (xã, phường)', 'Residence (commune)'),
];

const BIRTH_FORM: FormDefinition = {
  title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH',
  fields: [
    ...declarant,
    text('childName', 'Họ, chữ đệm, tên người được khai sinh', "Child's full name", { maxLength: 100 }),
    date('childBirthDate', 'Ngày, tháng, năm sinh', 'Date of birth'),
    choice('relation', 'Quan hệ với người được khai sinh', 'Relation to the child', [option('mother', 'Mẹ', 'Mother'), option('other', 'Khác', 'Other')]),
    text('relationOther', 'Quan hệ khác', 'Other relation', { maxLength: 100, required: false, requiredWhen: when('relation', 'other'), shownWhen: when('relation', 'other') }),
    group('siblings', { vi: 'Anh chị em ruột', en: 'Siblings' }, { vi: 'Người', en: 'Person' }, [0, 5], [text('name', 'Họ và tên', 'Full name', { maxLength: 100 })]),
  ],
};

const BIRTH_WITH_FORM: ProcedureDefinition = { ...BIRTH_REGISTRATION, code: '1.001195', name: 'Đăng ký khai sinh (tờ khai điện tử)', form: BIRTH_FORM };
const DEATH_WITH_FORM: ProcedureDefinition = {
  ...BIRTH_REGISTRATION,
  code: '1.000656',
  name: 'Đăng ký khai tử',
  resultDocument: 'Trích lục khai tử',
  form: { title: 'TỜ KHAI ĐĂNG KÝ KHAI TỬ', fields: [...declarant, text('deceasedName', 'Họ, chữ đệm, tên người đã chết', 'Full name of the deceased', { maxLength: 100 })] },
};

const validForm = {
  declarantName: 'Nguyễn Thị Lan',
  declarantIdNumber: '038190001111',
  residenceCommune: AGENCIES.commune.code,
  childName: 'Phạm Gia Bảo',
  childBirthDate: '2026-11-10',
  relation: 'mother',
  siblings: [{ name: 'Phạm Minh Khôi' }],
};

describe.each(ENGINES)('e-forms: the declaration as data on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let reception: Session;
  let lan: CitizenBrowser;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: NOW });
    admin = await signIn(t.app, 'admin');
    reception = await signIn(t.app, 'reception');
    await publishProcedure(admin, BIRTH_WITH_FORM, NOW);
    await publishProcedure(admin, DEATH_WITH_FORM, NOW);
    lan = await registerCitizen(t.app, { fullName: 'Nguyễn Thị Lan', email: 'lan@example.vn', idNumber: '038190001111' });
  });
  afterAll(() => t.close());

  async function submitDraft(form: unknown, procedureCode = BIRTH_WITH_FORM.code) {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const file = (await lan.request('POST', '/api/citizen/files', { name: 'giay-chung-sinh.pdf', contentBase64: pdf })).json() as { id: string };
    const content = {
      applicant: { type: 'citizen', name: 'Nguyễn Thị Lan', idNumber: '038190001111', phone: '0912000111', address: 'Thôn Đông, xã Hòa Bình' },
      components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }],
      ...(form === undefined ? {} : { form }),
    };
    const draft = await lan.request('POST', '/api/citizen/drafts', { procedureCode, content });
    expect(draft.statusCode, draft.body).toBe(201);
    return lan.request('POST', `/api/citizen/drafts/${draft.json().id}/submit`);
  }

  it('refuses a form whose condition refers to a later field, naming it', async () => {
    const broken = { ...BIRTH_WITH_FORM, form: { ...BIRTH_FORM, fields: [{ ...BIRTH_FORM.fields[0]!, shownWhen: { field: 'relation', operator: 'equals' as const, value: 'mother' } }, ...BIRTH_FORM.fields.slice(1)] } };
    const response = await admin.request('PUT', `/api/v1/procedures/${broken.code}/draft`, broken);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid_procedure', field: 'form.fields.0.shownWhen', message: expect.stringContaining('không có ở phía trước') });
  });

  it('pre-fills a first declaration from the account', async () => {
    const response = await lan.request('GET', `/api/citizen/procedures/${BIRTH_WITH_FORM.code}/form-prefill`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ values: { declarantName: 'Nguyễn Thị Lan', declarantIdNumber: '038190001111' }, fromDossier: null });
    expect((await lan.request('GET', `/api/citizen/procedures/${BIRTH_REGISTRATION.code}/form-prefill`)).json()).toMatchObject({ code: 'no_form' });
  });

  it('refuses an online submission without its form, or with a wrong one, naming every field at fault', async () => {
    expect((await submitDraft(undefined)).json()).toMatchObject({ code: 'form_required', field: 'form' });
    const wrong = await submitDraft({ ...validForm, declarantIdNumber: '03819000111', childBirthDate: '2026-11-24', residenceCommune: '999.99.99.H99', relation: 'other', siblings: [{}] });
    expect(wrong.statusCode).toBe(400);
    const body = wrong.json() as { code: string; field: string; message: string; problems: Array<{ field: string; message: string; messageEn: string }> };
    expect(body).toMatchObject({ code: 'invalid_form', field: 'form.declarantIdNumber', message: expect.stringContaining('(và 4 chỗ khác)') });
    expect(body.problems.map((problem) => problem.field)).toEqual(['form.declarantIdNumber', 'form.residenceCommune', 'form.childBirthDate', 'form.relationOther', 'form.siblings.0.name']);
    expect(body.problems[3]).toEqual({ field: 'form.relationOther', message: 'Vui lòng nhập “Quan hệ khác”.', messageEn: 'Enter “Other relation”.' });
    expect((await submitDraft(validForm, BIRTH_REGISTRATION.code)).json()).toMatchObject({ code: 'no_form', field: 'form' });
  });

  let onlineCode = '';

  it('keeps a valid declaration with the dossier, shown to the officer and the applicant as data', async () => {
    const submitted = await submitDraft({ ...validForm, childName: '  Phạm Gia Bảo ', relationOther: 'hidden by its condition' });
    expect(submitted.statusCode, submitted.body).toBe(201);
    onlineCode = submitted.json().code;
    const officerView = await reception.request('GET', `/api/v1/dossiers/${onlineCode}`);
    const declaration = officerView.json().declaration;
    expect(declaration).toMatchObject({ title: 'TỜ KHAI ĐĂNG KÝ KHAI SINH', values: { ...validForm, childName: 'Phạm Gia Bảo' } });
    expect(declaration.values).not.toHaveProperty('relationOther');
    expect(declaration.entries).toEqual(expect.arrayContaining([
      { code: 'residenceCommune', label: BIRTH_FORM.fields[2]!.label, text: { vi: AGENCIES.commune.name, en: AGENCIES.commune.name } },
      { code: 'childBirthDate', label: BIRTH_FORM.fields[4]!.label, text: { vi: '10/11/2026', en: '2026-11-10' } },
      { code: 'relation', label: BIRTH_FORM.fields[5]!.label, text: { vi: 'Mẹ', en: 'Mother' } },
      { code: 'siblings', label: { vi: 'Anh chị em ruột', en: 'Siblings' }, items: [{ label: { vi: 'Người 1', en: 'Person 1' }, entries: [{ code: 'name', label: { vi: 'Họ và tên', en: 'Full name' }, text: { vi: 'Phạm Minh Khôi', en: 'Phạm Minh Khôi' } }] }] },
    ]));
    const own = await lan.request('GET', `/api/citizen/dossiers/${onlineCode}`);
    expect(own.json().declaration).toEqual(declaration);
  });

  it('finds the dossier by a name or a number written only in its form', async () => {
    const found = async (q: string) =>
      ((await reception.request('GET', `/api/v1/dossiers?queue=all&q=${encodeURIComponent(q)}`)).json().items as Array<{ code: string }>).map((item) => item.code);
    expect(await found('gia bao')).toEqual([onlineCode]);
    expect(await found('Phạm Minh Khôi')).toEqual([onlineCode]);
    expect(await found('khoi')).toEqual([onlineCode]);
    expect(await found('Phạm Gia Huy')).toEqual([]);
  });

  it('receives a declaration at the counter, checked the same way; the paper one may stand in for it', async () => {
    const body = { procedureCode: BIRTH_WITH_FORM.code, applicant: APPLICANT, components: BIRTH_COMPONENTS };
    const wrong = await reception.request('POST', '/api/v1/dossiers', { ...body, form: { ...validForm, childBirthDate: '2026-02-30', unknown: 'x' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().problems.map((problem: { field: string }) => problem.field)).toEqual(['form.unknown', 'form.childBirthDate']);
    const received = await reception.request('POST', '/api/v1/dossiers', { ...body, form: { ...validForm, childName: 'Lê Hoàng Yến' } });
    expect(received.statusCode, received.body).toBe(201);
    const detail = (await reception.request('GET', `/api/v1/dossiers/${received.json().code}`)).json();
    expect(detail.declaration.values.childName).toBe('Lê Hoàng Yến');
    const onPaper = await reception.request('POST', '/api/v1/dossiers', body);
    expect(onPaper.statusCode, onPaper.body).toBe(201);
    expect((await reception.request('GET', `/api/v1/dossiers/${onPaper.json().code}`)).json().declaration).toBeNull();
    expect((await reception.request('GET', `/api/v1/dossiers/${onPaper.json().code}/papers/declaration.pdf`)).json()).toMatchObject({ code: 'paper_not_applicable' });
  });

  it('prints the declaration as the official tờ khai, every Vietnamese word drawn', async () => {
    const response = await reception.request('GET', `/api/v1/dossiers/${onlineCode}/papers/declaration.pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    const text = (await pdfText(pdf)).replace(/[ \t]+/g, ' ');
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TỜ KHAI ĐĂNG KÝ KHAI SINH',
      `Kính gửi: ${AGENCIES.commune.name}`,
      'Họ, chữ đệm, tên người được khai sinh: Phạm Gia Bảo',
      'Ngày, tháng, năm sinh: 10/11/2026',
      `Nơi cư trú (xã, phường): ${AGENCIES.commune.name}`,
      'Quan hệ với người được khai sinh: Mẹ',
      'Anh chị em ruột:',
      'Người 1',
      'Họ và tên: Phạm Minh Khôi',
      'NGƯỜI YÊU CẦU',
    ]) {
      expect(text).toContain(line);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('Tôi cam đoan những nội dung khai trên đây là đúng sự thật');
    const [words, image] = await Promise.all([pdfWords(pdf), renderPage(pdf, 100)]);
    const vietnamese = words.filter((word) => /[^\x00-\x7f]/.test(word.text));
    expect(vietnamese.length).toBeGreaterThan(20);
    expect(vietnamese.filter((word) => inkIn(image, word) < 0.04).map((word) => word.text)).toEqual([]);
    const papers = (await reception.request('GET', `/api/v1/dossiers/${onlineCode}/papers`)).json() as Array<{ paper: string }>;
    expect(papers.map((paper) => paper.paper)).toContain('declaration');
    // The applicant prints their own copy; nobody else's.
    const own = await lan.request('GET', `/api/citizen/dossiers/${onlineCode}/papers/declaration.pdf`);
    expect(own.statusCode, own.body).toBe(200);
    expect(await pdfText(own.rawPayload)).toContain('Phạm Gia Bảo');
    const stranger = await registerCitizen(t.app, { fullName: 'Trần Văn Lạ', email: 'la@example.vn' });
    expect((await stranger.request('GET', `/api/citizen/dossiers/${onlineCode}/papers/declaration.pdf`)).statusCode).toBe(404);
  });

  it("pre-fills another procedure's form from the citizen's latest declaration sharing its fields", async () => {
    const response = await lan.request('GET', `/api/citizen/procedures/${DEATH_WITH_FORM.code}/form-prefill`);
    expect(response.json()).toEqual({
      values: { declarantName: 'Nguyễn Thị Lan', declarantIdNumber: '038190001111', residenceCommune: AGENCIES.commune.code },
      fromDossier: onlineCode,
    });
  });
});
