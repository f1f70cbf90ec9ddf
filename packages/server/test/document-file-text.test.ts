import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { drawnPdf } from './support/pdf.js';
import { AGENCIES } from './support/province.js';

const BASE = '/api/v1/documents/incoming';
const FONT = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf');
/** Said only on the second page of the plan, nowhere in the register's particulars. */
const PHRASE = 'Phương án sơ tán dân cư vùng trũng khi lũ quét, sạt lở đất xảy ra';

/** A plan of two pages with a text layer, as a word processor exports it. */
const plan = () =>
  drawnPdf((doc) => {
    doc.registerFont('serif', FONT);
    doc.addPage().font('serif').fontSize(13).text('KẾ HOẠCH phòng, chống thiên tai năm 2027', 72, 72);
    doc.addPage().font('serif').fontSize(13).text(`Mục 3. ${PHRASE}.`, 72, 72);
  });

describe.each(ENGINES)("the incoming register searched by the text of its documents' PDFs on $name", (engine) => {
  let t: TestApp;
  let clerk: Session;
  let specialist: Session;
  let outsider: Session;

  const subjects = async (who: Session, query: string) => {
    const response = await who.request('GET', `${BASE}?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Array<{ subject: string }> }).items.map((item) => item.subject);
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    [clerk, specialist, outsider] = await Promise.all([signIn(t.app, 'clerk'), signIn(t.app, 'specialist'), signIn(t.app, 'other.specialist')]);
  });
  afterAll(() => t.close());

  it("finds a document by words of its file's text without diacritics, and by a mistyped one; another agency's officer finds nothing", async () => {
    const subject = 'Về việc triển khai kế hoạch phòng, chống thiên tai';
    const registered = await clerk.request('POST', BASE, { numberSymbol: '88/KH-UBND', documentDate: '2026-11-30', sender: 'UBND huyện Thử Nghiệm', subject });
    expect(registered.statusCode, registered.body).toBe(201);
    const { id } = registered.json() as { id: string };
    expect(await subjects(specialist, 'q=so%20tan%20dan%20cu%20vung%20trung')).toEqual([]);

    const attached = await clerk.request('POST', `${BASE}/${id}/attachments`, { name: 'ke-hoach.pdf', contentBase64: (await plan()).toString('base64') });
    expect(attached.statusCode, attached.body).toBe(201);

    expect(await subjects(specialist, 'q=so%20tan%20dan%20cu%20vung%20trung')).toEqual([subject]);
    expect(await subjects(specialist, `q=${encodeURIComponent(PHRASE)}`)).toEqual([subject]);
    // "trungg" is none of the agency's words: the file's "trũng" joined them, and corrects it.
    expect(await subjects(specialist, 'q=lu%20quet%20vung%20trungg')).toEqual([subject]);

    expect(await subjects(outsider, 'q=so%20tan%20dan%20cu%20vung%20trung')).toEqual([]);
    expect((await outsider.request('GET', `${BASE}?agency=${AGENCIES.commune.code}&q=so%20tan%20dan%20cu`)).statusCode).toBe(403);
  });

  it('registers a scan without a text layer, found by its particulars only', async () => {
    const scan = Buffer.from('%PDF-1.4\n% quet giay\n%%EOF\n').toString('base64');
    const subject = 'Về việc cấp kinh phí sửa chữa trường mầm non';
    const registered = await clerk.request('POST', BASE, { type: 'letter', sender: 'Trường Mầm non Hoa Sen', subject, scan: { name: 'scan.pdf', contentBase64: scan } });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(await subjects(specialist, 'q=kinh%20phi%20sua%20chua')).toEqual([subject]);
  });
});
