import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { seedDemoIfEmpty } from './demo/seed.js';
import { createSigning } from './modules/signing/credentials.js';
import { startDemoSigning } from './modules/signing/demo-signing.js';
import { openBlobStore } from './platform/blob-store/open.js';

const config = loadConfig();
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`MotCua cannot open its database: ${error.message}`);
  process.exit(1);
});
const app = await buildApp(config, db);

let signingSimulator: Awaited<ReturnType<typeof startDemoSigning>> | undefined;

async function shutdown(signal: string) {
  app.log.info(`${signal}: shutting down`);
  await signingSimulator?.close();
  await app.close();
  await db.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`MotCua on http://localhost:${config.port} (database: ${db.kind}${db.kind === 'pglite' ? ` in ${config.dataDir}` : ''})`);
// The demo takes about half a minute to create (it signs every approved result): the server answers
// meanwhile, and the demo's agencies, procedures and dossiers appear as they are written.
if (config.seedDemo) {
  await seedDemoIfEmpty(db, await openBlobStore(config.blobStore), createSigning(config), { log: (line) => app.log.info(line) }).catch((error: Error) => {
    app.log.error({ err: error }, 'the demo province could not be created');
  });
  const port = config.signingSimulatorPort;
  if (port !== undefined) {
    await startDemoSigning(db, { ...config, signingSimulatorPort: port })
      .then((started) => {
        signingSimulator = started;
        app.log.info(`Simulated remote signing service on http://localhost:${port} (a leader's phone: /phone/<username>)`);
      })
      .catch((error: Error) => app.log.error({ err: error }, 'the simulated remote signing service could not start'));
  }
}
