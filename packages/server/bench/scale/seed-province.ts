import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOSSIER_ACTIONS, DOSSIER_RATABLE_STATES, notifiesApplicant } from '@motcua/core';
import { loadConfig } from '../../src/config.js';
import type { Database, Queryable } from '../../src/db/database.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';
import { createCalendarService } from '../../src/modules/calendar/service.js';
import type { DossierDeps } from '../../src/modules/dossiers/service.js';
import { resultSigner } from '../../src/modules/results/issue.js';
import { type Random, createRandom } from '../../src/demo/people.js';
import { createSigning } from '../../src/modules/signing/credentials.js';
import { openBlobStore } from '../../src/platform/blob-store/open.js';
import { MAP_TABLES, communeFamilies, growCommunes } from './communes.js';
import { SHIFT_INSTANTS_FUNCTION, copyStatement } from './copy.js';
import { liveWhatTemplatesLack } from './present.js';
import { type CloneOrder, type ProvinceShape, type Template, allocate, dayOf, planWeek, weekStarts, weekWeight } from './plan.js';

/**
 * Fills a migrated, empty database with a province at scale: the demo (its agencies, officers,
 * catalogue and 300 dossiers lived through the real services), grown to its real number of
 * communes, and then `dossiers` copies of the demo's dossiers spread over the past `years`, week by
 * week from the oldest, each week in one transaction. What it leaves is consistent as the product
 * expects it: codes unique per agency and day, register lines in order of reception per agency and
 * year with the sequences ready to go on, every step and event copied, the applicants' notices, the audit chain sealed
 * (one entry per week copied, saying so).
 */

export interface ScaleOptions {
  dossiers: number;
  communes: number;
  years: number;
  seed: number;
  /** Demo dossiers lived through the services, the templates of every copy (the demo makes 300). */
  templates?: number;
  log: (line: string) => void;
}

const WORKING_TABLES = `
${MAP_TABLES}
CREATE UNLOGGED TABLE scale_batch (
  ord integer PRIMARY KEY, template_id uuid NOT NULL, new_id uuid NOT NULL DEFAULT gen_random_uuid(),
  shift_days integer NOT NULL, shift interval GENERATED ALWAYS AS (make_interval(days => shift_days)) STORED,
  from_agency uuid, to_agency uuid,
  applicant_type text NOT NULL, applicant_name text NOT NULL, applicant_id_number text NOT NULL,
  applicant_phone text NOT NULL, applicant_email text NOT NULL, applicant_address text NOT NULL, lookup_code text NOT NULL,
  by_post boolean NOT NULL, pays_online boolean NOT NULL, second_supplement boolean NOT NULL, rating text, rated_after integer NOT NULL,
  code text, agency_id uuid, volume text, register_line integer
);
CREATE UNLOGGED TABLE scale_code_days (agency_code text NOT NULL, day date NOT NULL, last integer NOT NULL, PRIMARY KEY (agency_code, day));
CREATE UNLOGGED TABLE scale_counters (series text NOT NULL, agency_id uuid NOT NULL, period text NOT NULL, last integer NOT NULL, PRIMARY KEY (series, agency_id, period));
${SHIFT_INSTANTS_FUNCTION};
`;

const DROP_WORKING_TABLES = `
DROP TABLE scale_batch, scale_code_days, scale_counters, scale_unit_map, scale_officer_map, scale_communes;
DROP FUNCTION scale_shift_instants(jsonb, interval);
`;

// The applicants' ratings of the copies that ended rateable (core DOSSIER_RATABLE_STATES), given online
// as the ratings module links them: to the receiving agency and the officer who received or refused
// the dossier. Only those given before now.
const RATE_BATCH = `
INSERT INTO ratings (agency_id, dossier_id, officer_id, score, channel, created_at)
SELECT d.receiving_agency_id, d.id,
       (SELECT e.actor_officer_id FROM dossier_events e WHERE e.dossier_id = d.id AND e.action IN ('receive', 'receive_at_counter', 'refuse') ORDER BY e.id LIMIT 1),
       b.rating, 'online', r.at
  FROM scale_batch b JOIN dossiers d ON d.id = b.new_id
 CROSS JOIN LATERAL (SELECT coalesce(d.returned_at, d.finished_at, d.updated_at) + make_interval(mins => b.rated_after) AS at) r
 WHERE b.rating IS NOT NULL AND d.state IN (${DOSSIER_RATABLE_STATES.map((state) => `'${state}'`).join(', ')}) AND r.at < now()`;

