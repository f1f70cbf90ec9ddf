import type { Config } from '../config.js';
import type { Database, Queryable } from '../db/database.js';
import { AppError } from './errors.js';

/** How much one subject (an address) may use in a rolling window, and how a refusal reads. */
export interface Quota {
  name: string;
  limit: number;
  windowMs: number;
  refusal: { vi: string; en: string };
}

const HOUR_MS = 3_600_000;
const MEGABYTE = 1024 * 1024;

/** What callers who are not signed in may use, per address: bytes uploaded and dossiers submitted. */
export function anonymousQuotas(config: Pick<Config, 'anonymousUploadMbPerHour' | 'anonymousSubmissionsPerHour'>) {
  return {
    uploadBytes: {
      name: 'anonymous_upload_bytes',
      limit: config.anonymousUploadMbPerHour * MEGABYTE,
      windowMs: HOUR_MS,
      refusal: {
        vi: `Địa chỉ của bạn đã tải lên quá ${config.anonymousUploadMbPerHour} MB trong một giờ. Vui lòng thử lại sau hoặc đăng nhập tài khoản công dân.`,
        en: `Your address has uploaded more than ${config.anonymousUploadMbPerHour} MB in an hour. Try again later or sign in to a citizen account.`,
      },
    },
    submissions: {
      name: 'anonymous_submissions',
      limit: config.anonymousSubmissionsPerHour,
      windowMs: HOUR_MS,
      refusal: {
        vi: `Địa chỉ của bạn đã nộp ${config.anonymousSubmissionsPerHour} hồ sơ trực tuyến trong một giờ khi không đăng nhập. Vui lòng thử lại sau hoặc đăng nhập tài khoản công dân.`,
        en: `Your address has submitted ${config.anonymousSubmissionsPerHour} dossiers online in an hour without signing in. Try again later or sign in to a citizen account.`,
      },
    },
  } satisfies Record<string, Quota>;
}

/**
 * Runs `use` if `amount` more stays within the subject's quota (else 429), counting it first so
 * that requests racing each other, on any instance, cannot all pass. What `use` refuses is given
 * back: only what was done counts.
 */
export async function withinQuota<T>(db: Database, quota: Quota, subject: string, amount: number, now: Date, use: () => Promise<T>): Promise<T> {
  const reservation = await db.transaction(async (tx) => {
    // One subject's uses of one quota are counted one request at a time.
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${quota.name}|${subject}`]);
    const { rows } = await tx.query<{ used: string }>(
      'SELECT coalesce(sum(amount), 0) AS used FROM quota_usage WHERE quota = $1 AND subject = $2 AND used_at > $3',
      [quota.name, subject, new Date(now.getTime() - quota.windowMs)],
    );
    if (Number(rows[0]!.used) + amount > quota.limit) throw new AppError(429, 'quota_exceeded', quota.refusal.vi, quota.refusal.en);
    const reserved = await tx.query<{ id: string }>('INSERT INTO quota_usage (quota, subject, amount, used_at) VALUES ($1, $2, $3, $4) RETURNING id', [
      quota.name,
      subject,
      amount,
      now,
    ]);
    return reserved.rows[0]!.id;
  });
  try {
    return await use();
  } catch (error) {
    await db.query('DELETE FROM quota_usage WHERE id = $1', [reservation]);
    throw error;
  }
}

/** Forgets uses older than every window; returns how many. */
export async function purgeQuotaUsage(db: Queryable, now: Date, olderThanMs = 24 * HOUR_MS): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM quota_usage WHERE used_at < $1', [new Date(now.getTime() - olderThanMs)]);
  return rowCount ?? 0;
}
