import { writeFile } from 'node:fs/promises';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openPglite } from '../db/pglite.js';
import { OPENAPI_FILE } from '../paths.js';

/**
 * `npm run openapi`: writes the OpenAPI document the routes generate to packages/server/openapi.json.
 * The file is committed so that API changes show in review; a test fails when it is out of date.
 */
export async function generateOpenApi(app: Awaited<ReturnType<typeof buildApp>>): Promise<string> {
  await app.ready();
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const db = await openPglite();
  // The app moves files' bytes out of the database as it starts: its tables must be there.
  await migrate(db);
  const app = await buildApp(loadConfig({}), db, { logger: false, backgroundJobs: false });
  await writeFile(OPENAPI_FILE, await generateOpenApi(app));
  await app.close();
  await db.close();
  console.log(`Wrote ${OPENAPI_FILE.pathname}`);
}
