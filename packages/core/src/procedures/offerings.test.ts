import { describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from './definition.js';
import { defaultCommune, offeringAgencyCodes, offeringProblems, routeDossier } from './offerings.js';

const COMMUNES = ['000.01.20.H56', '000.01.21.H56', '000.01.22.H56'];
const [HAC_THANH, HAM_RONG, SAM_SON] = COMMUNES as [string, string, string];
const CENTRE = '000.00.01.H56';
const DEPARTMENT = '000.00.10.H56';

type Offered = Pick<ProcedureDefinition, 'competentAgencyCode' | 'offeredBy' | 'level'>;
const single: Offered = { level: 'province', competentAgencyCode: DEPARTMENT };
const everyCommune: Offered = { level: 'commune', competentAgencyCode: HAC_THANH, offeredBy: { scope: 'all_communes' } };
const picked: Offered = { level: 'commune', competentAgencyCode: HAC_THANH, offeredBy: { scope: 'agencies', agencyCodes: [HAC_THANH, SAM_SON, '000.01.99.H56'] } };

describe('who offers a procedure', () => {
  it('is the competent agency alone, every commune in office, or the picked communes still in office', () => {
    expect(offeringAgencyCodes(single, COMMUNES)).toEqual([DEPARTMENT]);
    expect(offeringAgencyCodes(everyCommune, COMMUNES)).toEqual(COMMUNES);
    expect(offeringAgencyCodes(picked, COMMUNES)).toEqual([HAC_THANH, SAM_SON]);
  });

  it('is checked before publication: communes offer only commune-level procedures, at least one picked, none twice', () => {
    expect(offeringProblems(everyCommune)).toEqual([]);
    expect(offeringProblems(single)).toEqual([]);
    expect(offeringProblems({ ...everyCommune, level: 'province' }).map((problem) => problem.field)).toEqual(['offeredBy']);
    expect(offeringProblems({ level: 'commune', offeredBy: { scope: 'agencies', agencyCodes: [] } }).map((problem) => problem.field)).toEqual(['offeredBy.agencyCodes']);
    const twice = offeringProblems({ level: 'commune', offeredBy: { scope: 'agencies', agencyCodes: [HAM_RONG, HAM_RONG] } });
    expect(twice).toHaveLength(1);
    expect(twice[0]!.vi).toContain(HAM_RONG);
  });
});

describe('routing a new dossier', () => {
  it('sends a commune procedure submitted online to the chosen commune, which receives and decides it', () => {
    expect(routeDossier(everyCommune, { channel: 'online', receivingCode: HAM_RONG }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: HAM_RONG, competentCode: HAM_RONG } });
    expect(routeDossier(everyCommune, { channel: 'online', receivingCode: SAM_SON }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: SAM_SON, competentCode: SAM_SON } });
    expect(routeDossier(everyCommune, { channel: 'online', chosenCode: SAM_SON }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: SAM_SON, competentCode: SAM_SON } });
  });

  it('refuses a commune that does not offer it, and asks for a commune when none is chosen', () => {
    expect(routeDossier(picked, { channel: 'online', receivingCode: HAM_RONG }, COMMUNES)).toEqual({ ok: false, refusal: 'not_offered', agencyCode: HAM_RONG });
    expect(routeDossier(everyCommune, { channel: 'online', receivingCode: '000.01.99.H56' }, COMMUNES)).toMatchObject({ ok: false, refusal: 'not_offered' });
    expect(routeDossier(everyCommune, { channel: 'online' }, COMMUNES)).toEqual({ ok: false, refusal: 'commune_required' });
  });

  it("receives a commune procedure at a counter for the counter's own commune, or at a centre for the commune chosen", () => {
    expect(routeDossier(everyCommune, { channel: 'counter', receivingCode: HAM_RONG }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: HAM_RONG, competentCode: HAM_RONG } });
    expect(routeDossier(everyCommune, { channel: 'counter', receivingCode: CENTRE, chosenCode: SAM_SON }, COMMUNES)).toEqual({
      ok: true,
      routing: { receivingCode: CENTRE, competentCode: SAM_SON },
    });
    expect(routeDossier(picked, { channel: 'counter', receivingCode: HAM_RONG }, COMMUNES)).toMatchObject({ ok: false, refusal: 'not_offered' });
  });

  it('routes a province-level procedure received at any centre to its competent body, recording both', () => {
    expect(routeDossier(single, { channel: 'counter', receivingCode: CENTRE }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: CENTRE, competentCode: DEPARTMENT } });
    expect(routeDossier(single, { channel: 'online' }, COMMUNES)).toEqual({ ok: true, routing: { receivingCode: DEPARTMENT, competentCode: DEPARTMENT } });
    expect(routeDossier(single, { channel: 'counter', receivingCode: CENTRE, chosenCode: HAM_RONG }, COMMUNES)).toMatchObject({ ok: false, refusal: 'not_offered' });
  });
});

describe("the applicant's commune by default", () => {
  it('is their own when it offers the procedure, else the only one offering it, else none', () => {
    expect(defaultCommune(COMMUNES, HAM_RONG)).toBe(HAM_RONG);
    expect(defaultCommune([HAC_THANH, SAM_SON], HAM_RONG)).toBeNull();
    expect(defaultCommune([SAM_SON], null)).toBe(SAM_SON);
    expect(defaultCommune(COMMUNES, undefined)).toBeNull();
  });
});
