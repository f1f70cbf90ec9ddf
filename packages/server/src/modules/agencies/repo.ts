import type { AgencyKind, UnitKind } from '@motcua/core';
import type { Queryable } from '../../db/database.js';

export interface AgencyRow {
  id: string;
  code: string;
  name: string;
  short_name: string;
  kind: AgencyKind;
  parent_id: string | null;
  address: string;
  phone: string;
  abolished_on: string | null;
  successor_id: string | null;
}

export interface UnitRow {
  id: string;
  agency_id: string;
  code: string;
  name: string;
  kind: UnitKind;
}

/** The abbreviation set for a document symbol (migration 045), null where @motcua/core's default applies. */
export interface WithSymbolAbbreviation {
  symbol_abbreviation: string | null;
}

export async function listAgencies(db: Queryable): Promise<Array<AgencyRow & WithSymbolAbbreviation>> {
  return (await db.query<AgencyRow & WithSymbolAbbreviation>('SELECT * FROM agencies ORDER BY code')).rows;
}

/** The communes, wards and special zones in office (not abolished), by code: what a declaration's address fields choose from. */
export async function listCommunes(db: Queryable): Promise<Array<{ id: string; code: string; name: string; short_name: string }>> {
  return (
    await db.query<{ id: string; code: string; name: string; short_name: string }>(
      "SELECT id, code, name, short_name FROM agencies WHERE kind = 'commune' AND abolished_on IS NULL ORDER BY short_name",
    )
  ).rows;
}

export async function listUnits(db: Queryable): Promise<Array<UnitRow & WithSymbolAbbreviation>> {
  return (await db.query<UnitRow & WithSymbolAbbreviation>('SELECT * FROM units ORDER BY agency_id, code')).rows;
}

export async function findAgency(db: Queryable, id: string): Promise<AgencyRow | undefined> {
  return (await db.query<AgencyRow>('SELECT * FROM agencies WHERE id = $1', [id])).rows[0];
}

export async function findAgencyByCode(db: Queryable, code: string): Promise<AgencyRow | undefined> {
  return (await db.query<AgencyRow>('SELECT * FROM agencies WHERE code = $1', [code])).rows[0];
}

export async function findUnit(db: Queryable, agencyId: string, code: string): Promise<UnitRow | undefined> {
  return (await db.query<UnitRow>('SELECT * FROM units WHERE agency_id = $1 AND code = $2', [agencyId, code])).rows[0];
}

/** The one-stop section of an agency, where dossiers are received and results returned, if it has one. */
export async function findOneStopUnit(db: Queryable, agencyId: string): Promise<UnitRow | undefined> {
  return (await db.query<UnitRow>(`SELECT * FROM units WHERE agency_id = $1 AND kind = 'one_stop' ORDER BY code LIMIT 1`, [agencyId])).rows[0];
}

/** The agency itself followed by its parent, grandparent … up to the root. */
export async function lineage(db: Queryable, agencyId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH RECURSIVE up(id, parent_id, depth) AS (
       SELECT id, parent_id, 0 FROM agencies WHERE id = $1
       UNION ALL
       SELECT a.id, a.parent_id, up.depth + 1 FROM agencies a JOIN up ON a.id = up.parent_id
     ) SELECT id FROM up ORDER BY depth`,
    [agencyId],
  );
  return rows.map((row) => row.id);
}

export async function insertAgency(
  db: Queryable,
  agency: Omit<AgencyRow, 'id' | 'abolished_on' | 'successor_id'> & { abolished_on?: string | null; successor_id?: string | null },
): Promise<AgencyRow> {
  const { rows } = await db.query<AgencyRow>(
    `INSERT INTO agencies (code, name, short_name, kind, parent_id, address, phone, abolished_on, successor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [agency.code, agency.name, agency.short_name, agency.kind, agency.parent_id, agency.address, agency.phone, agency.abolished_on ?? null, agency.successor_id ?? null],
  );
  return rows[0]!;
}

export async function updateAgency(
  db: Queryable,
  id: string,
  changes: Partial<Pick<AgencyRow, 'name' | 'short_name' | 'address' | 'phone' | 'abolished_on' | 'successor_id'> & WithSymbolAbbreviation>,
): Promise<AgencyRow | undefined> {
  const { rows } = await db.query<AgencyRow>(
    `UPDATE agencies SET
       name = coalesce($2, name), short_name = coalesce($3, short_name), address = coalesce($4, address),
       phone = coalesce($5, phone), abolished_on = coalesce($6, abolished_on), successor_id = coalesce($7, successor_id),
       symbol_abbreviation = coalesce($8, symbol_abbreviation)
     WHERE id = $1 RETURNING *`,
    [id, changes.name ?? null, changes.short_name ?? null, changes.address ?? null, changes.phone ?? null, changes.abolished_on ?? null, changes.successor_id ?? null, changes.symbol_abbreviation ?? null],
  );
  return rows[0];
}

export async function insertUnit(db: Queryable, unit: Omit<UnitRow, 'id'>): Promise<UnitRow> {
  const { rows } = await db.query<UnitRow>('INSERT INTO units (agency_id, code, name, kind) VALUES ($1, $2, $3, $4) RETURNING *', [
    unit.agency_id,
    unit.code,
    unit.name,
    unit.kind,
  ]);
  return rows[0]!;
}
