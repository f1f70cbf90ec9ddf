import { fileURLToPath } from 'node:url';

/**
 * Where the server finds what it ships beside its code. This module sits one folder below the
 * package's root both as source (`src/paths.ts`, run by tsx and the tests) and once bundled
 * (`dist/main.js`, run by `npm start`), so the same relative addresses hold in both.
 */
const SERVER_ROOT = new URL('../', import.meta.url);

/** The numbered SQL migrations, read at every start. */
export const MIGRATIONS_DIR = new URL('src/db/migrations/', SERVER_ROOT);

/** The current text of every SQL function and trigger, applied after the migrations at every start. */
export const FUNCTIONS_DIR = new URL('src/db/functions/', SERVER_ROOT);

/** Where `npm run build` leaves the web application. */
export const WEB_DIST = fileURLToPath(new URL('../web/dist/', SERVER_ROOT));

/** The committed OpenAPI document (`npm run contract` rewrites it, and the types generated from it). */
export const OPENAPI_FILE = new URL('openapi.json', SERVER_ROOT);
