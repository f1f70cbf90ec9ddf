import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createSigning } from '../../src/modules/signing/credentials.js';
import { type DemoAuthority, createDemoAuthority, installDemoAuthority } from '../../src/modules/signing/demo-ca.js';
import { toPem } from '../../src/modules/signing/x509.js';

/**
 * Signing credentials of the test province, from a CA named in Vietnamese like the demo one.
 * Generated once per test process and installed in each new database, sealed with the key the
 * test apps are configured with.
 */

/** The test apps' MOTCUA_CREDENTIAL_KEY: without one, the server would write a key file into ./data. */
export const TEST_CREDENTIAL_KEY = 'motcua-test-credential-key';

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };

let authority: Promise<DemoAuthority> | undefined;
let names: string[] = [];

function authorityFor(agencyNames: string[]): Promise<DemoAuthority> {
  if (!authority || names.join('|') !== agencyNames.join('|')) {
    names = agencyNames;
    authority = createDemoAuthority(
      agencyNames.map((name, index) => ({ id: String(index), name, province: 'Thử Nghiệm' })),
      VALIDITY,
    );
  }
  return authority;
}

export async function installTestCredentials(db: Database, agencies: Array<{ id: string; name: string }>): Promise<void> {
  const { certificate, credentials } = await authorityFor(agencies.map((agency) => agency.name));
  const signing = createSigning({ ...loadConfig({}), credentialKey: TEST_CREDENTIAL_KEY });
  const installed = { certificate, credentials: credentials.map((credential, index) => ({ ...credential, agencyId: agencies[index]!.id })) };
  // Recorded as the demo's CA is, so that the test apps (MOTCUA_DEMO on by default) trust it.
  await db.transaction((tx) => installDemoAuthority(tx, signing, installed));
}

/** The test CA's certificate, to trust in pdfsig's NSS database. */
export async function testCaPem(): Promise<string> {
  if (!authority) throw new Error('No test province has been created in this process yet');
  return toPem((await authority).certificate);
}

/** A PEM file of trust anchors, as MOTCUA_TRUST_ANCHORS names one; `dispose` removes it. */
export async function trustAnchorsFile(certificates: Array<Uint8Array | string>): Promise<{ path: string; pem: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-anchors-'));
  const pem = certificates.map((certificate) => (typeof certificate === 'string' ? certificate : toPem(certificate))).join('');
  const path = join(dir, 'trust-anchors.pem');
  await writeFile(path, pem);
  return { path, pem, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** The test CA itself, to issue officers' personal certificates. */
export async function testAuthority(): Promise<DemoAuthority> {
  if (!authority) throw new Error('No test province has been created in this process yet');
  return authority;
}
