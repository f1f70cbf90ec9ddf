import { type Agency, type AgencyKind, type UnitKind, defaultAgencyAbbreviation, defaultUnitAbbreviation, isAgencyCode } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, notFound } from '../../platform/errors.js';
import { TtlCache } from '../../platform/ttl-cache.js';
import * as repo from './repo.js';
import { authorize } from '../../platform/rule-book.js';

export type { AgencyRow, UnitRow } from './repo.js';
export { findAgencyByCode, lineage } from './repo.js';

/** Commune code → name, of the communes in office. */
export async function communeNames(db: Queryable): Promise<Map<string, string>> {
  return new Map((await repo.listCommunes(db)).map((row) => [row.code, row.short_name]));
}

/** An agency as a choice shows it: the commune the applicant picks, the agencies that offer a procedure. */
export interface AgencyChoice {
  id: string;
  code: string;
  name: string;
}

/** The communes, wards and special zones in office, by short name. */
export async function communesInOffice(db: Queryable): Promise<AgencyChoice[]> {
  return (await repo.listCommunes(db)).map(({ id, code, name }) => ({ id, code, name }));
}

// Agencies and units change rarely and are keyed by globally unique ids, so every dossier action
// may read them from memory. Another instance's edit shows up within a minute.
const found = (row: unknown) => row !== undefined;
const agencyCache = new TtlCache<string, repo.AgencyRow | undefined>(60_000, found);
const unitCache = new TtlCache<string, repo.UnitRow | undefined>(60_000, found);

export const findAgency = (db: Queryable, id: string) => agencyCache.get(id, () => repo.findAgency(db, id));
export const findUnit = (db: Queryable, agencyId: string, code: string) => unitCache.get(`${agencyId}/${code}`, () => repo.findUnit(db, agencyId, code));
export const findOneStopUnit = (db: Queryable, agencyId: string) => unitCache.get(`${agencyId}#one-stop`, () => repo.findOneStopUnit(db, agencyId));

export const AGENCY = { vi: 'cơ quan', en: 'Agency' };


export async function listAgencyTree(db: Queryable): Promise<Agency[]> {
  const [agencies, units] = await Promise.all([repo.listAgencies(db), repo.listUnits(db)]);
  return agencies.map((agency) => ({
    id: agency.id,
    code: agency.code,
    name: agency.name,
    shortName: agency.short_name,
    kind: agency.kind,
    parentId: agency.parent_id,
    address: agency.address,
    phone: agency.phone,
    abolishedOn: agency.abolished_on,
    successorId: agency.successor_id,
    symbolAbbreviation: agency.symbol_abbreviation ?? defaultAgencyAbbreviation(agency),
    units: units
      .filter((unit) => unit.agency_id === agency.id)
      .map(({ id, code, name, kind, symbol_abbreviation }) => ({ id, code, name, kind, symbolAbbreviation: symbol_abbreviation ?? defaultUnitAbbreviation({ name }) })),
  }));
}

/** Throws 403 unless the officer administers every one of these agencies (each itself or from above it); 404 for an unknown one. */
export async function assertAdministersEvery(db: Queryable, officer: AuthenticatedOfficer, agencyIds: Iterable<string>): Promise<void> {
  const lineages = await Promise.all([...new Set(agencyIds)].map((agencyId) => repo.lineage(db, agencyId)));
  if (lineages.some((chain) => chain.length === 0)) throw notFound(AGENCY);
  authorize(officer, 'administer-agencies', lineages);
}

/** Throws 403 unless the officer administers this agency (or one above it). */
export const assertAdministers = (db: Queryable, officer: AuthenticatedOfficer, agencyId: string) => assertAdministersEvery(db, officer, [agencyId]);

/** The installation's root agencies: those with no parent (the province). */
export async function rootAgencyIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM agencies WHERE parent_id IS NULL')).rows.map((row) => row.id);
}

function uniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

export interface NewAgency {
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId: string;
  address: string;
  phone: string;
}

