import { type Figures, addDays, maskApplicantName, vietnamDate } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type PairedDevice, type QueueLoad, queueLoad } from '../centres/index.js';
import { type AgencySubtree, figuresBy, figuresOf, subtreeOf } from '../statistics/index.js';

/** The days the tree-map's cells count: long enough for a commune's rate to mean something, short enough to be news. */
export const AREA_DAYS = 30;
const LATEST_EVENTS = 8;
const LATEST_OVERDUE = 4;

export type OperationsEventKind = 'received' | 'decided' | 'returned' | 'overdue';

/** What the operations screen shows, read afresh after every change it hears of. */
export interface OperationsScreen {
  agency: { code: string; name: string };
  at: string;
  today: { day: string; received: number; receivedOnline: number; finished: number; onTimeRate: number | null; onlineShare: number | null };
  /** The dossiers open now, and those past their statutory due. */
  open: { total: number; overdue: number };
  /** The last AREA_DAYS days, today included: the tree-map's period. */
  recent: { from: string; to: string; received: number; finished: number; onTimeRate: number | null };
  /** The agencies directly below the screen's (itself when none): each with its subtree's figures of the recent period. */
  areas: Array<{ code: string; name: string; received: number; finished: number; onTimeRate: number | null; overdue: number }>;
  centres: QueueLoad[];
  /** The latest receptions, results (ready or handed back) and dossiers fallen overdue, newest first, applicants' names masked. */
  events: Array<{ kind: OperationsEventKind; at: string; dossierCode: string; procedure: string; agency: string; applicant: string }>;
}

const onTime = (finished: Figures['finished']) => finished.early + finished.onTime;
const rateOf = (onTimeCount: number, finished: number) => (finished === 0 ? null : onTimeCount / finished);

/**
 * The agency an operations screen shows: the one it is paired at, except that a public
 * administration service centre (an agency of kind `centre`) serves its parent's whole territory.
 */
