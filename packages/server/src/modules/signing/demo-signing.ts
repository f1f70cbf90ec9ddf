import { webcrypto } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database, Queryable } from '../../db/database.js';
import { loadGrants } from '../../platform/authentication.js';
import { findAgency } from '../agencies/index.js';
import { type DemoAgency, type DemoAuthority, type DemoOfficer, createDemoAuthority, issueOfficerCertificate, officerPkcs12, trustDemoAuthority } from './demo-ca.js';
import type { Signing } from './credentials.js';
import { drawDemoSeal, drawDemoSignature } from './images.js';
import { installOfficerPkcs12, putSignatureImage, signatureImage } from './personal.js';
import { type SimulatedAccount, createSigningSimulator } from './simulator.js';

/**
 * Signing in the demo beyond the agencies' credentials (demo-ca.ts): a drawn seal for every agency
 * and a drawn signature for every leader, and a simulated remote signing service on its own port
 * with an account for every leader (the account id is their username). Its CA and keys are kept in
 * `<dataDir>/signing-simulator.json`, so that a restart serves the same accounts; its CA is trusted
 * while the demo is on. An administrator turns a leader's signing remote with
 * PUT /api/v1/officers/:id/signing-method { method: "remote", serviceUrl, accountId: username }.
 */

/** Each agency's drawn seal, which releasing an outgoing document stamps over the signer's signature. */
export async function installDemoSeals(tx: Queryable, agencies: DemoAgency[]): Promise<void> {
  for (const agency of agencies) await putSignatureImage(tx, { kind: 'agency', agencyId: agency.id }, drawDemoSeal(agency.name), null);
}

/** A leader of the demo, who signs outgoing documents and approvals in their own name. */
export interface DemoLeader extends DemoOfficer {
  id: string;
}

/**
 * Gives each leader what signing in their own name takes: a personal certificate of the CA, as a
 * PKCS#12 file the installation holds, and a drawn image of their signature. An administrator may
 * switch a leader to the simulated remote service instead (demo-signing.ts).
 */
export async function installDemoLeaderSignatures(tx: Queryable, signing: Signing, authority: DemoAuthority, leaders: DemoLeader[], validity: { notBefore: Date; notAfter: Date }): Promise<void> {
  for (const leader of leaders) {
    const issued = await issueOfficerCertificate(authority, leader, validity);
    const file = await officerPkcs12(issued);
    await installOfficerPkcs12(tx, signing, leader.id, { ...file, certificate: issued.certificate, chain: issued.chain });
    await putSignatureImage(tx, { kind: 'officer', officerId: leader.id }, drawDemoSignature(leader.fullName), null);
  }
}

const SIMULATOR_CA_NAME = 'Dịch vụ ký số từ xa MotCua (mô phỏng)';
const FILE = 'signing-simulator.json';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

interface StoredAccount {
  accountId: string;
  holderName: string;
  privateKeyPkcs8: string;
  certificate: string;
  chain: string[];
}

interface Stored {
  ca: { certificate: string; privateKeyPkcs8: string };
  accounts: StoredAccount[];
}

interface Leader {
  id: string;
  username: string;
  fullName: string;
  agency: DemoAgency;
}

async function leaders(db: Database): Promise<Leader[]> {
  const { rows } = await db.query<{ id: string; username: string; full_name: string }>('SELECT id, username, full_name FROM officer_directory WHERE active ORDER BY username');
  const found: Leader[] = [];
  for (const officer of rows) {
    const grant = (await loadGrants(db, officer.id)).find((item) => item.role === 'agency_leader');
    const agency = grant && (await findAgency(db, grant.agencyId));
    if (agency) found.push({ id: officer.id, username: officer.username, fullName: officer.full_name, agency: { id: agency.id, name: agency.name, province: 'Thanh Hóa' } });
  }
  return found;
}

const VALIDITY_DAYS = 5 * 365;

async function loadOrCreate(path: string, people: Leader[]): Promise<Stored> {
  let stored: Stored | undefined;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as Stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const now = Date.now();
  const validity = { notBefore: new Date(now - 86_400_000), notAfter: new Date(now + VALIDITY_DAYS * 86_400_000) };
  if (!stored) {
    const authority = await createDemoAuthority([], validity, SIMULATOR_CA_NAME);
    stored = { ca: { certificate: b64(authority.certificate), privateKeyPkcs8: b64(new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', authority.privateKey))) }, accounts: [] };
  }
  const ca = {
    certificate: bytes(stored.ca.certificate),
    privateKey: await webcrypto.subtle.importKey('pkcs8', bytes(stored.ca.privateKeyPkcs8), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']),
  };
  const known = new Set(stored.accounts.map((account) => account.accountId));
  const added = people.filter((leader) => !known.has(leader.username));
  for (const leader of added) {
    const issued = await issueOfficerCertificate(ca, { fullName: leader.fullName, agencyName: leader.agency.name, province: leader.agency.province }, validity);
    stored.accounts.push({
      accountId: leader.username,
      holderName: leader.fullName,
      privateKeyPkcs8: b64(new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', issued.privateKey))),
      certificate: b64(issued.certificate),
      chain: issued.chain.map(b64),
    });
  }
  if (added.length > 0 || !known.size) writeFileSync(path, JSON.stringify(stored), { mode: 0o600 });
  return stored;
}

/** Draws the missing images, trusts the simulator's CA and starts the simulator; returns it, listening. */
export async function startDemoSigning(db: Database, config: { dataDir: string; signingSimulatorPort: number; host: string }): Promise<FastifyInstance> {
  const people = await leaders(db);
  const { rows: agencies } = await db.query<{ id: string; name: string }>('SELECT id, name FROM agency_directory WHERE abolished_on IS NULL');
  const unsealed = [];
  for (const agency of agencies) if (!(await signatureImage(db, { kind: 'agency', agencyId: agency.id }))) unsealed.push({ ...agency, province: 'Thanh Hóa' });
  await installDemoSeals(db, unsealed);
  for (const leader of people) {
    if (!(await signatureImage(db, { kind: 'officer', officerId: leader.id }))) await putSignatureImage(db, { kind: 'officer', officerId: leader.id }, drawDemoSignature(leader.fullName), null);
  }
  mkdirSync(config.dataDir, { recursive: true });
  const stored = await loadOrCreate(join(config.dataDir, FILE), people);
  await trustDemoAuthority(db, bytes(stored.ca.certificate));
  const accounts: SimulatedAccount[] = stored.accounts.map((account) => ({
    accountId: account.accountId,
    holderName: account.holderName,
    privateKeyPkcs8: bytes(account.privateKeyPkcs8),
    certificate: bytes(account.certificate),
    chain: account.chain.map(bytes),
  }));
  const simulator = createSigningSimulator({ accounts, timeoutMs: 5 * 60_000 });
  await simulator.listen({ port: config.signingSimulatorPort, host: config.host });
  return simulator;
}
