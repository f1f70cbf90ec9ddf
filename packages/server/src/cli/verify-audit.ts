import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { sealAuditLog, verifyAuditChain } from '../platform/audit.js';

/** `npm run audit:verify`: recomputes the audit log's hash chain; exit code 1 if it was tampered with. */
const config = loadConfig();
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`Cannot open the database: ${error.message}`);
  process.exit(2);
});
try {
  // Entries of finished transactions not yet chained by a running server are chained now.
  while ((await sealAuditLog(db)) > 0);
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    console.log(`Audit log intact: ${verdict.entries} entries, every hash verified (${verdict.unsealed} still being written).`);
  } else {
    console.error(`Audit log ALTERED at chain position ${verdict.brokenAt} (${verdict.reason}); the ${verdict.entries} entries before it are intact.`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
