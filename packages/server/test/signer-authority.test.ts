import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { AGENCY } from '../src/demo/data/province.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.js';
import { createSigning } from '../src/modules/signing/credentials.js';
import { openBlobStore } from '../src/platform/blob-store/open.js';
import { APPLICANT, act } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { inkIn, pdfInfo, pdfText, pdfWords, renderPage } from './support/pdf.js';
import { signedResultsOf } from './support/results.js';
import { TEST_CREDENTIAL_KEY } from './support/signing.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The lines of the right half of the first page, top to bottom: the signature block stands there beside the recipients (nơi nhận). */
async function rightColumn(pdf: Buffer): Promise<string> {
  const lines = new Map<number, string[]>();
  for (const word of await pdfWords(pdf)) {
    if (word.xMin < 595.28 / 2) continue;
    const line = Math.round(word.yMin);
    lines.set(line, [...(lines.get(line) ?? []), word.text]);
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, words]) => words.join(' ')).join('\n');
}

/** The vice-chairman's authority, one line under another, then their name. */
const VICE_CHAIRMAN = /^TM\. ỦY BAN NHÂN DÂN\nKT\. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[^]*^Lê Anh Tuấn$/m;

/**
 * The demo province as it starts (its agencies, officers and their grants, its catalogue, no
 * dossiers): the papers of Phường Hạc Thành carry the authority its vice-chairman signs with, and
 * the birth certificate is titled with the document's name.
 */
describe.each(ENGINES)("the signer's authority on the demo's papers on $name", (engine) => {
  let app: FastifyInstance;
  let db: Database;
  let dispose: () => Promise<void>;
  let filesDir: string;
  const clock = { at: new Date('2026-11-23T09:00:00+07:00') };
  const s = {} as Record<'reception' | 'justice' | 'viceChairman' | 'admin', Session>;

  beforeAll(async () => {
    ({ db, dispose } = await engine.open());
    filesDir = await mkdtemp(join(tmpdir(), 'motcua-files-'));
    const config = { ...loadConfig({}), blobStore: { kind: 'directory' as const, dir: filesDir }, credentialKey: TEST_CREDENTIAL_KEY, seedDemo: true };
    await seedDemoIfEmpty(db, await openBlobStore(config.blobStore), createSigning(config), { log: () => undefined, dossiers: 0, ticketDays: 0 });
    app = await buildApp(config, db, { logger: false, now: () => clock.at, backgroundJobs: false });
    const sign = (username: string) => signIn(app, username, DEMO_PASSWORD);
    [s.reception, s.justice, s.viceChairman, s.admin] = await Promise.all([sign('tiepnhan.hacthanh'), sign('tuphap.hacthanh'), sign('lanhdao.hacthanh'), sign('admin')]);
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
    await rm(filesDir, { recursive: true, force: true });
  });

  /** A birth registration received at the ward's counter with the documents the demo catalogue asks for. */
  async function received() {
    const response = await s.reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: { ...APPLICANT, address: 'Số 123 đường Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa' },
      summary: 'Đăng ký khai sinh cho con là Nguyễn Minh Khang',
      components: ['TP01', 'TP02', 'TP03', 'TP04'].map((code) => ({ code })),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { code: string; version: number };
  }

  const pdfAt = async (session: Session, url: string) => {
    const response = await session.request('GET', url);
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };

  it("gives the vice-chairman's grant its authority, as administrators see and edit it", async () => {
    const agencies = (await s.admin.request('GET', '/api/public/agencies')).json() as Array<{ id: string; code: string }>;
    const ward = agencies.find((agency) => agency.code === AGENCY.hacThanh)!;
    const listed = await s.admin.request('GET', `/api/v1/officers?agencyId=${ward.id}&q=${encodeURIComponent('Lê Anh Tuấn')}`);
    expect(listed.statusCode, listed.body).toBe(200);
    const { items } = listed.json() as { items: Array<{ id: string; username: string; grants: unknown[] }> };
    const viceChairman = items.find((officer) => officer.username === 'lanhdao.hacthanh')!;
    expect(viceChairman.grants).toEqual([{ role: 'agency_leader', agencyId: ward.id, unitId: null, signingAuthority: 'deputy', signingPosition: 'Phó Chủ tịch' }]);

    // Signing by order names the signer's position.
    const refused = await s.admin.request('PUT', `/api/v1/officers/${viceChairman.id}/grants`, {
      grants: [{ role: 'agency_leader', agencyId: ward.id, signingAuthority: 'by_order', signingPosition: ' ' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'signing_authority_invalid', field: 'grants', message: expect.stringContaining('chức vụ') });
  });

  it('prints "KT. CHỦ TỊCH" and "PHÓ CHỦ TỊCH" on the birth certificate the vice-chairman signs, titled with the document’s name', async () => {
    const dossier = await received();
    const version = await act(s.justice, dossier.code, 'hand_over', dossier.version, { comment: 'Hồ sơ hợp lệ.' });
    await act(s.viceChairman, dossier.code, 'approve', version);
    const [result] = await signedResultsOf(s.viceChairman, dossier.code);
    expect(result).toMatchObject({ documentType: 'Giấy khai sinh' });
    const pdf = await pdfAt(s.viceChairman, `/api/v1/dossiers/${dossier.code}/files/${result!.fileId}`);

    expect(await rightColumn(pdf)).toMatch(VICE_CHAIRMAN);
    const text = flat(await pdfText(pdf));
    expect(text).toContain('GIẤY KHAI SINH');
    expect(text).not.toContain('BẢN SAO');
    expect(text).not.toContain('(BẢN CHÍNH)');
    expect((await pdfInfo(pdf)).Title).toBe(`Giấy khai sinh – hồ sơ ${dossier.code}`);
    // The authority is drawn, not only in the text layer.
    const [words, page] = await Promise.all([pdfWords(pdf), renderPage(pdf)]);
    const authority = words.filter((word) => ['TM.', 'KT.', 'PHÓ', 'CHỦ', 'TỊCH'].includes(word.text));
    expect(authority.length).toBeGreaterThanOrEqual(5);
    for (const word of authority) expect(inkIn(page, word)).toBeGreaterThan(0.04);
  });

  it('prints the authority on the notice of stopping the processing the vice-chairman signs', async () => {
    const dossier = await received();
    const version = await act(s.justice, dossier.code, 'hand_over', dossier.version);
    await act(s.viceChairman, dossier.code, 'stop', version, { comment: 'Người yêu cầu đề nghị dừng giải quyết.' });
    const pdf = await pdfAt(s.viceChairman, `/api/v1/dossiers/${dossier.code}/papers/stop-notice.pdf`);
    expect(await rightColumn(pdf)).toMatch(VICE_CHAIRMAN);
    expect(await pdfText(pdf)).not.toContain('ĐẠI DIỆN CƠ QUAN');
  });

  it("prints the ward's receipt for the documents its catalogue asks for on two pages, one whole copy each", async () => {
    const dossier = await received();
    const pdf = await pdfAt(s.reception, `/api/v1/dossiers/${dossier.code}/papers/receipt.pdf`);
    expect((await pdfInfo(pdf)).Pages).toBe('2');
    const pages = (await pdfText(pdf)).split('\f').slice(0, 2).map(flat);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`(Liên ${index + 1}:`);
      expect(page).toContain('Giấy tờ tùy thân có ảnh của người yêu cầu');
      expect(page).toMatch(/quét mã QR ở góc trên bên trái\. NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ .*Nguyễn Văn An .*Nguyễn Thị Minh Anh/);
    }
  });
});
