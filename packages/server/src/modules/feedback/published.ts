import type { FeedbackKind } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { notFound } from '../../platform/errors.js';

interface PublishedRow {
  code: string;
  kind: FeedbackKind;
  subject: 'rule' | 'dossier';
  public_title: string;
  public_body: string;
  public_answer: string;
  procedure_code: string | null;
  procedure_name: string | null;
  agency_code: string;
  agency_name: string;
  published_at: Date;
}

// Only the published text: the sender's name, contact and dossier are not even read.
const PUBLISHED_COLUMNS = `f.code, f.kind, f.subject, f.public_title, f.public_body, f.public_answer, p.code AS procedure_code, p.name AS procedure_name,
  a.code AS agency_code, a.name AS agency_name, f.published_at`;
const PUBLISHED_FROM = 'feedbacks f JOIN agency_directory a ON a.id = f.agency_id LEFT JOIN procedure_catalogue p ON p.id = f.procedure_id';

const present = (row: PublishedRow) => ({
  code: row.code,
  kind: row.kind,
  subject: row.subject,
  title: row.public_title,
  body: row.public_body,
  answer: row.public_answer,
  procedure: row.procedure_code ? { code: row.procedure_code, name: row.procedure_name! } : null,
  agency: { code: row.agency_code, name: row.agency_name },
  publishedAt: row.published_at.toISOString(),
});

/**
 * The published answers, newest first, or those holding every word of the query, with or without
 * diacritics (each word folded by search_key as the text was); by agency.
 */
export async function searchPublishedFeedback(db: Queryable, query: { q?: string | undefined; agency?: string | undefined; page: number; pageSize: number }) {
  const words = (query.q ?? '').split(/\s+/).filter((word) => word !== '').slice(0, 10);
  const values: unknown[] = [];
  const conditions = [`f.state = 'published'`];
  if (query.agency) conditions.push(`a.code = $${values.push(query.agency)}`);
  // A word's own % and _ are letters, not wildcards.
  for (const word of words) conditions.push(`f.search_text LIKE '%' || search_key($${values.push(word.replace(/[\\%_]/g, '\\$&'))}) || '%'`);
  const { rows } = await db.query<PublishedRow & { total: number }>(
    `SELECT ${PUBLISHED_COLUMNS}, count(*) OVER ()::int AS total FROM ${PUBLISHED_FROM} WHERE ${conditions.join(' AND ')}
      ORDER BY f.published_at DESC, f.code LIMIT $${values.push(query.pageSize)} OFFSET $${values.push((query.page - 1) * query.pageSize)}`,
    values,
  );
  return { items: rows.map(present), total: rows[0]?.total ?? 0 };
}

/** One published answer by its code; one not published is not found. */
export async function publishedFeedback(db: Queryable, code: string) {
  const { rows } = await db.query<PublishedRow>(`SELECT ${PUBLISHED_COLUMNS} FROM ${PUBLISHED_FROM} WHERE f.code = $1 AND f.state = 'published'`, [code]);
  if (!rows[0]) throw notFound({ vi: 'phản ánh, kiến nghị đã công khai', en: 'Published feedback' });
  return present(rows[0]);
}
