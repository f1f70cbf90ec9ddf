import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { verifyAuditChain } from '../platform/audit.js';

/** `npm run audit:verify`: recomputes the audit log's hash chain; exit code 1 if it was tampered with. */
const config = loadConfig();
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`Cannot open the database: ${error.message}`);
  process.exit(2);
});
try {
  const verdict = await verifyAuditChain(db);
  if (verdict.ok) {
    console.log(`Audit log intact: ${verdict.entries} entries, every hash verified.`);
  } else {
    console.error(`Audit log ALTERED at entry ${verdict.brokenAt} (${verdict.reason}); ${verdict.entries} entries before it are intact.`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
