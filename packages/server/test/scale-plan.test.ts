import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/demo/people.js';
import { type Template, allocate, dayOf, planWeek, weekStarts, weekWeight } from '../bench/scale/plan.js';

const TODAY = dayOf('2026-12-02');
const template = (id: string, codeDate: string, lastDate: string, finished: boolean, communeId: string | null = null): Template => ({
  id,
  codeDay: dayOf(codeDate),
  lastDay: dayOf(lastDate),
  finished,
  organisation: false,
  communeId,
  online: false,
  feePaid: false,
  suppliedOnce: false,
});

describe('the plan of a province at scale', () => {
  it('splits a total over weights in whole numbers that add up to it', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const counts = allocate(1_000_003, weekStarts(TODAY, 261).map((first) => weekWeight(first, TODAY, 261)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000_003);
  });

  it('makes the weeks before Tết busier than the week of Tết and than an ordinary week', () => {
    // Tết 2026 fell on 17 February.
    const beforeTet = weekWeight(dayOf('2026-02-02'), TODAY, 261);
    const tet = weekWeight(dayOf('2026-02-16'), TODAY, 261);
    const ordinary = weekWeight(dayOf('2026-05-04'), TODAY, 261);
    expect(beforeTet).toBeGreaterThan(ordinary * 1.4);
    expect(tet).toBeLessThan(ordinary / 2);
  });

  it('moves templates by whole weeks into the week asked, never onto today or later', () => {
    const templates = [template('old', '2026-09-10', '2026-09-12', true), template('recent', '2026-11-27', '2026-12-02', true)];
    const shape = { today: TODAY, weeks: 10, templates, communeFamilies: new Map() };
    const week = weekStarts(TODAY, 10)[9]!;
    const orders = planWeek(createRandom(1), shape, week, 50);
    expect(orders).toHaveLength(50);
    for (const order of orders) {
      const source = templates.find((item) => item.id === order.templateId)!;
      expect(order.shiftDays % 7).toBe(0);
      expect(source.codeDay + order.shiftDays).toBeGreaterThanOrEqual(week);
      expect(source.codeDay + order.shiftDays).toBeLessThan(week + 7);
      expect(source.lastDay + order.shiftDays).toBeLessThan(TODAY);
    }
    // The recent template ends today: it can only be copied further back.
    expect(orders.every((order) => order.templateId === 'old')).toBe(true);
  });

  it('copies unfinished dossiers only a little back in time, so that only a few are overdue', () => {
    const templates = [template('open', '2026-11-20', '2026-11-25', false), template('done', '2026-11-20', '2026-11-25', true)];
    const shape = { today: TODAY, weeks: 20, templates, communeFamilies: new Map() };
    const starts = weekStarts(TODAY, 20);
    const recent = planWeek(createRandom(2), shape, starts[18]!, 200);
    expect(recent.some((order) => order.templateId === 'open')).toBe(true);
    const old = planWeek(createRandom(3), shape, starts[5]!, 200);
    expect(old.every((order) => order.templateId === 'done')).toBe(true);
  });

  it('sends by post, pays online and asks a second supplement only where the template allows, and rates some copies', () => {
    const templates = [
      { ...template('paper', '2026-10-01', '2026-10-05', true), feePaid: true, suppliedOnce: true },
      { ...template('online', '2026-10-01', '2026-10-05', true), online: true },
    ];
    const shape = { today: TODAY, weeks: 30, templates, communeFamilies: new Map() };
    const orders = planWeek(createRandom(5), shape, weekStarts(TODAY, 30)[3]!, 2000);
    const of = (id: string) => orders.filter((order) => order.templateId === id);
    expect(of('online').some((order) => order.byPost || order.paysOnline || order.secondSupplement)).toBe(false);
    const paper = of('paper');
    for (const variant of ['byPost', 'paysOnline', 'secondSupplement'] as const) {
      const share = paper.filter((order) => order[variant]).length / paper.length;
      expect(share, variant).toBeGreaterThan(0.02);
      expect(share, variant).toBeLessThan(0.35);
    }
    const rated = orders.filter((order) => order.rating);
    expect(rated.length / orders.length).toBeGreaterThan(0.2);
    expect(new Set(rated.map((order) => order.rating))).toEqual(new Set(['very_satisfied', 'satisfied', 'not_satisfied']));
  });

  it('spreads a commune’s dossiers over the communes made in its image, with new applicants', () => {
    const templates = [template('commune', '2026-10-01', '2026-10-05', true, 'model')];
    const shape = { today: TODAY, weeks: 30, templates, communeFamilies: new Map([['model', ['model', 'copy-1', 'copy-2']]]) };
    const orders = planWeek(createRandom(4), shape, weekStarts(TODAY, 30)[3]!, 300);
    expect(new Set(orders.map((order) => order.toAgencyId))).toEqual(new Set(['model', 'copy-1', 'copy-2']));
    expect(orders.every((order) => order.fromAgencyId === 'model')).toBe(true);
    expect(new Set(orders.map((order) => order.applicantIdNumber)).size).toBeGreaterThan(290);
    expect(orders.every((order) => /^038\d{9}$/.test(order.applicantIdNumber) && /^[A-Z2-9]{6}$/.test(order.lookupCode))).toBe(true);
  });
});
