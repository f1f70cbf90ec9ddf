import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, vietnamDate } from '@motcua/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { AGENCY } from '../src/demo/data/province.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo/seed.js';
import { createSigning } from '../src/modules/signing/credentials.js';
import { openBlobStore } from '../src/platform/blob-store/open.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';
import { TEST_CREDENTIAL_KEY } from './support/signing.js';

/** The demo as it starts with two past mornings of its centres' queues (and no dossiers, which take long). */
describe.each(ENGINES)('the demo centres’ past mornings on $name', (engine) => {
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let filesDir: string;
  let logged: string[];

  beforeAll(async () => {
    const opened = await engine.open();
    dispose = opened.dispose;
    filesDir = await mkdtemp(join(tmpdir(), 'motcua-files-'));
    const config = { ...loadConfig({}), blobStore: { kind: 'directory' as const, dir: filesDir }, credentialKey: TEST_CREDENTIAL_KEY, seedDemo: true };
    logged = [];
    await seedDemoIfEmpty(opened.db, await openBlobStore(config.blobStore), createSigning(config), { log: (line) => logged.push(line), dossiers: 0, ticketDays: 2 });
    app = await buildApp(config, opened.db, { logger: false, backgroundJobs: false });
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
    await rm(filesDir, { recursive: true, force: true });
  });

  it('were replayed to the end at the provincial centre: every ticket served or a no-show, some rated, its counters closed again', async () => {
    expect(logged).toContainEqual(expect.stringMatching(/^Demo centres' past mornings: \d+ queue tickets called, served and rated\.$/));
    const director = await signIn(app, 'giamdoc.ttpvhcc', DEMO_PASSWORD);
    const today = vietnamDate(new Date());
    const response = await director.request('GET', `/api/v1/centres/${AGENCY.centre}/figures?from=${addDays(today, -10)}&to=${today}&by=counter`);
    expect(response.statusCode, response.body).toBe(200);
    const { rows, total } = response.json();
    expect(rows.length).toBe(2);
    expect(total.tickets).toBeGreaterThanOrEqual(20);
    expect(total.served + total.noShows).toBe(total.tickets);
    expect(total.called).toBe(total.tickets);
    expect(total.waitingMeanMinutes).toBeGreaterThan(0);
    expect(total.serviceMeanMinutes).toBeGreaterThanOrEqual(4);
    expect(total.verySatisfied + total.satisfied + total.notSatisfied).toBeGreaterThan(0);

    const live = (await director.request('GET', `/api/v1/centres/${AGENCY.centre}/live`)).json();
    expect(live.counters.every((counter: { status: string }) => counter.status === 'closed')).toBe(true);
    expect(live.longestWait).toBeNull();
  });
});
