import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIELDS, DEMO_PROCEDURES } from '../src/demo/data/index.js';
import { publishVersion } from '../src/modules/procedures/repo.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';

/** What a citizen types, as the bench times it (bench/run.ts), and what the first answer's name must hold, without diacritics. */
const REAL_QUERIES: Array<[query: string, firstHolds: string]> = [
  ['dang ky khai sinh', 'dang ky khai sinh'],
  ['khai sih', 'khai sinh'],
  ['giay phep lai xe', 'giay phep lai xe'],
  ['cap doi giay phep', 'giay phep'],
  ['chung chi hanh nghe', 'hanh nghe'],
  ['ket hon co yeu to nuoc ngoai', 'dang ky ket hon co yeu to nuoc ngoai'],
  ['quyen su dung dat', 'quyen su dung dat'],
  ['ho kinh doanh', 'ho kinh doanh'],
  ['giấy phép xây', 'giay phep xay dung'],
  ['dang ky ket hn', 'dang ky ket hon'],
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

describe.each(ENGINES)('procedure search over the demo catalogue on $name', (engine) => {
  let t: TestApp;
  const search = async (q: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/public/procedures?q=${encodeURIComponent(q)}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Array<{ code: string; name: string }>; total: number };
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const field of DEMO_FIELDS) {
      await t.db.query('INSERT INTO fields (code, name, name_en) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING', [field.code, field.name, field.nameEn]);
    }
    for (const procedure of DEMO_PROCEDURES) await publishVersion(t.db, procedure, t.province.agencyIds.commune, null);
  });
  afterAll(() => t.close());

  it.each(REAL_QUERIES)('finds the procedure for "%s", typed without diacritics, with typos or in part', async (query, firstHolds) => {
    const { items, total } = await search(query);
    expect(total).toBeGreaterThan(0);
    expect(fold(items[0]!.name)).toContain(firstHolds);
  });

  it.each(['xyzabc khong co', 'qwerty asdf', 'zzqqxx'])('finds nothing for the nonsense "%s", rather than whatever shares a word with it', async (query) => {
    expect(await search(query)).toEqual({ items: [], total: 0 });
  });
});
