import { DOSSIER_STATES, isDossierCode } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProvince } from '../bench/scale/seed-province.js';
import { verifyAuditChain } from '../src/platform/audit.js';
import { ENGINES, type OpenedDatabase } from './support/engines.js';

const VIETNAM_DAY = (instant: string) => `to_char((${instant} AT TIME ZONE 'UTC') + interval '7 hours', 'YYMMDD')`;

describe.each(ENGINES)('the province at scale on $name', (engine) => {
  let opened: OpenedDatabase;
  let copied: number;
  let lived: string[];
  beforeAll(async () => {
    opened = await engine.open();
    ({ dossiers: copied, lived } = await seedProvince(opened.db, { dossiers: 600, communes: 12, years: 1, seed: 7, templates: 60, log: () => {} }));
    // The demo's lives and those lived today go through the services one action at a time.
  }, 600_000);
  afterAll(() => opened.dispose());
  const rows = async <T>(sql: string, params: unknown[] = []) => (await opened.db.query<T>(sql, params)).rows;

  it('holds the demo’s dossiers and every copy asked for, all in the past, with codes unique and well-formed', async () => {
    expect(copied).toBe(600);
    const [counts] = await rows<{ total: number; codes: number; future: number }>(
      `SELECT count(*)::int AS total, count(DISTINCT code)::int AS codes,
              (SELECT count(*)::int FROM dossier_events WHERE occurred_at > now()) AS future FROM dossiers`,
    );
    // The demo's 60, the demo citizen's own (its fee still to pay), one lived today for each thing they lacked, and the copies.
    const total = 660 + 1 + lived.length;
    expect(counts).toEqual({ total, codes: total, future: 0 });
    const codes = await rows<{ code: string; submitted: string; received: string | null }>(
      `SELECT code, ${VIETNAM_DAY('submitted_at')} AS submitted, ${VIETNAM_DAY('received_at')} AS received FROM dossiers`,
    );
    for (const { code, submitted, received } of codes) {
      expect(isDossierCode(code), code).toBe(true);
      expect([submitted, received], code).toContain(code.split('-')[1]);
    }
  });

  it('gives the communes made in the image of the demo’s their own dossiers, units and officers', async () => {
    const [communes] = await rows<{ communes: number; with_dossiers: number; staffed: number }>(
      `SELECT count(*)::int AS communes,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM dossiers d WHERE d.receiving_agency_id = a.id OR d.competent_agency_id = a.id))::int AS with_dossiers,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM officer_roles r WHERE r.agency_id = a.id))::int AS staffed
         FROM agencies a WHERE kind = 'commune' AND abolished_on IS NULL`,
    );
    expect(communes).toEqual({ communes: 12, with_dossiers: 12, staffed: 12 });
    // A copied step is handled at its dossier's commune by that commune's officers, never by the model's.
    const [strangers] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id JOIN agencies a ON a.id = s.agency_id
        WHERE a.kind = 'commune' AND s.assignee_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM officer_roles r WHERE r.officer_id = s.assignee_id AND r.agency_id = s.agency_id)`,
    );
    expect(strangers!.n).toBe(0);
  });

  it('copies every step and event, shifted by whole weeks', async () => {
    const [lonely] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id)`,
    );
    expect(lonely!.n).toBe(0);
    const [unfinishedStepless] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossiers d WHERE d.current_step_index IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dossier_steps s WHERE s.dossier_id = d.id)`,
    );
    expect(unfinishedStepless!.n).toBe(0);
    // Scans brought at reception are the applicant's digitised documents, as the reception trigger makes them.
    const [digitised] = await rows<{ without: number; strangers: number }>(
      `SELECT (SELECT count(*)::int FROM dossiers d WHERE d.received_at IS NOT NULL AND d.components @? '$[*].fileIds[*]'
                 AND NOT EXISTS (SELECT 1 FROM digitised_documents g WHERE g.dossier_id = d.id)) AS without,
              (SELECT count(*)::int FROM digitised_documents g JOIN dossiers d ON d.id = g.dossier_id
                WHERE g.applicant_id_number <> d.applicant_id_number OR g.applicant_name <> d.applicant_name) AS strangers`,
    );
    expect(digitised).toEqual({ without: 0, strangers: 0 });
    const [shares] = await rows<{ finished: number; overdue: number }>(
      `SELECT avg((finished_at IS NOT NULL)::int)::float AS finished, avg((finished_at IS NULL AND due_at < now())::int)::float AS overdue FROM dossiers`,
    );
    expect(shares!.finished).toBeGreaterThan(0.7);
    expect(shares!.overdue).toBeLessThan(0.1);
  });

  it('holds dossiers in every state, refused and rejected ones, second supplements, fees paid online, post, and ratings', async () => {
    const states = await rows<{ state: string }>('SELECT DISTINCT state FROM dossiers ORDER BY state');
    expect(states.map((row) => row.state)).toEqual([...DOSSIER_STATES].sort());
    const [kinds] = await rows<{ rejected: number; twice: number; post: number; paid_online: number; dossier_ratings: number; scores: number; ticket_ratings: number; early_ratings: number }>(
      `SELECT (SELECT count(*)::int FROM dossiers WHERE outcome = 'rejected') AS rejected,
              (SELECT count(*)::int FROM dossiers WHERE supplement_count > 1) AS twice,
              (SELECT count(*)::int FROM dossiers WHERE channel = 'post') AS post,
              (SELECT count(*)::int FROM dossier_events WHERE action = 'confirm_fee_paid' AND data->>'method' = 'online') AS paid_online,
              (SELECT count(*)::int FROM ratings WHERE dossier_id IS NOT NULL) AS dossier_ratings,
              (SELECT count(DISTINCT score)::int FROM ratings WHERE dossier_id IS NOT NULL) AS scores,
              (SELECT count(*)::int FROM ratings WHERE ticket_id IS NOT NULL) AS ticket_ratings,
              (SELECT count(*)::int FROM ratings r JOIN dossiers d ON d.id = r.dossier_id
                WHERE r.created_at > now() OR r.created_at < coalesce(d.finished_at, d.updated_at) OR d.state NOT IN ('result_ready', 'returned', 'refused', 'stopped')) AS early_ratings`,
    );
    expect(kinds).toMatchObject({ scores: 3, early_ratings: 0 });
    for (const kind of ['rejected', 'twice', 'post', 'paid_online', 'dossier_ratings', 'ticket_ratings'] as const) expect(kinds![kind], kind).toBeGreaterThan(0);
    // A second supplement keeps the events in time order, the supply between the two requests.
    const [disorder] = await rows<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT e.occurred_at < lag(e.occurred_at) OVER (PARTITION BY e.dossier_id ORDER BY e.id) AS back
                                          FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.supplement_count > 1) o WHERE back`,
    );
    expect(disorder!.n).toBe(0);
  });

  it('leaves the statistics’ tallies equal to a recount of what it wrote', async () => {
    const [differences] = await rows<{ n: number }>('SELECT count(*)::int AS n FROM statistics_recount_differences()');
    expect(differences!.n).toBe(0);
  });

  it('numbers register lines in order of reception per agency and year, and the sequences go on from them', async () => {
    const gaps = await rows<{ agency: string; year: string; lines: number; last: number; out_of_order: number }>(
      `SELECT receiving_agency_id AS agency, y AS year, count(*)::int AS lines, max(register_line) AS last,
              count(*) FILTER (WHERE register_line <> rank)::int AS out_of_order
         FROM (SELECT receiving_agency_id, register_line, installation_year(received_at) AS y,
                      row_number() OVER (PARTITION BY receiving_agency_id, installation_year(received_at) ORDER BY register_line) AS rank
                 FROM dossiers WHERE register_line IS NOT NULL) lines
        GROUP BY 1, 2`,
    );
    for (const group of gaps) expect(group, `${group.agency} ${group.year}`).toMatchObject({ last: group.lines, out_of_order: 0 });
    const busiest = gaps.filter((group) => group.year === String(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear())).sort((a, b) => b.lines - a.lines)[0]!;
    const [next] = await rows<{ line: number }>(`SELECT next_agency_number('register_lines', $1, installation_year(now())) AS line`, [busiest.agency]);
    expect(next!.line).toBe(busiest.lines + 1);
  });

  it('gives every payment its receipt number, and the receipt books go on from them', async () => {
    const [receipts] = await rows<{ payments: number; numbered: number; gaps: number }>(
      `SELECT count(*)::int AS payments, count(r.number)::int AS numbered,
              (SELECT count(*)::int FROM (SELECT agency_id, year FROM fee_receipts GROUP BY 1, 2 HAVING max(number) <> count(*)) g) AS gaps
         FROM dossier_events e LEFT JOIN fee_receipts r ON r.payment_event_id = e.id WHERE e.action = 'confirm_fee_paid'`,
    );
    expect(receipts!.payments).toBeGreaterThan(10);
    expect(receipts).toMatchObject({ numbered: receipts!.payments, gaps: 0 });
    const [busiest] = await rows<{ agency_id: string; number: number }>(
      `SELECT agency_id, max(number) AS number FROM fee_receipts WHERE year = installation_year(now()) GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    const [next] = await rows<{ number: number }>(`SELECT next_agency_number('fee_receipts', $1, installation_year(now())) AS number`, [busiest!.agency_id]);
    expect(next!.number).toBe(busiest!.number + 1);
  });

  it('tells the copies’ applicants of what happened, once their contact could be trusted, a few recent notices failed', async () => {
    const [notices] = await rows<{ notices: number; untrusted: number; unreachable: number; old_failures: number; failed: number; unsent: number }>(
      `SELECT count(*)::int AS notices,
              count(*) FILTER (WHERE d.channel = 'online' AND d.citizen_id IS NULL AND (d.received_at IS NULL OR e.occurred_at < d.received_at))::int AS untrusted,
              count(*) FILTER (WHERE n.recipient = '')::int AS unreachable,
              count(*) FILTER (WHERE n.status = 'failed' AND n.created_at < now() - interval '30 days')::int AS old_failures,
              count(*) FILTER (WHERE n.status = 'failed')::int AS failed,
              count(*) FILTER (WHERE n.status = 'sent' AND n.sent_at IS NULL)::int AS unsent
         FROM notifications n JOIN dossiers d ON d.id = n.dossier_id JOIN dossier_events e ON e.id = n.event_id AND e.dossier_id = n.dossier_id`,
    );
    expect(notices!.notices).toBeGreaterThan(600);
    expect(notices).toMatchObject({ untrusted: 0, unreachable: 0, old_failures: 0, unsent: 0 });
    expect(notices!.failed).toBeLessThan(notices!.notices / 20);
    // Each notice is one of its event, channel and subject, as the product writes them.
    const [twice] = await rows<{ n: number }>('SELECT count(*)::int AS n FROM (SELECT 1 FROM notifications GROUP BY event_id, channel, about HAVING count(*) > 1) d');
    expect(twice!.n).toBe(0);
  });

  it('leaves the audit chain sealed and whole, with an entry for each week it copied', async () => {
    const verdict = await verifyAuditChain(opened.db);
    expect(verdict).toMatchObject({ ok: true, unsealed: 0 });
    const [weeks] = await rows<{ n: number; copies: number }>(
      `SELECT count(*)::int AS n, sum((details->>'dossiers')::int)::int AS copies FROM audit_log WHERE action = 'scale.dossiers_copied'`,
    );
    expect(weeks!.copies).toBe(600);
    expect(weeks!.n).toBeGreaterThan(40);
  });
});