// A copy asked for its supplement twice repeats its template's request and supply: the first supply
// comes halfway through the template's wait, at the hour of the request (on the Friday before, if
// that is a weekend; an hour after the request, if that is sooner), the officer asks again a quarter
// of an hour later, and the second supply comes when the template's did; the working minutes waited
// are split between the two. Its events keep their order of ids.
const SUPPLEMENT_PAIR = `t.action IN ('request_supplement', 'submit_supplement')`;
const REPEATED_SUPPLEMENT = `
  JOIN LATERAL (VALUES (1), (2)) k (copy) ON k.copy = 1 OR (b.second_supplement AND ${SUPPLEMENT_PAIR})
  LEFT JOIN LATERAL (
    SELECT r.id, greatest(r.occurred_at + interval '1 hour',
                          h.day - make_interval(days => greatest(extract(isodow FROM h.day AT TIME ZONE 'Asia/Ho_Chi_Minh')::int - 5, 0))) AS middle
      FROM dossier_events r JOIN dossier_events s ON s.dossier_id = r.dossier_id AND s.action = 'submit_supplement' AND s.id > r.id
     CROSS JOIN LATERAL (SELECT r.occurred_at + make_interval(days => extract(day FROM s.occurred_at - r.occurred_at)::int / 2) AS day) h
     WHERE b.second_supplement AND r.dossier_id = t.dossier_id AND r.action = 'request_supplement' ORDER BY s.id LIMIT 1) again ON true`;
const WAITED = `coalesce((t.data->>'waitedWorkingMinutes')::int, 0)`;

// The calendar year registers and receipt books count in (db/functions/dossier-numbers.sql).
const VOLUME = (instant: string) => `installation_year(${instant})`;

const PLACE_BATCH = `
WITH placed AS (
  SELECT b.ord, a.id AS agency_id, a.code AS agency_code,
         to_date(split_part(t.code, '-', 2), 'YYMMDD') + b.shift_days AS code_day,
         t.register_line IS NOT NULL AS registered,
         ${VOLUME('t.received_at + b.shift')} AS volume,
         coalesce(t.received_at, t.submitted_at) + b.shift AS arrived
    FROM scale_batch b JOIN dossiers t ON t.id = b.template_id
    JOIN agencies a ON a.id = CASE WHEN t.receiving_agency_id = b.from_agency THEN b.to_agency ELSE t.receiving_agency_id END
), numbered AS (
  SELECT p.*,
         coalesce(c.last, 0) + row_number() OVER (PARTITION BY p.agency_code, p.code_day ORDER BY p.arrived, p.ord) AS number,
         coalesce(r.last, 0) + row_number() OVER (PARTITION BY p.agency_id, p.volume, p.registered ORDER BY p.arrived, p.ord) AS line
    FROM placed p
    LEFT JOIN scale_code_days c ON c.agency_code = p.agency_code AND c.day = p.code_day
    LEFT JOIN scale_counters r ON r.series = 'register_lines' AND r.agency_id = p.agency_id AND r.period = p.volume
)
UPDATE scale_batch b
   SET code = n.agency_code || '-' || to_char(n.code_day, 'YYMMDD') || '-' || lpad(n.number::text, 4, '0'),
       agency_id = n.agency_id, volume = n.volume, register_line = CASE WHEN n.registered THEN n.line END
  FROM numbered n WHERE n.ord = b.ord`;

const COUNT_BATCH = `
INSERT INTO scale_code_days (agency_code, day, last)
SELECT split_part(code, '-', 1), to_date(split_part(code, '-', 2), 'YYMMDD'), max(split_part(code, '-', 3)::int) FROM scale_batch GROUP BY 1, 2
ON CONFLICT (agency_code, day) DO UPDATE SET last = excluded.last;
INSERT INTO scale_counters (series, agency_id, period, last)
SELECT 'register_lines', agency_id, volume, max(register_line) FROM scale_batch WHERE register_line IS NOT NULL GROUP BY 2, 3
ON CONFLICT (series, agency_id, period) DO UPDATE SET last = excluded.last;
`;

