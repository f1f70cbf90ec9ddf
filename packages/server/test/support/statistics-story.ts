import { afterAll, beforeAll, expect } from 'vitest';
import { publishVersion } from '../../src/modules/procedures/repo.js';
import { type TestApp, startTestApp } from './app.js';
import { APPLICANT, BIRTH_COMPONENTS, act, receiveWalkIn } from './dossiers.js';
import type { Engine } from './engines.js';
import { type Session, signIn } from './http.js';
import { BIRTH_REGISTRATION } from './province.js';

const at = (iso: string) => new Date(iso);

/** Noon on Wednesday 2 December 2026: the moment the story's figures are counted at. */
export const STORY_NOW = at('2026-12-02T12:00:00+07:00');
export const APOLOGY_B = 'Xin lỗi ông/bà: cần xác minh thêm, hẹn trả ngày 04/12/2026.';
export const APOLOGY_G = 'Xin lỗi ông/bà: chờ ý kiến cơ quan công an, hẹn trả ngày 08/12/2026.';

export type StoryDossier = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'X';
export type StoryOfficer = 'reception' | 'specialist' | 'head' | 'leader';

export interface StatisticsStory {
  sessions: Record<StoryOfficer, Session>;
  codes: Record<StoryDossier, string>;
}

/**
 * A known province year, told through the API to a test app started on 30 December 2025; its
 * clock is left at STORY_NOW. Every dossier's competent agency is the commune (UBND xã Hòa Bình).
 * - F: received 30 Dec 2025, still open — overdue, late, not this year's;
 * - A: received 23 Nov, result returned 26 Nov, before its appointment (30 Nov);
 * - B: received 23 Nov, extended with an apology and approved 1 Dec — finished late;
 * - C: submitted online and received 23 Nov, still open past its appointment;
 * - D: submitted online 23 Nov, never received;
 * - E: received 23 Nov, waiting for a supplement since 24 Nov (clock frozen before the appointment);
 * - G: received 23 Nov, extended with an apology 1 Dec — open, not overdue, yet late by statute;
 * - H, X: received 23 Nov for two other procedures (2.000635, 1.000894), withdrawn the next day.
 */
export async function tellStatisticsStory(t: TestApp): Promise<StatisticsStory> {
  const s = {} as Record<StoryOfficer, Session>;
  const codes = {} as Record<StoryDossier, string>;
  const toLeader = async (code: string, version: number) => act(s.head, code, 'hand_over', await act(s.specialist, code, 'hand_over', version));

  async function withdrawByApplicant(dossier: { code: string; lookupCode: string; version: number }) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${dossier.code}/applicant-actions/withdraw`,
      payload: { version: dossier.version, lookupCode: dossier.lookupCode, comment: 'Không còn nhu cầu.' },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  await publishVersion(t.db, { ...BIRTH_REGISTRATION, code: '1.000894', name: 'Xác nhận tình trạng hôn nhân' }, t.province.agencyIds.commune, null);
  for (const name of ['reception', 'specialist', 'head', 'leader'] as const) s[name] = await signIn(t.app, name);

  codes.F = (await receiveWalkIn(s.reception)).code;

  t.clock.at = at('2026-11-23T09:00:00+07:00');
  const a = await receiveWalkIn(s.reception);
  const b = await receiveWalkIn(s.reception);
  const e = await receiveWalkIn(s.reception);
  const g = await receiveWalkIn(s.reception);
  const h = await receiveWalkIn(s.reception, '2.000635');
  const x = await receiveWalkIn(s.reception, '1.000894');
  const online = async () => {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const file = (await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'tk.pdf', contentBase64: pdf } })).json();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: '1.001193', applicant: APPLICANT, components: BIRTH_COMPONENTS.map((component) => ({ ...component, fileIds: [file.id] })), uploadTokens: [file.uploadToken] },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { code: string; version: number };
  };
  const c = await online();
  const d = await online();
  await act(s.reception, c.code, 'receive', c.version);
  Object.assign(codes, { A: a.code, B: b.code, C: c.code, D: d.code, E: e.code, G: g.code, H: h.code, X: x.code });

  let versionA = await toLeader(a.code, a.version);
  let versionB = await toLeader(b.code, b.version);
  const versionG = await toLeader(g.code, g.version);

  t.clock.at = at('2026-11-24T09:00:00+07:00');
  await act(s.specialist, e.code, 'request_supplement', e.version, { comment: 'Thiếu bản sao giấy tờ tùy thân.' });
  await withdrawByApplicant(h);
  await withdrawByApplicant(x);

  t.clock.at = at('2026-11-26T09:00:00+07:00');
  versionA = await act(s.leader, a.code, 'approve', versionA);
  await act(s.reception, a.code, 'return_result', versionA, { returnMethod: 'in_person' });

  t.clock.at = at('2026-12-01T10:00:00+07:00');
  versionB = await act(s.leader, b.code, 'extend', versionB, { comment: APOLOGY_B, extendWorkingDays: 3 });
  versionB = await act(s.leader, b.code, 'approve', versionB);
  await act(s.leader, g.code, 'extend', versionG, { comment: APOLOGY_G, extendWorkingDays: 5 });

  t.clock.at = STORY_NOW;
  return { sessions: s, codes };
}

/** When the story starts: F's reception. */
export const STORY_START = at('2025-12-30T09:00:00+07:00');

/** The story told on a test app of its own, with the administrator signed in to read the whole province. */
export interface ToldStatisticsStory extends StatisticsStory {
  t: TestApp;
  admin: Session;
}

/**
 * Tells the story before the enclosing describe block's tests and closes its app after them; the
 * object returned is filled in by then, so tests read its fields, never destructure it up front.
 */
export function tellStatisticsStoryBeforeAll(engine: Engine): ToldStatisticsStory {
  const told = {} as ToldStatisticsStory;
  beforeAll(async () => {
    told.t = await startTestApp(engine, { at: STORY_START });
    Object.assign(told, await tellStatisticsStory(told.t));
    told.admin = await signIn(told.t.app, 'admin');
  });
  afterAll(() => told.t.close());
  return told;
}
