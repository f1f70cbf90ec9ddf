import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { API_TYPES_FILE, OPENAPI_DOCUMENT, apiTypes } from '../scripts/api-types.js';

it('has the types of the committed openapi.json (run `npm run contract` after changing a route)', async () => {
  const committed = await readFile(API_TYPES_FILE, 'utf8');
  expect(await apiTypes(await readFile(OPENAPI_DOCUMENT, 'utf8'))).toBe(committed);
});
