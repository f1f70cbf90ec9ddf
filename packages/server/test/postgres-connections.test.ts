import { describe, expect, it } from 'vitest';
import { connectionOptions, openPostgres } from '../src/db/postgres.js';

const URL_OF_TESTS = process.env.TEST_DATABASE_URL;

describe('the settings of every PostgreSQL connection', () => {
  it('keeps what the address asks, puts the schema first and turns JIT off', () => {
    expect(connectionOptions({ connectionString: 'postgres://db/motcua', schema: 'tinh' })).toBe('-c search_path=tinh,public -c jit=off');
    expect(connectionOptions({ connectionString: 'postgres://db/motcua?options=-c%20statement_timeout%3D5000' })).toBe('-c statement_timeout=5000 -c jit=off');
    expect(connectionOptions({ connectionString: 'not an address' })).toBe('-c jit=off');
  });

  it.runIf(URL_OF_TESTS)('holds on a real server, for pooled queries and transactions alike', async () => {
    const url = new URL(URL_OF_TESTS!);
    url.searchParams.set('options', '-c statement_timeout=12345');
    const db = openPostgres({ connectionString: url.toString(), schema: 'pg_catalog' });
    try {
      const show = async (setting: string) => (await db.query<Record<string, string>>(`SHOW ${setting}`)).rows[0]![setting];
      expect(await show('jit')).toBe('off');
      expect(await show('statement_timeout')).toBe('12345ms');
      expect(await show('search_path')).toBe('pg_catalog,public');
      await db.transaction(async (tx) => {
        expect((await tx.query<{ jit: string }>('SHOW jit')).rows[0]!.jit).toBe('off');
      });
    } finally {
      await db.close();
    }
  });
});