export async function createAgency(db: Database, actor: Actor & { kind: 'officer' }, input: NewAgency): Promise<repo.AgencyRow> {
  if (!isAgencyCode(input.code)) {
    throw new AppError(400, 'invalid_agency_code', 'Mã định danh cơ quan phải có dạng ddd.dd.dd.Hdd (13 ký tự).', 'The agency code must look like ddd.dd.dd.Hdd.', 'code');
  }
  await assertAdministers(db, actor.officer, input.parentId);
  try {
    return await db.transaction(async (tx) => {
      const agency = await repo.insertAgency(tx, {
        code: input.code,
        name: input.name.normalize('NFC'),
        short_name: input.shortName.normalize('NFC'),
        kind: input.kind,
        parent_id: input.parentId,
        address: input.address.normalize('NFC'),
        phone: input.phone,
      });
      await appendAudit(tx, actor, { action: 'agency.create', entityType: 'agency', entityId: agency.id, details: { code: agency.code, name: agency.name } });
      return agency;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError(409, 'agency_code_taken', `Mã định danh ${input.code} đã được sử dụng.`, `Agency code ${input.code} is already used.`, 'code');
    throw error;
  }
}

export async function createUnit(
  db: Database,
  actor: Actor & { kind: 'officer' },
  agencyId: string,
  input: { code: string; name: string; kind: UnitKind },
): Promise<repo.UnitRow> {
  await assertAdministers(db, actor.officer, agencyId);
  try {
    return await db.transaction(async (tx) => {
      const unit = await repo.insertUnit(tx, { agency_id: agencyId, code: input.code, name: input.name.normalize('NFC'), kind: input.kind });
      await appendAudit(tx, actor, { action: 'unit.create', entityType: 'unit', entityId: unit.id, details: { agencyId, code: unit.code, name: unit.name } });
      return unit;
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError(409, 'unit_code_taken', `Mã đơn vị ${input.code} đã có trong cơ quan.`, `Unit code ${input.code} already exists in this agency.`, 'code');
    throw error;
  }
}

export async function updateAgencyDetails(
  db: Database,
  actor: Actor & { kind: 'officer' },
  agencyId: string,
  changes: { name?: string; shortName?: string; address?: string; phone?: string; abolishedOn?: string; successorId?: string; symbolAbbreviation?: string },
): Promise<repo.AgencyRow> {
  // Naming a successor hands the agency's work to it: that agency has a say too.
  await assertAdministersEvery(db, actor.officer, changes.successorId ? [agencyId, changes.successorId] : [agencyId]);
  return db.transaction(async (tx) => {
    const agency = await repo.updateAgency(tx, agencyId, {
      name: changes.name?.normalize('NFC'),
      short_name: changes.shortName?.normalize('NFC'),
      address: changes.address?.normalize('NFC'),
      phone: changes.phone,
      abolished_on: changes.abolishedOn,
      successor_id: changes.successorId,
      symbol_abbreviation: changes.symbolAbbreviation?.normalize('NFC'),
    });
    if (!agency) throw notFound(AGENCY);
    await appendAudit(tx, actor, { action: 'agency.update', entityType: 'agency', entityId: agencyId, details: { ...changes } });
    return agency;
  }).finally(() => agencyCache.delete(agencyId));
}

/**
 * What an agency, and the unit that drafted a document, write in its symbol (`QĐ-UBND`,
 * `UBND-VP`): the abbreviation an administrator set, else @motcua/core's default from the name.
 */
export async function symbolAbbreviations(db: Queryable, agencyId: string, unitId: string | null): Promise<{ agency: string; unit: string | null }> {
  const { rows } = await db.query<{ name: string; kind: AgencyKind; symbol_abbreviation: string | null; unit_name: string | null; unit_abbreviation: string | null }>(
    `SELECT a.name, a.kind, a.symbol_abbreviation, u.name AS unit_name, u.symbol_abbreviation AS unit_abbreviation
       FROM agencies a LEFT JOIN units u ON u.id = $2 AND u.agency_id = a.id WHERE a.id = $1`,
    [agencyId, unitId],
  );
  const row = rows[0];
  if (!row) throw notFound(AGENCY);
  return {
    agency: row.symbol_abbreviation ?? defaultAgencyAbbreviation(row),
    unit: row.unit_name === null ? null : (row.unit_abbreviation ?? defaultUnitAbbreviation({ name: row.unit_name })),
  };
}