// The copies' payments get the next numbers of their agency's receipt book for the year.
const NUMBER_RECEIPTS = `
WITH paid AS (
  SELECT e.id, b.agency_id, ${VOLUME('e.occurred_at')} AS year
    FROM scale_batch b JOIN dossier_events e ON e.dossier_id = b.new_id AND e.action = 'confirm_fee_paid'
), numbered AS (
  SELECT p.*, coalesce(c.last, 0) + row_number() OVER (PARTITION BY p.agency_id, p.year ORDER BY p.id) AS number
    FROM paid p LEFT JOIN scale_counters c ON c.series = 'fee_receipts' AND c.agency_id = p.agency_id AND c.period = p.year
), made AS (
  INSERT INTO fee_receipts (payment_event_id, agency_id, year, number) SELECT id, agency_id, year, number FROM numbered RETURNING agency_id, year, number
)
INSERT INTO scale_counters (series, agency_id, period, last)
SELECT 'fee_receipts', agency_id, year, max(number) FROM made GROUP BY 2, 3
ON CONFLICT (series, agency_id, period) DO UPDATE SET last = excluded.last`;

// What the copies' applicants were told (migrations/011): a notice by e-mail and by SMS, to the
// contact they gave, of each action the applicant hears of, once their contact could be trusted
// (core contactConfirmed). Delivered a few seconds later; in the last month one in fifty failed,
// for the counter to follow up. Copies keep the facts of their notices, not the texts the outbox
// worker renders when it sends one.
const NOTIFY_BATCH = `
INSERT INTO notifications (dossier_id, agency_id, event_id, about, channel, recipient, facts, status, attempts, last_error, created_at, sent_at)
SELECT e.dossier_id, d.receiving_agency_id, e.id, e.action, c.channel, c.recipient,
       jsonb_build_object('action', e.action, 'lookupCode', d.lookup_code, 'procedureName', p.name, 'applicantType', d.applicant_type,
                          'applicantName', d.applicant_name, 'agencyId', coalesce(e.from_agency_id, d.receiving_agency_id), 'handlerName', '',
                          'occurredAt', e.occurred_at, 'dueAt', d.due_at, 'reason', e.comment,
                          'missingComponents', coalesce(e.data->'missingComponents', '[]'::jsonb), 'feeAmountVnd', e.data->'feeAmountVnd',
                          'returnMethod', e.data->'returnMethod'),
       f.status, CASE f.status WHEN 'failed' THEN 3 ELSE 1 END,
       CASE f.status WHEN 'failed' THEN CASE c.channel WHEN 'email' THEN '550 5.1.1 mailbox unavailable' ELSE 'SMS carrier: subscriber unreachable' END END,
       e.occurred_at, CASE f.status WHEN 'sent' THEN e.occurred_at + interval '20 seconds' END
  FROM scale_batch b JOIN dossiers d ON d.id = b.new_id JOIN procedures p ON p.id = d.procedure_id
  JOIN dossier_events e ON e.dossier_id = d.id
 CROSS JOIN LATERAL (VALUES ('email', lower(d.applicant_email)), ('sms', d.applicant_phone)) c (channel, recipient)
 CROSS JOIN LATERAL (SELECT CASE WHEN e.occurred_at > now() - interval '30 days' AND abs(hashtext(e.id || c.channel)) % 50 = 0
                                 THEN 'failed' ELSE 'sent' END AS status) f
 WHERE e.action IN (${DOSSIER_ACTIONS.filter(notifiesApplicant).map((action) => `'${action}'`).join(', ')}) AND c.recipient <> ''
   AND (d.channel <> 'online' OR d.citizen_id IS NOT NULL OR e.occurred_at >= d.received_at)`;

