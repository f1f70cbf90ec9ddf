import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { doc, docx, plainZip, xls, xlsx } from './support/office-files.js';
import { publishProcedure } from './support/procedures.js';
import { BIRTH_REGISTRATION } from './support/province.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

const templateOf = (version: number, component: string, code = BIRTH_REGISTRATION.code) => `/api/v1/procedures/${code}/versions/${version}/components/${component}/template`;
const publicTemplate = (component: string, code = BIRTH_REGISTRATION.code) => `/api/public/procedures/${code}/components/${component}/template`;
const upload = (name: string, content: Buffer) => ({ name, contentBase64: content.toString('base64') });

interface PublicComponent {
  code: string;
  template?: string;
  templateFile: { name: string; contentType: string; size: number; uploadedAt: string } | null;
}

describe.each(ENGINES)('component templates on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let head: Session;
  const download = (url: string) => t.app.inject({ method: 'GET', url });
  const components = async () => (await download(`/api/public/procedures/${BIRTH_REGISTRATION.code}`)).json().components as PublicComponent[];

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await signIn(t.app, 'admin');
    head = await signIn(t.app, 'head');
  });
  afterAll(() => t.close());

  it('an administrator uploads a form that anyone downloads under its Vietnamese name', async () => {
    const form = docx('TỜ KHAI ĐĂNG KÝ KHAI SINH');
    const name = 'Tờ khai đăng ký khai sinh (mẫu).docx';
    const uploaded = await admin.request('PUT', templateOf(1, 'TK'), upload(name.normalize('NFD'), form));
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json()).toMatchObject({ name, contentType: DOCX_TYPE, size: form.length });

    const listed = await components();
    expect(listed.find((component) => component.code === 'TK')!.templateFile).toMatchObject({ name, contentType: DOCX_TYPE, size: form.length });
    expect(listed.find((component) => component.code === 'GCS')!.templateFile).toBeNull();

    const response = await download(publicTemplate('TK'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(DOCX_TYPE);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.equals(form)).toBe(true);
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toBe(`attachment; filename="To khai dang ky khai sinh (mau).docx"; filename*=UTF-8''T%E1%BB%9D%20khai%20%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh%20%28m%E1%BA%ABu%29.docx`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(name);

    const audited = await t.db.query<{ details: { componentCode: string } }>(`SELECT details FROM audit_log WHERE action = 'procedure.template.upload'`);
    expect(audited.rows.map((row) => row.details.componentCode)).toEqual(['TK']);
  });

  it('accepts PDF, DOC, DOCX and XLSX by content, names the file after its type, and replaces an earlier form', async () => {
    const cases: Array<[string, Buffer, string, string]> = [
      ['giay-chung-sinh.pdf', PDF, 'application/pdf', 'giay-chung-sinh.pdf'],
      ['Mẫu cũ.DOC', doc(), 'application/msword', 'Mẫu cũ.DOC'],
      ['Bảng kê', xlsx(), XLSX_TYPE, 'Bảng kê.xlsx'],
      ['uy-quyen.pdf', docx('Văn bản ủy quyền'), DOCX_TYPE, 'uy-quyen.pdf.docx'],
    ];
    for (const [given, content, contentType, stored] of cases) {
      const response = await admin.request('PUT', templateOf(1, 'GCS'), upload(given, content));
      expect(response.statusCode, `${given}: ${response.body}`).toBe(200);
      expect(response.json()).toMatchObject({ name: stored, contentType, size: content.length });
      const served = await download(publicTemplate('GCS'));
      expect(served.headers['content-type']).toBe(contentType);
      expect(served.rawPayload.equals(content)).toBe(true);
    }
    expect((await components()).find((component) => component.code === 'GCS')!.templateFile).toMatchObject({ name: 'uy-quyen.pdf.docx' });
  });

  it('refuses other types (415), content that is not base64, such as padding alone (400), and files over 10 MB (413)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    for (const [name, content] of [['anh.png', png], ['bang-cu.xls', xls()], ['nen.zip', plainZip()], ['virus.exe', Buffer.from('MZ\x90\x00')], ['to-khai.docx', Buffer.from('PK\x03\x04 word/document.xml')]] as const) {
      const response = await admin.request('PUT', templateOf(1, 'UQ'), upload(name, content));
      expect(response.statusCode, name).toBe(415);
      expect(response.json()).toMatchObject({ code: 'unsupported_file_type', message: 'Chỉ nhận tệp PDF, DOC, DOCX hoặc XLSX.' });
    }
    const padding = await admin.request('PUT', templateOf(1, 'UQ'), { name: 'rong.pdf', contentBase64: '====' });
    expect(padding.statusCode).toBe(400);
    expect(padding.json()).toMatchObject({ code: 'invalid_base64', field: 'contentBase64' });
    const large = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await admin.request('PUT', templateOf(1, 'UQ'), upload('lon.pdf', large));
    expect(tooLarge.statusCode).toBe(413);
    const noName = await admin.request('PUT', templateOf(1, 'UQ'), { contentBase64: PDF.toString('base64') });
    expect(noName.statusCode).toBe(400);
    expect(noName.json()).toMatchObject({ code: 'validation_failed', field: 'body.name' });
    expect((await download(publicTemplate('UQ'))).statusCode).toBe(404);
  });

  it('only administrators of the competent agency upload or remove forms', async () => {
    for (const method of ['PUT', 'DELETE'] as const) {
      const response = await head.request(method, templateOf(1, 'TK'), method === 'PUT' ? upload('x.pdf', PDF) : undefined);
      expect(response.statusCode, method).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
    const anonymous = await t.app.inject({ method: 'PUT', url: templateOf(1, 'TK'), payload: upload('x.pdf', PDF) });
    expect(anonymous.statusCode).toBe(401);
    // The form uploaded by the administrator is still the one served.
    expect((await download(publicTemplate('TK'))).headers['content-type']).toBe(DOCX_TYPE);
  });

  it('answers 404 for an unknown procedure, version, component or form, and 400 for a malformed code', async () => {
    const notFound = [
      await admin.request('PUT', templateOf(1, 'TK', '1.999999'), upload('x.pdf', PDF)),
      await admin.request('PUT', templateOf(9, 'TK'), upload('x.pdf', PDF)),
      await admin.request('PUT', templateOf(1, 'KHONG-CO'), upload('x.pdf', PDF)),
      await admin.request('DELETE', templateOf(1, 'UQ')),
      await download(publicTemplate('TK', '1.999999')),
      await download(publicTemplate('KHONG-CO')),
      await download(publicTemplate('TK', '2.000635')),
    ];
    expect(notFound.map((response) => response.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect(notFound.every((response) => response.json().code === 'not_found')).toBe(true);
    expect((await download(publicTemplate('TK', 'khai-sinh'))).statusCode).toBe(400);
    expect((await admin.request('PUT', templateOf(0, 'TK'), upload('x.pdf', PDF))).statusCode).toBe(400);
  });

  it('a new version keeps the forms of the components it keeps; removing one leaves the older version alone', async () => {
    const next = { ...BIRTH_REGISTRATION, components: BIRTH_REGISTRATION.components.filter((component) => component.code !== 'GCS') };
    expect((await publishProcedure(admin, next, t.clock.at)).version).toBe(2);
    expect((await components()).map((component) => [component.code, component.templateFile?.name ?? null])).toEqual([
      ['TK', 'Tờ khai đăng ký khai sinh (mẫu).docx'],
      ['UQ', null],
    ]);
    expect((await download(publicTemplate('TK'))).statusCode).toBe(200);
    // GCS is no longer a component of the version in force.
    expect((await download(publicTemplate('GCS'))).statusCode).toBe(404);
    expect((await admin.request('PUT', templateOf(2, 'GCS'), upload('x.pdf', PDF))).statusCode).toBe(404);

    const removed = await admin.request('DELETE', templateOf(2, 'TK'));
    expect(removed.statusCode).toBe(204);
    expect((await download(publicTemplate('TK'))).statusCode).toBe(404);
    expect((await components()).find((component) => component.code === 'TK')!.templateFile).toBeNull();
    expect((await admin.request('DELETE', templateOf(2, 'TK'))).statusCode).toBe(404);
    // Version 1, which running dossiers may follow, still has both of its forms.
    const kept = await t.db.query<{ component_code: string }>(
      `SELECT t.component_code FROM component_templates t JOIN procedure_versions v ON v.id = t.procedure_version_id
        JOIN procedures p ON p.id = v.procedure_id WHERE p.code = $1 AND v.version = 1 ORDER BY 1`,
      [BIRTH_REGISTRATION.code],
    );
    expect(kept.rows.map((row) => row.component_code)).toEqual(['GCS', 'TK']);
  });
});
