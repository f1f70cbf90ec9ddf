import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { importLandRegister } from '../modules/land/service.js';
import { loadGrants } from '../platform/authentication.js';
import { AppError, FieldProblemsError } from '../platform/errors.js';

/**
 * `npm run land:import -- <commune code> <file.geojson> <username>`: imports a commune's GeoJSON
 * file (docs/land-import.md) into the database the server uses, as the named officer (a land
 * officer or an administrator of the commune or above), checked, written whole or not at all and
 * audited as through the API. For files too large to send over HTTP, or a first load.
 */
const [communeCode, path, username] = process.argv.slice(2);
if (!communeCode || !path || !username) {
  console.error('Usage: npm run land:import -- <commune agency code> <file.geojson> <officer username>');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config).catch((error: Error) => {
  console.error(`Cannot open the database: ${error.message}`);
  process.exit(2);
});
try {
  const { rows } = await db.query<{ id: string; username: string; full_name: string }>('SELECT id, username, full_name FROM officer_directory WHERE username = $1 AND active', [username]);
  const row = rows[0];
  if (!row) throw new Error(`No active officer ${username}.`);
  const officer = { id: row.id, username: row.username, fullName: row.full_name, grants: await loadGrants(db, row.id) };
  const file: unknown = JSON.parse(await readFile(path, 'utf8'));
  const summary = await importLandRegister({ db, now: () => new Date() }, { kind: 'officer', officer, ip: 'cli' }, communeCode, file);
  console.log(
    `${summary.commune.name}: ${summary.parcelsAdded} parcels added, ${summary.parcelsChanged} changed, ${summary.parcelsUnchanged} unchanged; ` +
      `${summary.holdersChanged} holders or certificates recorded; ${summary.planningZones} planning zones written${summary.boundary ? '; boundary written' : ''}.`,
  );
} catch (error) {
  if (error instanceof FieldProblemsError) {
    console.error(error.vi);
    for (const problem of error.problems) console.error(`  ${problem.vi}\n    ${problem.en}`);
  } else {
    console.error(error instanceof AppError ? `${error.vi}\n${error.en}` : (error as Error).message);
  }
  process.exitCode = 1;
} finally {
  await db.close();
}
