import { type OfficerRole, type ProcedureDefinition, checkFormValues, checkProcedureDefinition, isAgencyCode, isProcedureCode } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { demoDeclaration } from '../declarations.js';
import { createRandom, demoApplicant } from '../people.js';
import { DEMO_AGENCIES, DEMO_FIELDS, DEMO_OFFICERS, DEMO_PROCEDURES } from './index.js';

const agencies = new Map(DEMO_AGENCIES.map((agency) => [agency.code, agency]));
const fieldCodes = new Set(DEMO_FIELDS.map((field) => field.code));

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every string anywhere inside a value, with the path where it was found. */
function strings(value: unknown, path: string, out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
  return out;
}

function stepAgency(def: ProcedureDefinition, step: ProcedureDefinition['process'][number]): string {
  return step.agency.kind === 'competent' ? def.competentAgencyCode : step.agency.agencyCode;
}

function hasOfficer(role: OfficerRole, agencyCode: string, unitCode?: string): boolean {
  return DEMO_OFFICERS.some((officer) =>
    officer.roles.some((grant) => grant.role === role && grant.agencyCode === agencyCode && (unitCode === undefined || grant.unitCode === undefined || grant.unitCode === unitCode)),
  );
}

describe('demo procedures', () => {
  it('has at least 40 procedures across at least 8 fields', () => {
    expect(DEMO_PROCEDURES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEMO_PROCEDURES.map((def) => def.fieldCode)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(DEMO_PROCEDURES.map((def) => [def.code, def] as const))('%s passes checkProcedureDefinition', (_code, def) => {
    expect(checkProcedureDefinition(def)).toEqual([]);
  });

  it('has unique procedure codes in the national catalogue format', () => {
    expect(duplicates(DEMO_PROCEDURES.map((def) => def.code))).toEqual([]);
    expect(DEMO_PROCEDURES.filter((def) => !isProcedureCode(def.code)).map((def) => def.code)).toEqual([]);
  });

  it('refers only to existing fields, agencies and units', () => {
    const problems: string[] = [];
    for (const def of DEMO_PROCEDURES) {
      if (!fieldCodes.has(def.fieldCode)) problems.push(`${def.code}: field ${def.fieldCode}`);
      const competent = agencies.get(def.competentAgencyCode);
      if (!competent) problems.push(`${def.code}: competent agency ${def.competentAgencyCode}`);
      if (competent?.abolishedOn) problems.push(`${def.code}: competent agency ${def.competentAgencyCode} is abolished`);
      for (const step of def.process) {
        const agency = agencies.get(stepAgency(def, step));
        if (!agency) problems.push(`${def.code} ${step.code}: agency ${stepAgency(def, step)}`);
        else if (step.unitCode && !agency.units.some((unit) => unit.code === step.unitCode && unit.kind === 'processing')) {
          problems.push(`${def.code} ${step.code}: unit ${step.unitCode} in ${agency.code}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses cut-off times only on same-day procedures and keeps the share of same-day steps at zero', () => {
    for (const def of DEMO_PROCEDURES.filter((item) => item.processingDays === 0)) {
      expect(def.process.every((step) => step.shareDays === 0)).toBe(true);
      expect(def.cutoffTime).toBe('15:00');
    }
  });

  it('has at least 4 inter-agency procedures, each returning to the competent agency', () => {
    const interAgency = DEMO_PROCEDURES.filter((def) => def.process.some((step) => step.agency.kind === 'agency'));
    expect(interAgency.length).toBeGreaterThanOrEqual(4);
    for (const def of interAgency) {
      const last = def.process.at(-1)!;
      expect(stepAgency(def, last), def.code).toBe(def.competentAgencyCode);
    }
  });
});

describe('demo agencies and officers', () => {
  it('gives every agency a well-formed, unique code and existing parents and successors', () => {
    for (const agency of DEMO_AGENCIES) {
      expect(agency.code).toMatch(/^\d{3}\.\d{2}\.\d{2}\.[HG]\d{2}$/);
      expect(isAgencyCode(agency.code)).toBe(true);
      if (agency.parentCode) expect(agencies.has(agency.parentCode), agency.code).toBe(true);
      if (agency.successorCode) expect(agencies.get(agency.successorCode)?.abolishedOn, agency.code).toBeUndefined();
      expect(duplicates(agency.units.map((unit) => unit.code)), agency.code).toEqual([]);
    }
    expect(duplicates(DEMO_AGENCIES.map((agency) => agency.code))).toEqual([]);
  });

  it('lists parents before their children', () => {
    const seen = new Set<string>();
    for (const agency of DEMO_AGENCIES) {
      if (agency.parentCode) expect(seen.has(agency.parentCode), agency.code).toBe(true);
      seen.add(agency.code);
    }
  });

  it('has a one-stop unit in the centre and in every commune', () => {
    for (const agency of DEMO_AGENCIES.filter((item) => (item.kind === 'commune' || item.kind === 'centre') && !item.abolishedOn)) {
      expect(agency.units.some((unit) => unit.kind === 'one_stop'), agency.code).toBe(true);
    }
  });

  it('has unique usernames and grants that point to existing agencies and units', () => {
    expect(duplicates(DEMO_OFFICERS.map((officer) => officer.username))).toEqual([]);
    for (const officer of DEMO_OFFICERS) {
      expect(officer.username).toMatch(/^[a-z0-9.]+$/);
      expect(officer.email).toMatch(/^[a-z0-9.]+@[a-z0-9.]+$/);
      for (const grant of officer.roles) {
        const agency = agencies.get(grant.agencyCode);
        expect(agency, `${officer.username} ${grant.agencyCode}`).toBeDefined();
        if (grant.unitCode) expect(agency!.units.some((unit) => unit.code === grant.unitCode), `${officer.username} ${grant.unitCode}`).toBe(true);
      }
    }
  });

  it('staffs every role that a procedure needs', () => {
    const missing: string[] = [];
    for (const def of DEMO_PROCEDURES) {
      if (!hasOfficer('receiving_officer', def.competentAgencyCode)) missing.push(`${def.code}: receiving officer in ${def.competentAgencyCode}`);
      for (const step of def.process) {
        if (!hasOfficer(step.role, stepAgency(def, step), step.unitCode)) missing.push(`${def.code} ${step.code}: ${step.role} in ${stepAgency(def, step)}/${step.unitCode ?? '-'}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('staffs every commune for the commune-level procedures, since any commune may be competent', () => {
    const communeSteps = DEMO_PROCEDURES.filter((def) => def.level === 'commune').flatMap((def) => def.process.filter((step) => step.agency.kind === 'competent'));
    for (const commune of DEMO_AGENCIES.filter((agency) => agency.kind === 'commune')) {
      expect(hasOfficer('receiving_officer', commune.code), commune.code).toBe(true);
      for (const step of communeSteps) expect(hasOfficer(step.role, commune.code, step.unitCode), `${commune.code} ${step.role}/${step.unitCode}`).toBe(true);
    }
  });

  it('has an administrator and a document clerk at the provincial People’s Committee', () => {
    const province = DEMO_AGENCIES.find((agency) => agency.kind === 'province')!.code;
    expect(hasOfficer('admin', province)).toBe(true);
    expect(hasOfficer('document_clerk', province)).toBe(true);
  });
});

describe('demo texts', () => {
  it('writes every string in NFC', () => {
    const all = [...strings(DEMO_FIELDS, 'fields'), ...strings(DEMO_AGENCIES, 'agencies'), ...strings(DEMO_OFFICERS, 'officers'), ...strings(DEMO_PROCEDURES, 'procedures')];
    expect(all.filter(([, value]) => value !== value.normalize('NFC')).map(([path]) => path)).toEqual([]);
  });

  it('keeps template file names ASCII and ends them in .docx', () => {
    for (const def of DEMO_PROCEDURES) {
      for (const component of def.components) {
        if (component.template) expect(component.template).toMatch(/^[a-z0-9-]+\.docx$/);
      }
    }
  });
});

describe('demo e-forms', () => {
  const withForms = DEMO_PROCEDURES.filter((def) => def.form);
  const communes = new Map(DEMO_AGENCIES.filter((agency) => agency.kind === 'commune' && !agency.abolishedOn).map((agency) => [agency.code, agency.shortName]));

  it('gives the common procedures their declaration as an e-form', () => {
    expect(withForms.map((def) => def.code)).toEqual(expect.arrayContaining(['1.001193', '1.000894', '1.000656', '1.004194', '2.000815', '1.001612', '1.002804']));
    expect(withForms.length).toBeGreaterThanOrEqual(10);
  });

  it('gives a code one type in every form, so that one declaration pre-fills the next', () => {
    const types = new Map<string, Set<string>>();
    for (const field of withForms.flatMap((def) => def.form!.fields)) types.set(field.code, (types.get(field.code) ?? new Set()).add(field.type));
    expect([...types].filter(([, kinds]) => kinds.size > 1).map(([code]) => code)).toEqual([]);
    expect(withForms.filter((def) => def.form!.fields.some((field) => field.code === 'declarantIdNumber')).length).toBeGreaterThanOrEqual(8);
  });

  it.each(withForms.map((def) => [def.code, def] as const))('%s: what demo applicants write passes the form', (_code, def) => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = createRandom(seed);
      const applicant = demoApplicant(random, def.applicantTypes.length === 1 && def.applicantTypes[0] === 'organisation' ? true : seed % 5 === 0 && def.applicantTypes.includes('organisation'));
      const values = demoDeclaration(def.form!, { applicant, random, today: '2026-12-04', communeCodes: [...communes.keys()] });
      expect(checkFormValues(def.form!, values, { today: '2026-12-04', communes }).problems).toEqual([]);
    }
  });
});