const BATCH_COLUMNS = ['template_id', 'shift_days', 'from_agency', 'to_agency', 'applicant_type', 'applicant_name', 'applicant_id_number', 'applicant_phone', 'applicant_email', 'applicant_address', 'lookup_code', 'by_post', 'pays_online', 'second_supplement', 'rating', 'rated_after'] as const;
const BATCH_TYPES = ['uuid', 'int', 'uuid', 'uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'boolean', 'boolean', 'boolean', 'text', 'int'];
const INSERT_BATCH = `INSERT INTO scale_batch (ord, ${BATCH_COLUMNS.join(', ')})
  SELECT row_number() OVER (), * FROM unnest(${BATCH_TYPES.map((type, index) => `$${index + 1}::${type}[]`).join(', ')})`;

function batchArrays(orders: readonly CloneOrder[]): unknown[][] {
  const field: Record<(typeof BATCH_COLUMNS)[number], (order: CloneOrder) => unknown> = {
    template_id: (order) => order.templateId,
    shift_days: (order) => order.shiftDays,
    from_agency: (order) => order.fromAgencyId,
    to_agency: (order) => order.toAgencyId,
    applicant_type: (order) => order.applicantType,
    applicant_name: (order) => order.applicantName,
    applicant_id_number: (order) => order.applicantIdNumber,
    applicant_phone: (order) => order.applicantPhone,
    applicant_email: (order) => order.applicantEmail,
    applicant_address: (order) => order.applicantAddress,
    lookup_code: (order) => order.lookupCode,
    by_post: (order) => order.byPost,
    pays_online: (order) => order.paysOnline,
    second_supplement: (order) => order.secondSupplement,
    rating: (order) => order.rating,
    rated_after: (order) => order.ratedAfterMinutes,
  };
  return BATCH_COLUMNS.map((column) => orders.map(field[column]));
}

async function loadTemplates(db: Queryable): Promise<Template[]> {
  const families = await communeFamilies(db);
  const { rows } = await db.query<{
    id: string; code_day: string; last_day: string; finished: boolean; organisation: boolean; receiving: string; competent: string; online: boolean; fee_paid: boolean; supplied_once: boolean;
  }>(
    `SELECT d.id, to_char(to_date(split_part(d.code, '-', 2), 'YYMMDD'), 'YYYY-MM-DD') AS code_day,
            to_char((greatest(d.submitted_at, (SELECT max(e.occurred_at) FROM dossier_events e WHERE e.dossier_id = d.id)) AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM-DD') AS last_day,
            -- A refusal at reception ends a dossier without a finishing instant.
            d.finished_at IS NOT NULL OR d.state = 'refused' AS finished, d.applicant_type = 'organisation' AS organisation,
            d.receiving_agency_id AS receiving, d.competent_agency_id AS competent, d.channel = 'online' AS online,
            EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'confirm_fee_paid') AS fee_paid,
            (SELECT coalesce(count(*) = 1 AND bool_and(n.action = 'submit_supplement'), false)
               FROM dossier_events r
               LEFT JOIN LATERAL (SELECT x.action FROM dossier_events x WHERE x.dossier_id = r.dossier_id AND x.id > r.id ORDER BY x.id LIMIT 1) n ON true
              WHERE r.dossier_id = d.id AND r.action = 'request_supplement') AS supplied_once
       FROM dossiers d ORDER BY d.code`,
  );
  return rows.map((row) => ({
    id: row.id,
    codeDay: dayOf(row.code_day),
    lastDay: dayOf(row.last_day),
    finished: row.finished,
    organisation: row.organisation,
    communeId: [row.receiving, row.competent].find((agencyId) => families.has(agencyId)) ?? null,
    online: row.online,
    feePaid: row.fee_paid,
    suppliedOnce: row.supplied_once,
  }));
}

interface CopyStatements {
  dossiers: string;
  steps: string;
  events: string;
  digitised: string;
}

async function copyStatements(db: Queryable): Promise<CopyStatements> {
  const fromBatch = (column: string) => `b.${column}`;
  const applicant = Object.fromEntries(BATCH_COLUMNS.filter((column) => column.startsWith('applicant_')).map((column) => [column, fromBatch(column)]));
  const own = { ...applicant, ...Object.fromEntries(['code', 'lookup_code', 'register_line'].map((column) => [column, fromBatch(column)])) };
  return {
    dossiers: await copyStatement(db, 'dossiers', 't.id = b.template_id', 't.id', {
      ...own,
      id: 'b.new_id',
      citizen_id: 'NULL',
      channel: `CASE WHEN b.by_post THEN 'post' ELSE t.channel END`,
      return_method: `CASE WHEN b.by_post AND t.return_method IS NOT NULL THEN 'post' ELSE t.return_method END`,
      supplement_count: 't.supplement_count + b.second_supplement::int',
      version: 't.version + 2 * b.second_supplement::int',
    }),
    steps: await copyStatement(db, 'dossier_steps', 't.dossier_id = b.template_id', 't.visit'),
    events: await copyStatement(db, 'dossier_events', `t.dossier_id = b.template_id ${REPEATED_SUPPLEMENT}`, `CASE WHEN again.id IS NOT NULL AND ${SUPPLEMENT_PAIR} THEN again.id ELSE t.id END, k.copy, t.id`, {
      actor_name: 'coalesce((SELECT m.to_name FROM scale_officer_map m WHERE m.from_id = t.actor_officer_id AND m.agency_id = b.to_agency), t.actor_name)',
      occurred_at: `CASE WHEN again.id IS NOT NULL AND ((t.action = 'submit_supplement' AND k.copy = 1) OR (t.action = 'request_supplement' AND k.copy = 2))
                         THEN again.middle + CASE t.action WHEN 'request_supplement' THEN interval '15 minutes' ELSE interval '0' END
                         ELSE t.occurred_at END + b.shift`,
      // What the payment platform reports with a payment made online is what the statistics count.
      data: `CASE WHEN again.id IS NOT NULL AND t.action = 'submit_supplement'
                  THEN jsonb_set(t.data, '{waitedWorkingMinutes}', to_jsonb(CASE k.copy WHEN 1 THEN ${WAITED} / 2 ELSE ${WAITED} - ${WAITED} / 2 END))
                  WHEN b.pays_online AND t.action = 'confirm_fee_paid' THEN t.data || '{"method": "online"}'
                  ELSE scale_shift_instants(t.data, b.shift) END`,
    }),
    // The scans a dossier brought become its applicant's digitised documents (the reception trigger's
    // work, done here in bulk: every copy's applicant is new, so nothing is reused). Results are not
    // copied, so neither are their digitised copies.
    digitised: await copyStatement(db, 'digitised_documents', 't.dossier_id = b.template_id AND t.signed_result_id IS NULL', 't.id', { ...applicant, reused_from: 'NULL' }),
  };
}

/**
 * The current year of a series goes on from the highest number given in it: its period starts at
 * the bottom of the agency's sequence, which stands at that number.
 */
async function continueSeries(tx: Queryable, series: string, year: string, highest: string): Promise<void> {
  await tx.query(
    `WITH last AS (${highest})
     INSERT INTO agency_number_periods (series, agency_id, period, base) SELECT $1, agency_id, $2, 0 FROM last
     ON CONFLICT (series, agency_id, period) DO UPDATE SET base = 0`,
    [series, year],
  );
  await tx.query(`WITH last AS (${highest}) SELECT setval(agency_number_sequence($1, agency_id)::regclass, number) FROM last`, [series, year]);
}

/**
 * Register lines of the years the demo lived in renumbered in order of reception (the copies of
 * those years came after the demo's own), and the current year's lines and receipts set to go on.
 */
async function settleNumbers(db: Database, demoYears: readonly string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `UPDATE dossiers d SET register_line = r.line
         FROM (SELECT id, row_number() OVER (PARTITION BY receiving_agency_id, ${VOLUME('received_at')} ORDER BY received_at, code)::int AS line
                 FROM dossiers WHERE register_line IS NOT NULL AND ${VOLUME('received_at')} = ANY ($1)) r
        WHERE r.id = d.id AND d.register_line IS DISTINCT FROM r.line`,
      [demoYears],
    );
    const year = (await tx.query<{ year: string }>(`SELECT ${VOLUME('now()')} AS year`)).rows[0]!.year;
    await continueSeries(tx, 'register_lines', year,
      `SELECT receiving_agency_id AS agency_id, max(register_line) AS number FROM dossiers WHERE register_line IS NOT NULL AND ${VOLUME('received_at')} = $2 GROUP BY 1`);
    await continueSeries(tx, 'fee_receipts', year, 'SELECT agency_id, max(number) AS number FROM fee_receipts WHERE year = $2 GROUP BY 1');
  });
}

