import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { AppContext } from '../../src/app-context.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { Engine } from './engines.js';
import { type Province, createProvince } from './province.js';
import { TEST_CREDENTIAL_KEY } from './signing.js';

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  province: Province;
  config: Config;
  /** The instant the app believes it is; tests move it to replay days of work. */
  clock: { at: Date };
  /** The application's context, as its background jobs (off in tests) would run with it. */
  context: AppContext;
  /** Another app instance on the same PostgreSQL data, if the engine can have one. */
  startAnotherInstance?: () => Promise<FastifyInstance>;
  /** Another connection pool on the same PostgreSQL data, as another instance's worker has. */
  openAnotherDatabase?: () => Database;
  close(): Promise<void>;
}

export async function startTestApp(engine: Engine, options: { at?: Date; publicRequestsPerMinute?: number; config?: Partial<Config> } = {}): Promise<TestApp> {
  const { db, dispose, openAnotherInstance } = await engine.open();
  const province = await createProvince(db);
  const clock = { at: options.at ?? new Date() };
  // Each test app keeps its files in a directory of its own, removed when it closes, unless told otherwise.
  const filesDir = options.config?.blobStore ? undefined : await mkdtemp(join(tmpdir(), 'motcua-files-'));
  const config = {
    ...loadConfig({}),
    ...(filesDir && { blobStore: { kind: 'directory' as const, dir: filesDir } }),
    publicRequestsPerMinute: options.publicRequestsPerMinute ?? 10_000,
    anonymousSubmissionsPerHour: 10_000,
    credentialKey: TEST_CREDENTIAL_KEY,
    ...options.config,
  };
  let context: AppContext | undefined;
  const app = await buildApp(config, db, { logger: false, now: () => clock.at, backgroundJobs: false, context: (built) => (context = built) });
  const others: FastifyInstance[] = [];
  return {
    app,
    db,
    province,
    config,
    clock,
    context: context!,
    ...(openAnotherInstance && {
      openAnotherDatabase: openAnotherInstance,
      async startAnotherInstance() {
        const other = await buildApp(config, openAnotherInstance(), { logger: false, now: () => clock.at, backgroundJobs: false });
        others.push(other);
        return other;
      },
    }),
    async close() {
      await Promise.all([app, ...others].map((instance) => instance.close()));
      await dispose();
      if (filesDir) await rm(filesDir, { recursive: true, force: true });
    },
  };
}
