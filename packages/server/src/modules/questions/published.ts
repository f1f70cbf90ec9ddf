import { correctWords } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';
import { TtlCache } from '../../platform/ttl-cache.js';

interface PublishedRow {
  code: string;
  public_title: string;
  public_body: string;
  public_answer: string;
  procedure_code: string | null;
  procedure_name: string | null;
  field_code: string;
  field_name: string;
  agency_code: string;
  agency_name: string;
  published_at: Date;
}

// Only the published text: the asker's name and contact are not even read.
const PUBLISHED_COLUMNS = `q.code, q.public_title, q.public_body, q.public_answer, p.code AS procedure_code, p.name AS procedure_name,
  q.field_code, f.name AS field_name, a.code AS agency_code, a.name AS agency_name, q.published_at`;
const PUBLISHED_FROM = `questions q JOIN agency_directory a ON a.id = q.agency_id JOIN field_catalogue f ON f.code = q.field_code
  LEFT JOIN procedure_catalogue p ON p.id = q.procedure_id`;

const present = (row: PublishedRow) => ({
  code: row.code,
  title: row.public_title,
  body: row.public_body,
  answer: row.public_answer,
  procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name! } : null,
  field: { code: row.field_code, name: row.field_name },
  agency: { code: row.agency_code, name: row.agency_name },
  publishedAt: row.published_at.toISOString(),
});

/** Lower case without diacritics (đ → d), split into words: the query as search_key folds the text. */
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];

// The distinct words of the published questions, per database (tests run several side by side),
// for spelling correction; publishing or unpublishing here forgets them, other instances within a minute.
const vocabularies = new WeakMap<Queryable, TtlCache<'words', string[]>>();

function vocabularyOf(db: Queryable): Promise<string[]> {
  let cache = vocabularies.get(db);
  if (!cache) {
    cache = new TtlCache(60_000);
    vocabularies.set(db, cache);
  }
  return cache.get('words', async () => {
    const { rows } = await db.query<{ word: string }>(
      `SELECT DISTINCT word FROM questions q, regexp_split_to_table(q.search_text, '[^a-z0-9]+') AS word WHERE q.state = 'published' AND word <> ''`,
    );
    return rows.map((row) => row.word);
  });
}

/** The published questions changed: the words they are searched by are read afresh. */
export const forgetPublishedWords = (db: Queryable) => vocabularies.get(db)?.clear();

/**
 * The published questions, newest first, or those holding every word of the query (without
 * diacritics; a word the published questions never use read as the closest ones they do, "snh"
 * as "sinh"; the last word may be the beginning of one), best match first; by procedure and by
 * field. A query with a word none of them has anything close to finds nothing.
 */
export async function searchPublishedQuestions(db: Database, query: { q?: string | undefined; procedure?: string | undefined; field?: string | undefined; page: number; pageSize: number }) {
  const words = wordsOf(query.q ?? '').slice(0, 10);
  const corrected = words.length > 0 ? correctWords(words, await vocabularyOf(db)) : [];
  // Every word must be there: one the published questions have nothing close to finds nothing.
  if (corrected.length < words.length) return { items: [], total: 0 };
  const values: unknown[] = [];
  const conditions = [`q.state = 'published'`];
  if (query.procedure) conditions.push(`p.code = $${values.push(query.procedure)}`);
  if (query.field) conditions.push(`q.field_code = $${values.push(query.field)}`);
  for (const { alternatives } of corrected) conditions.push(`(${alternatives.map((word) => `q.search_text LIKE '%' || $${values.push(word)} || '%'`).join(' OR ')})`);
  const order = corrected.length > 0 ? `word_similarity($${values.push(corrected.map((word) => word.alternatives[0]).join(' '))}, q.search_text) DESC, q.published_at DESC` : 'q.published_at DESC';
  const { rows } = await db.query<PublishedRow & { total: number }>(
    `SELECT ${PUBLISHED_COLUMNS}, count(*) OVER ()::int AS total FROM ${PUBLISHED_FROM} WHERE ${conditions.join(' AND ')}
      ORDER BY ${order}, q.code LIMIT $${values.push(query.pageSize)} OFFSET $${values.push((query.page - 1) * query.pageSize)}`,
    values,
  );
  return { items: rows.map(present), total: rows[0]?.total ?? 0 };
}

/** One published question by its code; one not published is not found. */
export async function publishedQuestion(db: Queryable, code: string) {
  const { rows } = await db.query<PublishedRow>(`SELECT ${PUBLISHED_COLUMNS} FROM ${PUBLISHED_FROM} WHERE q.code = $1 AND q.state = 'published'`, [code]);
  if (!rows[0]) throw notFound({ vi: 'câu hỏi đã công khai', en: 'Published question' });
  return present(rows[0]);
}
