import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { createSigning } from '../../src/modules/signing/credentials.js';
import { openBlobStore } from '../../src/platform/blob-store/open.js';
import type { Engine } from './engines.js';
import { TEST_CREDENTIAL_KEY } from './signing.js';

/**
 * The demo province seeded in a fresh database of the engine, and the app on it, with its files in
 * a directory of its own: by default without dossiers and past queue mornings, which take long.
 */
export async function startDemoApp(engine: Engine, seeding: { dossiers?: number; ticketDays?: number; log?: (line: string) => void } = {}) {
  const opened = await engine.open();
  const filesDir = await mkdtemp(join(tmpdir(), 'motcua-files-'));
  const config = { ...loadConfig({}), blobStore: { kind: 'directory' as const, dir: filesDir }, credentialKey: TEST_CREDENTIAL_KEY };
  await seedDemoIfEmpty(opened.db, await openBlobStore(config.blobStore), createSigning(config), { log: () => undefined, dossiers: 0, ticketDays: 0, ...seeding });
  const app: FastifyInstance = await buildApp(config, opened.db, { logger: false, backgroundJobs: false });
  return {
    app,
    db: opened.db,
    async close() {
      await app.close();
      await opened.dispose();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

export type DemoApp = Awaited<ReturnType<typeof startDemoApp>>;
