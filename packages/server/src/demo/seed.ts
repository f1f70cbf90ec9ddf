import type { Database, Queryable } from '../db/database.js';
import type { Signing } from '../modules/signing/credentials.js';
import { type DemoAuthority, createDemoAuthority, installDemoAuthority } from '../modules/signing/demo-ca.js';
import { type DemoLeader, installDemoLeaderSignatures, installDemoSeals } from '../modules/signing/demo-signing.js';
import type { BlobStore } from '../platform/blob-store/index.js';
import { hashPassword } from '../platform/passwords.js';
import { insertDemoCentres } from './centres.js';
import { DEMO_AGENCIES, DEMO_FIELDS, DEMO_OFFICERS, DEMO_PROCEDURES } from './data/index.js';
import { seedCentreHistory } from './centre-history.js';
import { seedDemoDossiers } from './dossiers.js';
import { seedDemoDocuments } from './documents.js';
import { seedDemoLand } from './land.js';
import { seedDemoQuestions } from './questions.js';
import { DEMO_CITIZEN } from './citizen.js';

/**
 * The province's decision announcing its catalogue for the two-level local government that took
 * office on 1 July 2025: every demo procedure's version 1 is published under it.
 */
export const DEMO_CATALOGUE_DECISION = { document: 'Quyết định số 1528/QĐ-UBND', decidedOn: '2025-06-27' };

/** Every demo officer signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'motcua-demo';

// Two instances starting at once on an empty PostgreSQL: only one seeds.
const SEED_LOCK_KEY = 727_002;

/**
 * Every agency still in existence gets a certificate from the demo CA, and every leader a personal
 * one. They are valid from a year back, so that the dossiers replayed over the last months are
 * signed inside their validity.
 */
const demoValidity = (now = new Date()) => ({ notBefore: new Date(now.getTime() - 366 * 86_400_000), notAfter: new Date(now.getTime() + 5 * 365 * 86_400_000) });

async function insertSigningCredentials(tx: Queryable, signing: Signing, agencyIds: Map<string, string>): Promise<DemoAuthority> {
  const agencies = DEMO_AGENCIES.filter((agency) => !agency.abolishedOn).map((agency) => ({ id: agencyIds.get(agency.code)!, name: agency.name, province: 'Thanh Hóa' }));
  const authority = await createDemoAuthority(agencies, demoValidity());
  await installDemoAuthority(tx, signing, authority);
  await installDemoSeals(tx, agencies);
  return authority;
}

async function insertStructure(tx: Queryable, signing: Signing): Promise<void> {
  for (const field of DEMO_FIELDS) {
    await tx.query('INSERT INTO fields (code, name, name_en) VALUES ($1, $2, $3)', [field.code, field.name, field.nameEn]);
  }
  const ids = new Map<string, string>();
  // Parents before children: the list is ordered so that a parent comes first, except successors.
  for (const agency of DEMO_AGENCIES) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO agencies (code, name, short_name, kind, parent_id, address, phone, abolished_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [agency.code, agency.name, agency.shortName, agency.kind, agency.parentCode ? ids.get(agency.parentCode) : null, agency.address, agency.phone, agency.abolishedOn ?? null],
    );
    ids.set(agency.code, rows[0]!.id);
    for (const unit of agency.units) {
      await tx.query('INSERT INTO units (agency_id, code, name, kind) VALUES ($1, $2, $3, $4)', [rows[0]!.id, unit.code, unit.name, unit.kind]);
    }
  }
  for (const agency of DEMO_AGENCIES.filter((item) => item.successorCode)) {
    await tx.query('UPDATE agencies SET successor_id = $2 WHERE id = $1', [ids.get(agency.code), ids.get(agency.successorCode!)]);
  }
  const authority = await insertSigningCredentials(tx, signing, ids);
  await insertDemoCentres(tx, ids);
  // One hash for every demo account: they share a password anyway, and hashing each takes time.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const leaders: DemoLeader[] = [];
  for (const officer of DEMO_OFFICERS) {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO officers (username, full_name, title, email, phone, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [officer.username, officer.fullName, officer.title, officer.email, officer.phone, passwordHash],
    );
    for (const grant of officer.roles) {
      const agencyId = ids.get(grant.agencyCode);
      await tx.query(
        `INSERT INTO officer_roles (officer_id, role, agency_id, unit_id, signing_authority, signing_position)
         VALUES ($1, $2, $3, (SELECT id FROM units WHERE agency_id = $3 AND code = $4), $5, $6)`,
        [rows[0]!.id, grant.role, agencyId, grant.unitCode ?? null, grant.signingAuthority ?? null, grant.signingPosition ?? ''],
      );
    }
    const leading = officer.roles.find((grant) => grant.role === 'agency_leader');
    const agency = leading && DEMO_AGENCIES.find((candidate) => candidate.code === leading.agencyCode);
    if (agency) leaders.push({ id: rows[0]!.id, fullName: officer.fullName, agencyName: agency.name, province: 'Thanh Hóa' });
  }
  await installDemoLeaderSignatures(tx, signing, authority, leaders, demoValidity());
  for (const procedure of DEMO_PROCEDURES) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO procedures (code, name, field_code, level, competent_agency_id, processing_days, online_mode, current_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 1) RETURNING id`,
      [procedure.code, procedure.name, procedure.fieldCode, procedure.level, ids.get(procedure.competentAgencyCode), procedure.processingDays, procedure.onlineMode],
    );
    await tx.query(
      `INSERT INTO procedure_versions (procedure_id, version, definition, effective_from, published_at, deciding_document, decided_on)
       VALUES ($1, 1, $2, '2025-07-01T00:00:00+07:00', '2025-06-27T09:00:00+07:00', $3, $4)`,
      [rows[0]!.id, JSON.stringify(procedure), DEMO_CATALOGUE_DECISION.document, DEMO_CATALOGUE_DECISION.decidedOn],
    );
  }
}

/**
 * On a database with no agencies, creates the demo province: its agencies (each with a certificate
 * of the demo CA), officers for every role, the procedure catalogue and a few hundred dossiers in
 * every state, the approved ones with their signed results, and the past mornings of a few centres'
 * queues (`ticketDays` working days).
 */
export async function seedDemoIfEmpty(db: Database, blobStore: BlobStore, signing: Signing, options: { log: (line: string) => void; dossiers?: number; ticketDays?: number }): Promise<boolean> {
  const seeded = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM agencies');
    if (rows[0]!.n > 0) return false;
    await insertStructure(tx, signing);
    return true;
  });
  if (!seeded) return false;
  options.log(`Demo province created: ${DEMO_AGENCIES.length} agencies, ${DEMO_OFFICERS.length} officers, ${DEMO_PROCEDURES.length} procedures.`);
  // Before the dossiers: their line is the last, the one that says the demo is ready.
  const tickets = await seedCentreHistory(db, { days: options.ticketDays ?? 3 });
  options.log(`Demo centres' past mornings: ${tickets} queue tickets called, served and rated.`);
  options.log(`Demo documents registered and drafted: ${await seedDemoDocuments(db, blobStore, signing)}.`);
  options.log(`Demo land register of phường Hạc Thành: ${await seedDemoLand(db)} parcels.`);
  options.log(`Demo citizens' questions asked and answered: ${await seedDemoQuestions(db, signing)}.`);
  const count = await seedDemoDossiers(db, blobStore, signing, options.dossiers ?? 300, DEMO_PASSWORD);
  options.log(`Demo dossiers created: ${count}. Officers and the citizen ${DEMO_CITIZEN.email} sign in with password "${DEMO_PASSWORD}".`);
  return true;
}
