import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS_DIR } from '../src/paths.js';
import { ENGINES, type OpenedDatabase } from './support/engines.js';

const ROLLUPS_MIGRATION = '044_statistics_agency_rollups.sql';

describe.each(ENGINES)("agencies' rollups of the statistics (migration 044) on $name", (engine) => {
  let opened: OpenedDatabase;

  beforeAll(async () => {
    opened = await engine.open();
  });
  afterAll(() => opened.dispose());

  it('builds the rollups of an installation that already has tallies from its month and year rows', async () => {
    const { db } = opened;
    const agency = '00000000-0000-4000-8000-000000000001';
    const procedures = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
    const officer = '00000000-0000-4000-8000-0000000000b1';
    // Two procedures' dossiers on two days of March, and an officer's step: the day, month and year rows a fold leaves.
    for (const [span, day] of [['d', '2026-03-02'], ['d', '2026-03-03'], ['m', '2026-03-01'], ['y', '2026-01-01']] as const) {
      const times = span === 'd' ? 1 : 2;
      for (const procedure of procedures) {
        await db.query(`INSERT INTO statistics_tallies (span, day, agency_id, procedure_id, channel, received, finished) VALUES ($1, $2, $3, $4, 'online', $5, $5)`, [span, day, agency, procedure, times]);
      }
      await db.query(`INSERT INTO statistics_tallies (span, day, agency_id, unit_id, officer_id, steps_started) VALUES ($1, $2, $3, NULL, $4, $5)`, [span, day, agency, officer, times]);
    }

    // The installation upgrades: migration 044 runs over these rows (it is written to run on any
    // database at or after 043, as its first run here did on an empty one).
    await db.query('DELETE FROM schema_migrations WHERE name = $1', [ROLLUPS_MIGRATION]);
    expect(await migrate(db, MIGRATIONS_DIR)).toEqual([ROLLUPS_MIGRATION]);
    const { rows } = await db.query<{ span: string; day: string; procedure_id: string | null; officer_id: string | null; channel: string | null; received: number; steps_started: number }>(
      `SELECT span, day::text, procedure_id, officer_id, channel, received::int, steps_started::int FROM statistics_tallies WHERE span IN ('M', 'Y') ORDER BY span, channel`,
    );
    expect(rows).toEqual([
      { span: 'M', day: '2026-03-01', procedure_id: null, officer_id: null, channel: 'online', received: 4, steps_started: 0 },
      { span: 'M', day: '2026-03-01', procedure_id: null, officer_id: null, channel: null, received: 0, steps_started: 2 },
      { span: 'Y', day: '2026-01-01', procedure_id: null, officer_id: null, channel: 'online', received: 4, steps_started: 0 },
      { span: 'Y', day: '2026-01-01', procedure_id: null, officer_id: null, channel: null, received: 0, steps_started: 2 },
    ]);
    expect((await db.query('SELECT * FROM statistics_span_differences()')).rows).toEqual([]);
  });
});
