import { describe, expect, it } from 'vitest';
import { DRILL_FIGURES, FIGURE_COUNTS } from '../src/modules/statistics/drill-down.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';
import { tellStatisticsStoryBeforeAll } from './support/statistics-story.js';

interface Item {
  code: string;
  applicantName: string;
  receivedAt: string | null;
  finishedAt: string | null;
  supplementRequests: number;
  late: boolean;
  stateLabel: string;
}

/**
 * The dossiers behind each figure of the leaders' statistics, on the known province year of
 * support/statistics-story.ts: walked page by page, every list holds as many dossiers as its figure
 * says, for each scope and period a leader may ask for.
 */
describe.each(ENGINES)('the dossiers behind the statistics on $name', (engine) => {
  const story = tellStatisticsStoryBeforeAll(engine);

  async function walk(session: Session, query: string, limit: number) {
    const items: Item[] = [];
    let cursor: string | null = null;
    do {
      const response = await session.request('GET', `/api/v1/statistics/dossiers?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json() as { items: Item[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(limit);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  const SCOPES = ['', `agency=${AGENCIES.commune.code}`, 'procedure=1.001193', 'channel=online', 'field=ho-tich'];
  const PERIODS = ['', 'from=2026-11-23&to=2026-11-25', 'from=2026-11-01&to=2026-11-30', 'from=2026-12-01&to=2026-12-31', 'from=2025-12-01&to=2025-12-31', 'from=2026-11-26&to=2026-11-26'];

  it('lists as many dossiers as each figure counts, for every scope and period', async () => {
    let compared = 0;
    for (const [session, scopes] of [
      [story.admin, SCOPES],
      [story.sessions.leader, ['']],
    ] as const) {
      for (const scope of scopes) {
        for (const period of PERIODS) {
          const query = [scope, period].filter(Boolean).join('&');
          const figures = await session.request('GET', `/api/v1/statistics?${query}`);
          expect(figures.statusCode, figures.body).toBe(200);
          for (const figure of DRILL_FIGURES) {
            // Pages of one and two dossiers walk the same list on the periods that hold most of the story.
            const limits = scope === '' && (period === '' || period.includes('2026-11-25')) ? [1, 2, 100] : [100];
            for (const limit of limits) {
              const items = await walk(session, `figure=${figure}&${query}`, limit);
              const label = `${figure} ${query} limit ${limit}`;
              const counted = figure === 'with_supplements' ? items.reduce((sum, item) => sum + item.supplementRequests, 0) : items.length;
              expect(counted, label).toBe(FIGURE_COUNTS[figure](figures.json()));
              expect(new Set(items.map((item) => item.code)).size, label).toBe(items.length);
              compared += 1;
            }
          }
        }
      }
    }
    expect(compared).toBe(DRILL_FIGURES.length * (SCOPES.length * PERIODS.length + PERIODS.length + 4 * 2));
  }, 300_000);

  it('names each dossier and its applicant in full, newest first, with its dates, its state and whether it is late', async () => {
    const { codes } = story;
    const received = await walk(story.admin, 'figure=received&from=2026-01-01', 100);
    expect(received).toHaveLength(7);
    expect(received.map((item) => item.code)).not.toContain(codes.D);
    const late = await walk(story.admin, 'figure=finished_late', 100);
    expect(late).toEqual([
      expect.objectContaining({ code: codes.B, applicantName: APPLICANT.name, receivedAt: '2026-11-23T09:00:00+07:00', finishedAt: '2026-12-01T10:00:00+07:00', late: true }),
    ]);
    expect((await walk(story.admin, 'figure=finished_early', 100)).map((item) => item.code)).toEqual([codes.A]);
    expect((await walk(story.admin, 'figure=overdue', 100)).map((item) => item.code).sort()).toEqual([codes.C, codes.F, codes.G].sort());
    expect((await walk(story.admin, 'figure=in_progress_on_time', 100)).map((item) => item.code)).toEqual([codes.E]);
    expect((await walk(story.admin, 'figure=withdrawn', 100)).map((item) => item.stateLabel)).toEqual(['Công dân rút hồ sơ', 'Công dân rút hồ sơ']);
    // A past period as it ended: F was overdue at the end of 25 November, A and B still open then.
    expect((await walk(story.admin, 'figure=in_progress&from=2026-11-23&to=2026-11-25', 100)).map((item) => item.code)).toEqual(expect.arrayContaining([codes.A, codes.B]));
    expect((await walk(story.admin, 'figure=overdue&from=2026-11-23&to=2026-11-25', 100)).map((item) => item.code)).toEqual([codes.F]);
  });

  it("answers only leaders of the agency or above it, and refuses a cursor it did not make", async () => {
    const other = await signIn(story.t.app, 'other.leader');
    expect((await other.request('GET', `/api/v1/statistics/dossiers?figure=received&agency=${AGENCIES.commune.code}`)).json()).toMatchObject({ code: 'forbidden', rule: 'see-statistics' });
    expect((await story.sessions.leader.request('GET', `/api/v1/statistics/dossiers?figure=received&agency=${AGENCIES.province.code}`)).statusCode).toBe(403);
    expect((await story.sessions.specialist.request('GET', '/api/v1/statistics/dossiers?figure=received')).statusCode).toBe(403);
    expect((await other.request('GET', '/api/v1/statistics/dossiers?figure=received')).json()).toMatchObject({ agency: { code: AGENCIES.otherCommune.code }, items: [] });
    expect((await story.admin.request('GET', '/api/v1/statistics/dossiers?figure=everything')).statusCode).toBe(400);
    expect((await story.admin.request('GET', '/api/v1/statistics/dossiers?figure=received&cursor=bm90LWEta2V5')).json()).toMatchObject({ field: 'cursor' });
    expect((await story.t.app.inject({ method: 'GET', url: '/api/v1/statistics/dossiers?figure=received' })).statusCode).toBe(401);
  });
});
