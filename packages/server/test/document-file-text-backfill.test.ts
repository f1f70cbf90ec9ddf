import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillAttachmentText } from '../src/modules/documents/index.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { drawnPdf } from './support/pdf.js';

const BASE = '/api/v1/documents/incoming';
const FONT = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf');
const PHRASE = 'Danh sách hộ nghèo được hỗ trợ sửa chữa nhà ở';

const report = () =>
  drawnPdf((doc) => {
    doc.registerFont('serif', FONT);
    doc.addPage().font('serif').fontSize(13).text(`Phụ lục. ${PHRASE}.`, 72, 72);
  });

describe.each(ENGINES)('the text of PDFs attached before migration 066, read by a background job on $name', (engine) => {
  let t: TestApp;
  let clerk: Session;
  let specialist: Session;

  const subjects = async (query: string) => {
    const response = await specialist.request('GET', `${BASE}?q=${encodeURIComponent(query)}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Array<{ subject: string }> }).items.map((item) => item.subject);
  };

  /** Registers a document with a file, then puts its attachment back as it was before migration 066: no text, attached the day before. */
  const attachedBefore066 = async (subject: string, file: Buffer) => {
    const registered = await clerk.request('POST', BASE, { numberSymbol: '12/BC-UBND', documentDate: '2026-10-01', sender: 'UBND xã Thử Nghiệm', subject });
    expect(registered.statusCode, registered.body).toBe(201);
    const { id } = registered.json() as { id: string };
    const attached = await clerk.request('POST', `${BASE}/${id}/attachments`, { name: 'bao-cao.pdf', contentBase64: file.toString('base64') });
    expect(attached.statusCode, attached.body).toBe(201);
    await t.db.query(
      `UPDATE document_attachments SET text_key = '', added_at = (SELECT applied_at - interval '1 day' FROM schema_migrations WHERE name = '066_document_file_text.sql')
        WHERE document_id = $1`,
      [id],
    );
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    [clerk, specialist] = await Promise.all([signIn(t.app, 'clerk'), signIn(t.app, 'specialist')]);
  });
  afterAll(() => t.close());

  it('reads each such PDF once, so that the register finds it by its words; a scan and a second pass change nothing', async () => {
    const subject = 'Về việc báo cáo hỗ trợ nhà ở cho hộ nghèo';
    await attachedBefore066(subject, await report());
    await attachedBefore066('Về việc một bản quét', Buffer.from('%PDF-1.4\n% quet giay\n%%EOF\n'));
    expect(await subjects('ho ngheo duoc ho tro sua chua')).toEqual([]);

    const instances = [backfillAttachmentText(t.db, t.context.blobStore), backfillAttachmentText(t.db, t.context.blobStore)];
    const done = await Promise.all(instances.map((pass) => pass()));
    expect(done.reduce((sum, each) => sum + each, 0)).toBe(1);
    expect(await subjects('ho ngheo duoc ho tro sua chua')).toEqual([subject]);

    expect(await Promise.all(instances.map((pass) => pass()))).toEqual([0, 0]);
    expect(await backfillAttachmentText(t.db, t.context.blobStore)()).toBe(0);
  });
});
