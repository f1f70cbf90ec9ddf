import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.js';
import { createSigning } from '../src/modules/signing/credentials.js';
import { openBlobStore } from '../src/platform/blob-store/open.js';
import { ENGINES, type OpenedDatabase } from './support/engines.js';
import { signIn } from './support/http.js';
import { TEST_CREDENTIAL_KEY } from './support/signing.js';

interface Line {
  numberSymbol: string;
  sender: string;
  state: string;
  confidentiality: string;
  deadlineStatus: string | null;
}

describe.each(ENGINES)('the demo’s incoming documents on $name', (engine) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let filesDir: string;

  beforeAll(async () => {
    opened = await engine.open();
    filesDir = await mkdtemp(join(tmpdir(), 'motcua-files-'));
    const config = { ...loadConfig({}), blobStore: { kind: 'directory' as const, dir: filesDir }, credentialKey: TEST_CREDENTIAL_KEY };
    await seedDemoIfEmpty(opened.db, await openBlobStore(config.blobStore), createSigning(config), { log: () => undefined, dossiers: 0, ticketDays: 0 });
    app = await buildApp(config, opened.db, { logger: false, backgroundJobs: false });
  });
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
    await rm(filesDir, { recursive: true, force: true });
  });

  const register = async (username: string) => {
    const session = await signIn(app, username, DEMO_PASSWORD);
    const response = await session.request('GET', '/api/v1/documents/incoming');
    expect(response.statusCode, response.body).toBe(200);
    return { session, lines: (response.json() as { items: Line[] }).items };
  };

  it('has Sở Nội vụ’s documents in every state of their course, one overdue and one classified', async () => {
    const { lines } = await register('vanthu.snv');
    expect(new Set(lines.map((line) => line.state))).toEqual(new Set(['registered', 'presented', 'assigned', 'in_progress', 'finished']));
    expect(lines.find((line) => line.numberSymbol === '2215/QĐ-UBND')).toMatchObject({ sender: 'Ủy ban nhân dân tỉnh Thanh Hóa', state: 'in_progress' });
    expect(lines.find((line) => line.numberSymbol === '4521/BNV-CCHC')).toMatchObject({ state: 'assigned', deadlineStatus: 'overdue' });
    expect(lines.find((line) => line.confidentiality !== 'normal')).toMatchObject({ numberSymbol: '156/BC-CAT-PV01', state: 'presented' });
    const leader = await signIn(app, 'lanhdao.snv', DEMO_PASSWORD);
    const overdue = (await leader.request('GET', '/api/v1/documents/incoming/overdue')).json() as { units: Array<{ documents: Array<{ numberSymbol: string }> }> };
    expect(overdue.units.flatMap((unit) => unit.documents.map((document) => document.numberSymbol))).toEqual(['4521/BNV-CCHC']);
  });

  it('has Sở Nội vụ’s outgoing drafts on their way to signature, each in the queue of who holds it, and one released', async () => {
    const clerk = await signIn(app, 'vanthu.snv', DEMO_PASSWORD);
    const outgoing = (await clerk.request('GET', '/api/v1/documents/outgoing')).json() as { items: Array<{ state: string; numberSymbol: string }> };
    expect(outgoing.items.map((item) => item.state).sort()).toEqual(['draft', 'draft', 'format_check', 'released', 'returned', 'to_sign']);
    expect(outgoing.items.map((item) => item.numberSymbol).filter(Boolean)).toEqual(['01/SNV-LĐVL']);
    const leader = await signIn(app, 'lanhdao.snv', DEMO_PASSWORD);
    const toSign = (await leader.request('GET', '/api/v1/documents/mine?view=to_sign')).json() as { outgoing: Array<{ subject: string }> };
    expect(toSign.outgoing.map((item) => item.subject)).toEqual(['Về việc rà soát, thống kê số lượng người làm việc năm 2026']);
  });

  it('has a giấy mời being drafted with its meeting a week ahead and its invitees', async () => {
    const author = await signIn(app, 'chuyenvien.snv', DEMO_PASSWORD);
    const drafts = (await author.request('GET', '/api/v1/documents/outgoing')).json() as { items: Array<{ id: string; type: string }> };
    const invitation = drafts.items.find((item) => item.type === 'invitation')!;
    const meeting = (await author.request('GET', `/api/v1/documents/${invitation.id}/meeting`)).json() as { place: string; invitedAt: string | null; invitees: Array<{ kind: string }> };
    expect(meeting).toMatchObject({ place: 'Hội trường Sở Nội vụ, tầng 3', invitedAt: null });
    expect(meeting.invitees.map((invitee) => invitee.kind)).toEqual(['agency', 'outside']);
  });

  it('has the province’s People’s Committee a report presented to its leader, a letter sent back and Sở Nội vụ’s released letter arrived', async () => {
    const { lines } = await register('vanthu.ubnd');
    expect(lines.map((line) => [line.numberSymbol, line.sender, line.state])).toEqual([
      ['01/SNV-LĐVL', 'Sở Nội vụ tỉnh Thanh Hóa', 'registered'],
      ['1234/SNV-CCHC', 'Sở Nội vụ tỉnh Thanh Hóa', 'presented'],
      ['88/UBND-VP', 'UBND phường Hạc Thành', 'returned'],
    ]);
  });
});
