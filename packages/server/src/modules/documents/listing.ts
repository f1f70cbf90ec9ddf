import { OUTGOING_QUEUES, type OutgoingQueue, correctWords, incomingDeadlineStatus, registerSearchWords, toTsquery } from '@motcua/core';
import type { DocumentDeps } from './service.js';
import type { Queryable } from '../../db/database.js';
import { containsText, startsWithText } from '../../db/like.js';
import { SqlParams } from '../../db/sql-params.js';
import type { AuthenticatedOfficer } from '../../platform/actor.js';
import { iso } from '../../platform/instants.js';
import { DOCUMENT_COLUMNS, type DocumentRow, type IncomingSummary, summaryOf } from './records.js';
import { OUTGOING_SELECT, type OutgoingRow, myOutgoing, outgoingSummary } from './outgoing.js';
import type { MY_DOCUMENT_VIEWS } from './schema.js';

/**
 * How much of a query a line must still resemble when some of its words were recognised as none of
 * the agency's (pg_trgm's word similarity of the folded query to the folded number, symbol, sender
 * and subject), as the procedure search weighs names: nonsense finds nothing rather than whatever
 * shares a word with it.
 */
const RELEVANCE_THRESHOLD = 0.5;

export interface RegisterSearch {
  q?: string | undefined;
  registerNumber?: number | undefined;
  number?: number | undefined;
  symbol?: string | undefined;
  sender?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
  state?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The conditions of the filters other than the free query. The sender and the symbol are compared
 * as the register is read newest first: a filter most lines pass finds its page at once.
 */
function filterConditions(agencyId: string, direction: 'incoming' | 'outgoing', search: RegisterSearch, p: SqlParams): string[] {
  const conditions = [`d.agency_id = ${p.add(agencyId)}`, `d.direction = ${p.add(direction)}`];
  if (search.registerNumber !== undefined) conditions.push(`d.register_number = ${p.add(search.registerNumber)}`);
  if (search.number !== undefined) conditions.push(`d.number = ${p.add(search.number)}`);
  if (search.symbol) conditions.push(containsText('lower(d.symbol)', `lower(${p.add(search.symbol.normalize('NFC').trim())})`));
  if (search.sender) conditions.push(containsText('d.sender_key', `search_key(${p.add(search.sender.trim())})`));
  if (search.from) conditions.push(`d.document_date >= ${p.add(search.from)}::date`);
  if (search.to) conditions.push(`d.document_date <= ${p.add(search.to)}::date`);
  if (search.year !== undefined) conditions.push(`d.register_year = ${p.add(search.year)}`);
  if (search.state) conditions.push(`d.state = ${p.add(search.state)}`);
  return conditions;
}

const NEWEST_FIRST = 'd.register_year DESC, d.register_number DESC';

/**
 * The query's words as the agency's documents have them: each one they use (the last also as the
 * beginning of one) as it is, and only when some is not, the agency's whole vocabulary searched for
 * the words closest to it. Numbers are taken as they are: the vocabulary has none (migration 047).
 */
async function recognisedWords(db: Queryable, agencyId: string, words: readonly string[]) {
  const { rows: used } = await db.query<{ word: string }>(
    `SELECT word FROM document_words WHERE agency_id = $1 AND word = ANY($2::text[])
     UNION ALL (SELECT word FROM document_words WHERE agency_id = $1 AND ${startsWithText('word', '$3')} LIMIT 1)`,
    [agencyId, words, words[words.length - 1]],
  );
  const numbers = words.filter((word) => /^[0-9]+$/.test(word));
  const recognised = correctWords(words, [...numbers, ...used.map((row) => row.word)]);
  if (recognised.length === words.length) return recognised;
  const { rows: vocabulary } = await db.query<{ word: string }>('SELECT word FROM document_words WHERE agency_id = $1', [agencyId]);
  return correctWords(words, [...numbers, ...vocabulary.map((row) => row.word)]);
}

/**
 * A page of an agency's incoming register, newest line first. A free query is matched as the
 * procedure catalogue matches one: every word (without diacritics, the last as a prefix) on the
 * words index, so that it stays quick on a large register; a word none of the agency's documents
 * uses is read as the agency's words within an edit or two of it ("cahc" → "cach"), and one close
 * to none is dropped, the lines found then having to resemble the whole query.
 */
export async function searchRegister(ctx: DocumentDeps, agencyId: string, search: RegisterSearch) {
  const rows = await searchLines<DocumentRow>(ctx.db, agencyId, search, { direction: 'incoming', select: `SELECT ${DOCUMENT_COLUMNS} FROM documents d`, order: NEWEST_FIRST });
  const [calendar, now] = [await ctx.calendar.current(), ctx.now()];
  return {
    items: rows.slice(0, search.limit).map((row) => summaryOf(row, calendar, now)),
    nextOffset: rows.length > search.limit ? search.offset + search.limit : null,
  };
}

/** A page of an agency's outgoing documents, searched as the incoming register is: drafts first, then the register newest line first. */
export async function searchOutgoingRegister(ctx: DocumentDeps, agencyId: string, search: RegisterSearch) {
  const rows = await searchLines<OutgoingRow>(ctx.db, agencyId, search, {
    direction: 'outgoing',
    select: OUTGOING_SELECT,
    order: 'd.register_year DESC NULLS FIRST, d.register_number DESC NULLS FIRST, d.updated_at DESC',
  });
  return { items: rows.slice(0, search.limit).map(outgoingSummary), nextOffset: rows.length > search.limit ? search.offset + search.limit : null };
}

/** The lines of one register that match the search (one more than the page, to tell whether another follows), read by `select` (documents as `d`). */
async function searchLines<Row extends object>(db: Queryable, agencyId: string, search: RegisterSearch, register: { direction: 'incoming' | 'outgoing'; select: string; order: string }) {
  const words = registerSearchWords(search.q ?? '');
  const corrected = words.length === 0 ? [] : await recognisedWords(db, agencyId, words);
  if (words.length > 0 && corrected.length === 0) return [];
  const p = new SqlParams();
  const conditions = filterConditions(agencyId, register.direction, search, p);
  if (corrected.length > 0) conditions.push(`d.search_words @@ to_tsquery('simple', ${p.add(toTsquery(corrected))})`);
  if (corrected.length < words.length) conditions.push(`word_similarity(${p.add(words.join(' '))}, d.search_text) >= ${RELEVANCE_THRESHOLD}`);
  const sql = `${register.select} WHERE ${conditions.join(' AND ')} ORDER BY ${register.order} LIMIT ${p.add(search.limit + 1)} OFFSET ${p.add(search.offset)}`;
  return (await db.query<Row>(sql, p.values)).rows;
}

/** Every line of an agency's incoming register of a year, in order, with the lead assignee of each: what is printed and exported. */
export async function registerLines(db: Queryable, agencyId: string, year: number) {
  const { rows } = await db.query<DocumentRow & { lead: string | null }>(
    `SELECT ${DOCUMENT_COLUMNS},
            (SELECT coalesce(u.name, o.full_name) FROM document_assignments a
               LEFT JOIN unit_directory u ON u.id = a.unit_id LEFT JOIN officer_directory o ON o.id = a.officer_id
              WHERE a.document_id = d.id AND a.role = 'lead' AND a.parent_id IS NULL ORDER BY a.assigned_at LIMIT 1) AS lead
       FROM documents d
      WHERE d.agency_id = $1 AND d.direction = 'incoming' AND d.register_year = $2
      ORDER BY d.register_number`,
    [agencyId, year],
  );
  return rows;
}

/** Every numbered line of an agency's outgoing register of a year, in order: what is printed and exported. */
export async function outgoingRegisterLines(db: Queryable, agencyId: string, year: number): Promise<OutgoingRow[]> {
  const { rows } = await db.query<OutgoingRow>(`${OUTGOING_SELECT} WHERE d.agency_id = $1 AND d.direction = 'outgoing' AND d.register_year = $2 ORDER BY d.register_number`, [agencyId, year]);
  return rows;
}

/** The units an officer heads, by agency: their assignments are the unit head's to hold. */
const headedUnitIds = (officer: AuthenticatedOfficer) => officer.grants.filter((grant) => grant.role === 'unit_head' && grant.unitId !== null).map((grant) => grant.unitId!);
const agencyIdsAs = (officer: AuthenticatedOfficer, role: string) => officer.grants.filter((grant) => grant.role === role).map((grant) => grant.agencyId);

type View = (typeof MY_DOCUMENT_VIEWS)[number];

/**
 * An officer's queues: what they hold to handle (their own assignments and their units'), of it
 * what is overdue, what was sent to them for information, what the clerk has to present and what
 * the leader has to assign.
 */
export async function myDocuments(ctx: DocumentDeps, officer: AuthenticatedOfficer, view: View) {
  if (Object.hasOwn(OUTGOING_QUEUES, view)) return { items: [], outgoing: await myOutgoing(ctx.db, officer, view as OutgoingQueue) };
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  if (view === 'to_present' || view === 'to_assign') {
    const [role, states] = view === 'to_present' ? ['document_clerk', ['registered', 'returned']] : ['agency_leader', ['presented']];
    const { rows } = await ctx.db.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d
        WHERE d.direction = 'incoming' AND d.agency_id = ANY($1::uuid[]) AND d.state = ANY($2::text[])
        ORDER BY d.register_year, d.register_number LIMIT 500`,
      [agencyIdsAs(officer, role), states],
    );
    return { items: rows.map((row) => ({ document: summaryOf(row, calendar, now), assignment: null })), outgoing: [] };
  }
  const roles = view === 'for_information' ? ['information'] : ['lead', 'cooperating'];
  const { rows } = await ctx.db.query<DocumentRow & { assignment_id: string; assignment_role: 'lead' | 'cooperating' | 'information'; assignment_due_at: Date | null }>(
    `SELECT ${DOCUMENT_COLUMNS}, a.id AS assignment_id, a.role AS assignment_role, a.due_at AS assignment_due_at
       FROM document_assignments a JOIN documents d ON d.id = a.document_id
      WHERE a.finished_at IS NULL AND a.role = ANY($3::text[]) AND (a.officer_id = $1 OR a.unit_id = ANY($2::uuid[]))
        AND d.state IN ('assigned', 'in_progress')
        AND ($4::timestamptz IS NULL OR a.due_at < $4)
      ORDER BY a.due_at NULLS LAST, d.register_year, d.register_number LIMIT 500`,
    [officer.id, headedUnitIds(officer), roles, view === 'overdue' ? now : null],
  );
  return {
    items: rows.map((row) => ({
      document: summaryOf(row, calendar, now),
      assignment: {
        id: row.assignment_id,
        role: row.assignment_role,
        dueAt: iso(row.assignment_due_at),
        deadlineStatus: incomingDeadlineStatus(calendar, row.assignment_due_at, null, now),
      },
    })),
    outgoing: [],
  };
}

/**
 * The agency's overdue incoming documents by the unit handling them: a unit's own assignment, or
 * the unit its officer's assignment was passed down from; officers assigned directly by the
 * leader come under no unit.
 */
export async function overdueByUnit(ctx: DocumentDeps, agencyId: string) {
  const now = ctx.now();
  const calendar = await ctx.calendar.current();
  const { rows } = await ctx.db.query<DocumentRow & { unit_id: string | null; unit_code: string | null; unit_name: string | null }>(
    `SELECT DISTINCT ON (x.unit_id, d.register_year, d.register_number) ${DOCUMENT_COLUMNS}, x.unit_id, u.code AS unit_code, u.name AS unit_name
       FROM documents d
       JOIN LATERAL (
         SELECT coalesce(a.unit_id, parent.unit_id) AS unit_id
           FROM document_assignments a LEFT JOIN document_assignments parent ON parent.id = a.parent_id
          WHERE a.document_id = d.id AND a.role <> 'information' AND a.finished_at IS NULL AND a.due_at < $2
       ) x ON true
       LEFT JOIN unit_directory u ON u.id = x.unit_id
      WHERE d.agency_id = $1 AND d.direction = 'incoming' AND d.state IN ('assigned', 'in_progress') AND d.due_at < $2
      ORDER BY x.unit_id, d.register_year, d.register_number`,
    [agencyId, now],
  );
  const units = new Map<string, { unit: { id: string; code: string; name: string } | null; count: number; documents: IncomingSummary[] }>();
  for (const row of rows) {
    const key = row.unit_id ?? '';
    const entry = units.get(key) ?? { unit: row.unit_id ? { id: row.unit_id, code: row.unit_code!, name: row.unit_name! } : null, count: 0, documents: [] };
    entry.count += 1;
    entry.documents.push(summaryOf(row, calendar, now));
    units.set(key, entry);
  }
  return { units: [...units.values()].sort((a, b) => b.count - a.count || (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'vi')) };
}
