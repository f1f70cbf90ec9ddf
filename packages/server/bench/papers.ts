import type { Database } from '../src/db/database.js';
import { createCalendarService } from '../src/modules/calendar/service.js';
import { findDossier } from '../src/modules/dossiers/repo.js';
import { receiptData, renderReceipt } from '../src/modules/papers/receipt.js';
import { loadSource } from '../src/modules/papers/sources.js';

const WARM_UP = 20;
const RENDERS = Number(process.env.BENCH_RENDERS ?? 200);

/**
 * How long the receipt of a received dossier takes to render, both copies as printed at the
 * counter: the data is read once, then the PDF is made RENDERS times after WARM_UP renders that
 * let the fonts be parsed and the words shaped once.
 */
export async function receiptRendering(db: Database, code: string): Promise<{ median: number; p95: number; renders: number }> {
  const dossier = await findDossier(db, code);
  if (!dossier) throw new Error(`No dossier ${code}`);
  const source = await loadSource(db, dossier);
  const data = await receiptData({ db, calendar: await createCalendarService(db).current(), publicUrl: 'http://localhost:3000' }, source);
  for (let round = 0; round < WARM_UP; round++) await renderReceipt(data);
  const took: number[] = [];
  for (let round = 0; round < RENDERS; round++) {
    const started = performance.now();
    await renderReceipt(data);
    took.push(performance.now() - started);
  }
  took.sort((a, b) => a - b);
  return { median: took[Math.floor(took.length / 2)]!, p95: took[Math.floor(took.length * 0.95)]!, renders: took.length };
}
