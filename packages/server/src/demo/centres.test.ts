import { QUEUE_SERVICE_CODE, TICKET_PREFIX } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { DEMO_CENTRES } from './centres.js';
import { DEMO_AGENCIES, DEMO_FIELDS, DEMO_OFFICERS } from './data/index.js';

describe('demo centres', () => {
  it('are the provincial centre and every commune or ward in existence, each an agency with a one-stop section', () => {
    const communes = DEMO_AGENCIES.filter((agency) => agency.kind === 'commune' && !agency.abolishedOn);
    expect(DEMO_CENTRES.map((item) => item.agencyCode)).toEqual([DEMO_AGENCIES.find((agency) => agency.kind === 'centre')!.code, ...communes.map((agency) => agency.code)]);
    for (const { agencyCode } of DEMO_CENTRES) {
      expect(DEMO_AGENCIES.find((agency) => agency.code === agencyCode)?.units.some((unit) => unit.kind === 'one_stop'), agencyCode).toBe(true);
    }
  });

  it.each(DEMO_CENTRES.map((item) => [item.agencyCode, item.centre] as const))('%s has valid services, each served at a counter, and an officer to serve', (agencyCode, centre) => {
    const codes = centre.services.map((service) => service.code);
    const prefixes = centre.services.map((service) => service.prefix);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(codes.every((code) => QUEUE_SERVICE_CODE.test(code))).toBe(true);
    expect(prefixes.every((prefix) => TICKET_PREFIX.test(prefix))).toBe(true);
    const fields = new Set(DEMO_FIELDS.map((field) => field.code));
    expect(centre.services.filter((service) => service.field !== null && !fields.has(service.field))).toEqual([]);
    const numbers = centre.counters.map((counter) => counter.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const served = new Set(centre.counters.flatMap((counter) => counter.services ?? codes));
    expect([...served].filter((code) => !codes.includes(code))).toEqual([]);
    expect(codes.filter((code) => !served.has(code))).toEqual([]);
    expect(centre.counters.some((counter) => counter.priority)).toBe(true);
    expect(DEMO_OFFICERS.some((officer) => officer.roles.some((grant) => grant.role === 'receiving_officer' && grant.agencyCode === agencyCode))).toBe(true);
  });
});
