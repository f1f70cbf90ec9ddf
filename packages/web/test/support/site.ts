import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app.js';
import { type Config, loadConfig } from '../../../server/src/config.js';
import type { Database } from '../../../server/src/db/database.js';
import { migrate } from '../../../server/src/db/migrate.js';
import { openPglite } from '../../../server/src/db/pglite.js';
import { type Province, createProvince } from '../../../server/test/support/province.js';
import { TEST_CREDENTIAL_KEY } from '../../../server/test/support/signing.js';

export interface Site {
  /** http://localhost:<port>: browsers keep Secure cookies on localhost. */
  url: string;
  app: FastifyInstance;
  db: Database;
  province: Province;
  close(): Promise<void>;
}

/**
 * The whole product as a user meets it: the built web application and the API on one listening
 * port, on a fresh embedded database holding the test province. MOTCUA_WEB_DIR, when set, names
 * another build to serve than packages/web/dist (e.g. one made with `vite build --outDir`).
 * `config` adds to the test configuration, e.g. the mail server and SMS gateway of notices.
 */
export async function startSite(config: Partial<Config> = {}): Promise<Site> {
  const db = await openPglite();
  await migrate(db);
  const province = await createProvince(db);
  // Files' bytes in a directory of the site's own, removed when it closes.
  const filesDir = await mkdtemp(join(tmpdir(), 'motcua-site-files-'));
  const app = await buildApp(
    {
      ...loadConfig({ MOTCUA_WEB_DIR: process.env.MOTCUA_WEB_DIR }),
      blobStore: { kind: 'directory', dir: filesDir },
      publicRequestsPerMinute: 10_000,
      anonymousSubmissionsPerHour: 10_000,
      credentialKey: TEST_CREDENTIAL_KEY,
      ...config,
    },
    db,
    { logger: false },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    app,
    db,
    province,
    async close() {
      await app.close();
      await db.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
