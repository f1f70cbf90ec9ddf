import { type DossierAction, type ProcedureDefinition, type WorkCalendar } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { type AgencyRow, findAgency, findOneStopUnit } from '../agencies/index.js';
import { definitionOf } from '../dossiers/index.js';
import { type DossierEventRow, type DossierRow, listEvents } from '../dossiers/index.js';
import { signingLinesAt } from '../officers/index.js';
import { placeOf } from './format.js';

/** What the papers are made from: the dossier, the procedure version it follows, its process-control record. */
export interface DossierSource {
  dossier: DossierRow;
  definition: ProcedureDefinition;
  events: DossierEventRow[];
}

export interface PaperDeps {
  db: Queryable;
  calendar: WorkCalendar;
  /** The portal's address, for links printed on papers. */
  publicUrl: string;
}

export async function loadSource(db: Queryable, dossier: DossierRow): Promise<DossierSource> {
  const [definition, events] = await Promise.all([definitionOf(db, dossier.procedure_version_id), listEvents(db, dossier.id)]);
  return { dossier, definition, events };
}

/** The actions that receive a dossier: at the counter, or an online submission. */
export const RECEPTIONS: readonly DossierAction[] = ['receive_at_counter', 'receive'];

/** The latest event of these kinds, if the dossier had one. */
export function lastEvent(source: DossierSource, actions: readonly DossierAction[]): DossierEventRow | undefined {
  return source.events.findLast((event) => actions.includes(event.action));
}

/** Who issues a paper, as its header and closing name them. */
export interface Issuer {
  /** The agency above the issuer, if any. */
  superior: string | undefined;
  issuer: string;
  /** The agency itself (the issuer may be its one-stop section). */
  agency: AgencyRow;
  /** The locality of the place-and-date line. */
  place: string;
}

async function agencyOf(db: Queryable, agencyId: string): Promise<AgencyRow> {
  const agency = await findAgency(db, agencyId);
  if (!agency) throw new Error(`Agency ${agencyId} is missing`);
  return agency;
}

/** An agency issuing in its own name, under its parent agency. */
export async function agencyIssuer(db: Queryable, agencyId: string): Promise<Issuer> {
  const agency = await agencyOf(db, agencyId);
  const parent = agency.parent_id ? await findAgency(db, agency.parent_id) : undefined;
  return { superior: parent?.name, issuer: agency.name, agency, place: placeOf(agency.name) };
}

/** The one-stop section of an agency, which receives dossiers and returns results, under its agency. */
export async function oneStopIssuer(db: Queryable, agencyId: string): Promise<Issuer> {
  const unit = await findOneStopUnit(db, agencyId);
  if (!unit) return agencyIssuer(db, agencyId);
  const agency = await agencyOf(db, agencyId);
  return { superior: agency.name, issuer: unit.name, agency, place: placeOf(agency.name) };
}

/** The authority over the signature of the officer who did what a paper records, for the agency issuing it. */
export async function signerAuthority(db: Queryable, event: DossierEventRow, issuer: Issuer): Promise<string[] | undefined> {
  return event.actor_officer_id ? signingLinesAt(db, event.actor_officer_id, issuer.agency) : undefined;
}
