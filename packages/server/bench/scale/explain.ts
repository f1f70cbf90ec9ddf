import { parseArgs } from 'node:util';
import { vietnamDate } from '@motcua/core';
import { openPostgres } from '../../src/db/postgres.js';
import { type GroupKey, figuresBy, figuresOf, subtreeOf } from '../../src/modules/statistics/index.js';
import type { AuthenticatedOfficer } from '../../src/platform/actor.js';
import type { Queue } from '../../src/platform/dossier-rules.js';
import { listStatementOf, recorded } from './plans.js';

/**
 * `npx tsx bench/scale/explain.ts --schema motcua_scale --officer chuyenvien.stc --queue all --q "nguyen van"`:
 * runs a page of a work queue as that officer sees it, under EXPLAIN (ANALYZE, BUFFERS), and prints
 * the plan: where a page that the scale bench finds slow spends its time.
 *
 * `npx tsx bench/scale/explain.ts --schema motcua_scale --figures --from 2026-01-01 --to 2026-12-04 [--agency CODE] [--by agency]`:
 * the same for each statement the statistics' figures of that scope and period send (grouped `--by`).
 */
const { values } = parseArgs({
  options: {
    schema: { type: 'string', default: 'motcua_scale' },
    officer: { type: 'string' },
    figures: { type: 'boolean', default: false },
    from: { type: 'string' },
    to: { type: 'string' },
    agency: { type: 'string' },
    by: { type: 'string' },
    queue: { type: 'string', default: 'all' },
    q: { type: 'string' },
    url: { type: 'string', default: process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
if (!values.officer && !values.figures) {
  console.error('--officer takes the username of the officer whose page to explain.');
  process.exit(2);
}
const db = openPostgres({ connectionString: values.url, schema: values.schema, maxConnections: 1 });

async function explainFigures(): Promise<void> {
  const now = new Date();
  const period = { from: values.from ?? `${vietnamDate(now).slice(0, 4)}-01-01`, to: values.to ?? vietnamDate(now) };
  const subtree = values.agency ? await subtreeOf(db, { code: values.agency }) : null;
  if (values.agency && !subtree) throw new Error(`no agency ${values.agency} in schema ${values.schema}`);
  const scope = subtree ? { agencyIds: subtree.ids } : {};
  const { sent } = await recorded(db, async (recording) => {
    await (values.by ? figuresBy(recording, scope, period, now, values.by as GroupKey) : figuresOf(recording, scope, period, now));
  });
  for (const statement of sent) {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params as unknown[]);
    console.log(`${statement.sql}\n${rows.map((row) => row['QUERY PLAN']).join('\n')}\n`);
  }
}

async function explainPage(): Promise<void> {
  const { rows: grants } = await db.query<{ id: string; role: string; agency_id: string; unit_id: string | null }>(
    'SELECT o.id, r.role, r.agency_id, r.unit_id FROM officers o JOIN officer_roles r ON r.officer_id = o.id WHERE o.username = $1',
    [values.officer],
  );
  if (!grants[0]) throw new Error(`no officer ${values.officer} with a role in schema ${values.schema}`);
  const officer = {
    id: grants[0].id,
    username: values.officer,
    fullName: values.officer,
    grants: grants.map((grant) => ({ role: grant.role, agencyId: grant.agency_id, unitId: grant.unit_id })),
  } as AuthenticatedOfficer;
  const statement = await listStatementOf(db, officer, { queue: values.queue as Queue, q: values.q });
  if (!statement) console.log('The officer has no key to scan in this queue: the page is answered without a query.');
  else {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params as unknown[]);
    console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
}

try {
  await (values.figures ? explainFigures() : explainPage());
} finally {
  await db.close();
}
