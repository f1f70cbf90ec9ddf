import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSigning } from '../src/modules/signing/demo-signing.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

/**
 * The demo's signing as `npm start` sets it up: a drawn seal per agency and a drawn signature per
 * leader, and the simulated remote signing service with an account per leader, whose CA the
 * installation trusts, so that an administrator can turn a leader's signing remote at once.
 */

describe.each(ENGINES)('the demo’s signing on $name', (engine) => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    dataDir = await mkdtemp(join(tmpdir(), 'motcua-demo-signing-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves an account per leader, trusted by the installation, and keeps the same accounts across a restart', async () => {
    const simulator = await startDemoSigning(t.db, { dataDir, signingSimulatorPort: 0, host: '127.0.0.1' });
    const serviceUrl = `http://127.0.0.1:${(simulator.server.address() as AddressInfo).port}`;
    const stored = await readFile(join(dataDir, 'signing-simulator.json'), 'utf8');
    await simulator.close();
    expect((JSON.parse(stored) as { accounts: Array<{ accountId: string }> }).accounts.map((account) => account.accountId)).toEqual(['dept.leader', 'leader', 'other.leader']);

    const again = await startDemoSigning(t.db, { dataDir, signingSimulatorPort: 0, host: '127.0.0.1' });
    try {
      expect(await readFile(join(dataDir, 'signing-simulator.json'), 'utf8')).toBe(stored);
      const url = `http://127.0.0.1:${(again.server.address() as AddressInfo).port}`;
      const admin = await signIn(t.app, 'admin');
      const configured = await admin.request('PUT', `/api/v1/officers/${t.province.officerIds.leader}/signing-method`, { method: 'remote', serviceUrl: url, accountId: 'leader' });
      expect(configured.statusCode, configured.body).toBe(200);
      expect(configured.json()).toMatchObject({ commonName: 'Hoàng Văn Chủ Tịch', issuer: expect.stringContaining('CN=Dịch vụ ký số từ xa MotCua (mô phỏng)') });
      expect(serviceUrl).not.toBe(url);
    } finally {
      await again.close();
    }

    const { rows } = await t.db.query<{ owner_kind: string; count: string }>('SELECT owner_kind, count(*) AS count FROM signature_images GROUP BY owner_kind ORDER BY owner_kind');
    const agencies = await t.db.query<{ count: string }>('SELECT count(*) AS count FROM agency_directory WHERE abolished_on IS NULL');
    expect(rows.map((row) => [row.owner_kind, Number(row.count)])).toEqual([
      ['agency', Number(agencies.rows[0]!.count)],
      ['officer', 3],
    ]);
  }, 60_000);
});