export async function screenAgency(db: Queryable, device: PairedDevice): Promise<AgencySubtree> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT CASE WHEN a.kind = 'centre' AND a.parent_id IS NOT NULL THEN a.parent_id ELSE a.id END::text AS id FROM agency_directory a WHERE a.id = $1`,
    [device.agencyId],
  );
  return (await subtreeOf(db, { id: rows[0]!.id }))!;
}

interface AreaRow {
  id: string;
  code: string;
  name: string;
  ids: string[];
}

/** The live agencies directly below `rootId`, each with its subtree; the root alone when it has none. */
async function areasOf(db: Queryable, root: AgencySubtree): Promise<AreaRow[]> {
  const { rows } = await db.query<AreaRow>(
    `WITH RECURSIVE below(area_id, id) AS (
       SELECT id, id FROM agency_directory WHERE parent_id = $1 AND abolished_on IS NULL
       UNION ALL
       SELECT b.area_id, a.id FROM agency_directory a JOIN below b ON a.parent_id = b.id)
     SELECT area.id::text, area.code, coalesce(nullif(area.short_name, ''), area.name) AS name, array_agg(b.id::text) AS ids
       FROM below b JOIN agency_directory area ON area.id = b.area_id
      GROUP BY area.id, area.code, area.short_name, area.name
      ORDER BY area.code`,
    [root.id],
  );
  return rows.length > 0 ? rows : [{ id: root.id, code: root.code, name: root.name, ids: [root.id] }];
}

interface EventRow {
  kind: OperationsEventKind;
  at: Date;
  dossierCode: string;
  procedure: string;
  agency: string;
  applicantType: 'citizen' | 'organisation';
  applicantName: string;
}

const DOSSIER_COLUMNS = `d.code AS "dossierCode", p.name AS procedure, coalesce(nullif(c.short_name, ''), c.name) AS agency,
  d.applicant_type AS "applicantType", d.applicant_name AS "applicantName"`;

/**
 * The latest `limit` dossiers of each agency by the index that `order` follows, then the latest of
 * them all: a province's screen probes each agency's index once, however many dossiers there are,
 * and a quiet commune's does not scan the province's.
 */
const latestPerAgency = (kind: string, at: string, agencyColumn: string, where: string, order: string, limit: number) =>
  `SELECT ${kind} AS kind, ${at} AS at, ${DOSSIER_COLUMNS}
     FROM unnest($1::uuid[]) AS scope(id)
     CROSS JOIN LATERAL (SELECT * FROM dossier_facts d WHERE d.${agencyColumn} = scope.id AND ${where} ORDER BY ${order} LIMIT ${limit}) d
     JOIN procedure_catalogue p ON p.id = d.procedure_id JOIN agency_directory c ON c.id = d.competent_agency_id
    ORDER BY 2 DESC LIMIT ${limit}`;

const STATUTORY_DUE = 'coalesce(d.original_due_at, d.due_at)';

/** Receptions, results (ready or handed back) and dossiers fallen overdue, newest first, applicants' names masked. */
async function latestEvents(db: Queryable, agencyIds: readonly string[], now: Date): Promise<OperationsScreen['events']> {
  const queries = [
    latestPerAgency(`'received'`, 'd.received_at', 'receiving_agency_id', 'd.received_at IS NOT NULL', 'd.received_at DESC', LATEST_EVENTS),
    latestPerAgency(
      `CASE d.state WHEN 'returned' THEN 'returned' ELSE 'decided' END`,
      'coalesce(d.returned_at, d.finished_at)',
      'competent_agency_id',
      `d.state IN ('result_ready', 'returned')`,
      'd.finished_at DESC, d.code DESC',
      LATEST_EVENTS,
    ),
    latestPerAgency(`'overdue'`, STATUTORY_DUE, 'competent_agency_id', `d.received_at IS NOT NULL AND d.finished_at IS NULL AND ${STATUTORY_DUE} < $2`, `${STATUTORY_DUE} DESC, d.code DESC`, LATEST_OVERDUE),
  ];
  const results = await Promise.all(queries.map((sql, index) => db.query<EventRow>(sql, index === 2 ? [agencyIds, now] : [agencyIds])));
  return results
    .flatMap((result) => result.rows)
    .map((row) => ({
      kind: row.kind,
      at: new Date(row.at).toISOString(),
      dossierCode: row.dossierCode,
      procedure: row.procedure,
      agency: row.agency,
      applicant: maskApplicantName({ type: row.applicantType, name: row.applicantName }),
    }))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, LATEST_EVENTS);
}

/** Everything the screen shows, from the statistics' tallies, the centres' queues and the latest events. */
export async function readOperationsScreen(db: Queryable, root: AgencySubtree, now: Date): Promise<OperationsScreen> {
  const today = vietnamDate(now);
  const recentPeriod = { from: addDays(today, 1 - AREA_DAYS), to: today };
  const scope = { agencyIds: root.ids };
  const [day, recent, byAgency, areas, centres, events] = await Promise.all([
    figuresOf(db, scope, { from: today, to: today }, now),
    figuresOf(db, scope, recentPeriod, now),
    figuresBy(db, scope, recentPeriod, now, 'agency'),
    areasOf(db, root),
    queueLoad(db, root.ids, now),
    latestEvents(db, root.ids, now),
  ]);
  return {
    agency: { code: root.code, name: root.name },
    at: now.toISOString(),
    today: {
      day: today,
      received: day.received,
      receivedOnline: day.receivedByChannel.online,
      finished: day.finished.total,
      onTimeRate: day.onTimeRate,
      onlineShare: day.onlineShare,
    },
    open: { total: day.inProgress.total, overdue: day.inProgress.overdue },
    recent: { ...recentPeriod, received: recent.received, finished: recent.finished.total, onTimeRate: recent.onTimeRate },
    areas: areas.map((area) => {
      const own = area.ids.flatMap((id) => byAgency.get(id) ?? []);
      const sum = (of: (figures: Figures) => number) => own.reduce((total, figures) => total + of(figures), 0);
      const finished = sum((figures) => figures.finished.total);
      return {
        code: area.code,
        name: area.name,
        received: sum((figures) => figures.received),
        finished,
        onTimeRate: rateOf(sum((figures) => onTime(figures.finished)), finished),
        overdue: sum((figures) => figures.inProgress.overdue),
      };
    }),
    centres,
    events,
  };
}
