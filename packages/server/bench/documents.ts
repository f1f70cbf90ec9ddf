import { randomBytes } from 'node:crypto';
import { createWorkCalendar } from '@motcua/core';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { type RegisterSearch, searchRegister } from '../src/modules/documents/listing.js';
import type { DocumentDeps } from '../src/modules/documents/service.js';
import { BENCH_DATABASE_URL, admin } from './bench-database.js';

/**
 * `npm run bench`: the p95 of a page of an agency's incoming register over 100,000 lines on
 * PostgreSQL (target under 50 ms), for the searches a clerk makes: the newest page, a common
 * phrase and a rare one without diacritics, a number and symbol, a typo (corrected by the agency's words), a
 * sender and a date range.
 */
const LINES = Number(process.env.BENCH_DOCUMENT_LINES ?? 100_000);
const RUNS = 40;
const schema = `bench_documents_${randomBytes(4).toString('hex')}`;

const SENDERS = ['Bộ Nội vụ', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Y tế', 'Công an tỉnh', 'Ủy ban nhân dân tỉnh', 'Liên đoàn Lao động tỉnh'];
const SYMBOLS = ['QĐ-UBND', 'SNV-CCHC', 'BC-STP', 'UBND-VP', 'KH-SYT', 'TB-STC', 'GM-LĐLĐ'];
const OPENINGS = ['Về việc báo cáo', 'Về việc triển khai', 'Về việc đề nghị phối hợp', 'Về việc rà soát', 'Về việc hướng dẫn', 'Về việc góp ý dự thảo'];
const TOPICS = ['cải cách hành chính', 'giải quyết việc làm', 'đào tạo nghề', 'công tác hộ tịch', 'quản lý đất đai', 'xây dựng nông thôn mới', 'phòng chống thiên tai', 'chuyển đổi số', 'an toàn thực phẩm', 'tuyển dụng công chức'];

await admin(`CREATE SCHEMA ${schema}`);
const db = openPostgres({ connectionString: BENCH_DATABASE_URL, schema });
try {
  await migrate(db);
  const { rows } = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, short_name, kind) VALUES ('000.00.00.H98', 'Ủy ban nhân dân tỉnh Thử Nghiệm', 'UBND tỉnh', 'province') RETURNING id`);
  const agencyId = rows[0]!.id;
  await db.query(
    `INSERT INTO documents (agency_id, direction, register_year, register_number, arrived_at, number_symbol, number, symbol, type, document_date, sender, subject, state, created_at, updated_at)
     SELECT $1, 'incoming', 2026, g, now(), g || '/' || ($2::text[])[1 + g % 7], g, ($2::text[])[1 + g % 7], 'letter', date '2026-01-01' + (g % 330),
            ($3::text[])[1 + g % 9], ($4::text[])[1 + g % 6] || ' ' || ($5::text[])[1 + (g / 7) % 10] || ' đợt ' || (g % 997), 'registered', now(), now()
       FROM generate_series(1, $6::int) g`,
    [agencyId, SYMBOLS, SENDERS, OPENINGS, TOPICS, LINES],
  );
  await db.query('ANALYZE documents');
  const calendar = createWorkCalendar();
  const deps = { db, calendar: { current: async () => calendar }, now: () => new Date() } as unknown as DocumentDeps;
  const searches: Array<[string, Partial<RegisterSearch>]> = [
    ['newest page', {}],
    ['common phrase', { q: 'cai cach hanh chinh' }],
    ['rare phrase', { q: 'chuyen doi so dot 512' }],
    ['number and symbol', { q: '4321/BC-STP' }],
    ['typo', { q: 'phong chong thien tia' }],
    ['sender', { sender: 'so tu phap' }],
    ['date range', { from: '2026-03-01', to: '2026-03-07' }],
  ];
  console.log(`Incoming register search over ${LINES.toLocaleString('en')} lines (PostgreSQL), p95 of ${RUNS} pages of 50:`);
  for (const [name, search] of searches) {
    const timings: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await searchRegister(deps, agencyId, { limit: 50, offset: 0, ...search });
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    console.log(`  ${name.padEnd(18)} p95 ${timings[Math.ceil(RUNS * 0.95) - 1]!.toFixed(1)} ms (target < 50 ms)`);
  }
} finally {
  await db.close();
  await admin(`DROP SCHEMA ${schema} CASCADE`);
}
