import { readFile, writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, OPENAPI_DOCUMENT, apiTypes } from './api-types.js';

/** `npm run types -w @motcua/contract` (and `npm run contract`, after the document): rewrites src/generated/openapi.ts. */
await writeFile(API_TYPES_FILE, await apiTypes(await readFile(OPENAPI_DOCUMENT, 'utf8')));
console.log(`Wrote ${API_TYPES_FILE.pathname}`);