/**
 * Runs a bulk write into `tables` with their secondary indexes dropped (but those named to keep,
 * which the write itself reads) and built again afterwards: one sort per index instead of an index
 * insertion per row (a GIN index of trigrams most of all; a dozen B-trees of the dossiers too, which
 * outgrow the cache at millions of rows).
 */
async function withIndexesBuiltAfter(db: Database, tables: Record<string, readonly string[]>, write: () => Promise<void>): Promise<void> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[]) AND NOT i.indexname = ANY($2::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = current_schema()::regnamespace)`,
    [Object.keys(tables), Object.values(tables).flat()],
  );
  for (const index of rows) await db.exec(`DROP INDEX ${index.name}`);
  try {
    await write();
  } finally {
    await db.transaction(async (tx) => {
      await tx.exec(`SET LOCAL maintenance_work_mem = '512MB'`);
      for (const index of rows) await tx.exec(index.definition);
    });
  }
}

/**
 * Seals the chain to its end. An entry is sealed once no transaction older than it still runs, so
 * while another session of the same server keeps one open, this waits for it (a minute at most).
 */
async function sealAudit(db: Database): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await db.query<{ sealed: number }>('SELECT seal_audit_log(5000) AS sealed');
    if (rows[0]!.sealed > 0) continue;
    const { rows: left } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL');
    if (left[0]!.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${left[0]!.n} audit entries stay unsealed: a transaction of another session has been open for a minute`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function seedProvince(db: Database, options: ScaleOptions): Promise<{ dossiers: number; lived: string[]; seconds: number }> {
  const started = Date.now();
  const random = createRandom(options.seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-scale-'));
  let lived: string[];
  try {
    const config = loadConfig({ MOTCUA_DATA_DIR: dataDir });
    const blobStore = await openBlobStore({ kind: 'directory', dir: join(dataDir, 'files') });
    const signing = createSigning({ ...config, seedDemo: true });
    await seedDemoIfEmpty(db, blobStore, signing, { log: options.log, dossiers: options.templates ?? 300 });
    const deps: DossierDeps = { db, blobStore, calendar: createCalendarService(db), signResult: resultSigner({ blobs: blobStore, signing }), notify: new Set(), now: () => new Date() };
    lived = await liveWhatTemplatesLack(deps, random);
    if (lived.length) options.log(`Lived today what no demo dossier had: ${lived.join(', ')}.`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  await db.exec(WORKING_TABLES);
  const made = await db.transaction((tx) => growCommunes(tx, random, options.communes));
  options.log(`Communes added: ${made}.`);
  await db.exec(`INSERT INTO scale_code_days SELECT split_part(code, '-', 1), to_date(split_part(code, '-', 2), 'YYMMDD'), max(split_part(code, '-', 3)::int) FROM dossiers GROUP BY 1, 2`);
  await db.exec(`INSERT INTO scale_counters SELECT 'register_lines', receiving_agency_id, ${VOLUME('received_at')}, max(register_line) FROM dossiers WHERE register_line IS NOT NULL GROUP BY 2, 3`);
  await db.exec(`INSERT INTO scale_counters SELECT 'fee_receipts', agency_id, year, max(number) FROM fee_receipts GROUP BY 2, 3`);
  const demoYears = (await db.query<{ year: string }>(`SELECT DISTINCT ${VOLUME('received_at')} AS year FROM dossiers WHERE register_line IS NOT NULL`)).rows.map((row) => row.year);

  const shape = {
    today: dayOf(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)),
    weeks: Math.round((options.years * 365.25) / 7),
    templates: await loadTemplates(db),
    communeFamilies: await communeFamilies(db),
  };
  const starts = weekStarts(shape.today, shape.weeks);
  const counts = allocate(options.dossiers, starts.map((first) => weekWeight(first, shape.today, shape.weeks)));
  const statements = await copyStatements(db);
  // What the dossiers' triggers derive from each row is made in bulk instead: the digitised
  // documents with each week (the trigger would look up, for every copy, all the earlier copies
  // that name the demo's one sample scan), the queue entries and tallies once at the end.
  const derivingTables = ['dossiers', 'dossier_steps', 'dossier_events', 'ratings'];
  for (const table of derivingTables) await db.exec(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  try {
    // The copies find their templates' steps and events, and their own payments, by dossier.
    const readByCopy = { dossiers: [], dossier_steps: ['dossier_steps_dossier'], dossier_events: ['dossier_events_dossier'], notifications: [] };
    // Register lines are renumbered before the indexes come back: one UPDATE of millions of rows
    // costs an index insertion per row and index, and took longer than the copy's index builds.
    await withIndexesBuiltAfter(db, readByCopy, async () => {
      await copyWeeks(db, shape, starts, counts, statements, random, options, started);
      await settleNumbers(db, demoYears);
      options.log(`Register lines numbered (${Math.round((Date.now() - started) / 1000)} s).`);
    });
  } finally {
    for (const table of derivingTables) await db.exec(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  }
  options.log(`Indexes of the dossiers and notices built (${Math.round((Date.now() - started) / 1000)} s).`);
  await withIndexesBuiltAfter(db, { dossier_queue_entries: [] }, () => db.exec('SELECT rebuild_dossier_queues_and_tallies()'));
  options.log(`Queue entries and tallies built (${Math.round((Date.now() - started) / 1000)} s).`);
  await withIndexesBuiltAfter(db, { statistics_tallies: ['statistics_tallies_key'] }, () => db.exec('SELECT rebuild_statistics_tallies()'));
  options.log(`Statistics tallies built (${Math.round((Date.now() - started) / 1000)} s).`);
  await sealAudit(db);
  await db.exec(DROP_WORKING_TABLES);
  // As autovacuum leaves an installation that has run for years: statistics, and the visibility map
  // set, without which no index-only scan is worth planning.
  await db.exec(`VACUUM ANALYZE agencies, units, officers, officer_roles, procedures, dossiers, dossier_steps, dossier_events, digitised_documents, audit_log,
                         dossier_queue_entries, dossier_state_tallies, statistics_tallies, notifications, ratings`);
  return { dossiers: options.dossiers, lived, seconds: (Date.now() - started) / 1000 };
}

async function copyWeeks(db: Database, shape: ProvinceShape, starts: number[], counts: number[], statements: CopyStatements, random: Random, options: ScaleOptions, started: number) {
  let copied = 0;
  // A week no template fits (none can move there without passing today) hands its share on.
  let owed = 0;
  for (const [index, first] of starts.entries()) {
    owed += counts[index]!;
    const orders = planWeek(random, shape, first, owed);
    owed -= orders.length;
    if (!orders.length) continue;
    await db.transaction(async (tx) => {
      // The growing tables' statistics lag behind, so the planner overestimates these statements and
      // compiles each with JIT: a second per statement, for copies that take milliseconds.
      await tx.exec('SET LOCAL jit = off');
      await tx.exec('TRUNCATE scale_batch');
      await tx.query(INSERT_BATCH, batchArrays(orders));
      // Without statistics the planner guesses the batch is big and scans the growing tables to join it.
      await tx.exec('ANALYZE scale_batch');
      await tx.exec(PLACE_BATCH);
      await tx.exec(statements.dossiers);
      await tx.exec(statements.steps);
      await tx.exec(statements.events);
      await tx.exec(statements.digitised);
      await tx.exec(COUNT_BATCH);
      await tx.exec(NUMBER_RECEIPTS);
      await tx.exec(NOTIFY_BATCH);
      await tx.exec(RATE_BATCH);
      await tx.query(
        `SELECT append_audit(now(), 'system', NULL, 'MotCua scale seeder', 'scale.dossiers_copied', 'dossier', NULL, '', jsonb_build_object('weekStarting', $1::text, 'dossiers', $2::int))`,
        [new Date(first * 86_400_000).toISOString().slice(0, 10), orders.length],
      );
    });
    copied += orders.length;
    if (index % 26 === 25 || index === starts.length - 1) options.log(`${copied.toLocaleString('en')} dossiers copied (${Math.round((Date.now() - started) / 1000)} s).`);
  }
  if (copied !== options.dossiers) throw new Error(`only ${copied} of ${options.dossiers} dossiers found a week to go to`);
}
