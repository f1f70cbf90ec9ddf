import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { createSigning } from './modules/signing/credentials.js';

const config = loadConfig();
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`MotCua cannot open its database: ${error.message}`);
  process.exit(1);
});
if (config.seedDemo) await seedDemoIfEmpty(db, createSigning(config), { log: (line) => console.log(line) });
const app = await buildApp(config, db);

async function shutdown(signal: string) {
  app.log.info(`${signal}: shutting down`);
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`MotCua on http://localhost:${config.port} (database: ${db.kind}${db.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`);
