import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueOfficerCertificate, officerPkcs12 } from '../src/modules/signing/demo-ca.js';
import { drawDemoSeal, drawDemoSignature } from '../src/modules/signing/images.js';
import { type TestApp, startTestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { testAuthority } from './support/signing.js';

/**
 * Administrators configure how an officer signs in their own name (a PKCS#12 file the
 * installation holds) and upload the images of visible signatures: the officer's handwriting, the
 * agency's seal. Each change is audited; officers of other agencies can do none of it.
 */

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe.each(ENGINES)('officers’ personal signing and signature images on $name', (engine) => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let otherLeader: Session;
  const leaderId = () => t.province.officerIds.leader!;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    [admin, leader, otherLeader] = await Promise.all([signIn(t.app, 'admin'), signIn(t.app, 'leader'), signIn(t.app, 'other.leader')]);
  });
  afterAll(() => t.close());

  it('takes the officer’s own PKCS#12 file whose certificate chains to the installation’s CA, and shows its certificate', async () => {
    const issued = await issueOfficerCertificate(await testAuthority(), { fullName: 'Hoàng Văn Chủ Tịch', agencyName: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }, VALIDITY);
    const { pkcs12, password } = await officerPkcs12(issued);
    const wrong = await admin.request('PUT', `/api/v1/officers/${leaderId()}/signing-method`, { method: 'pkcs12', pkcs12Base64: b64(pkcs12), password: 'sai' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'pkcs12_wrong_password', field: 'password' });

    const response = await admin.request('PUT', `/api/v1/officers/${leaderId()}/signing-method`, { method: 'pkcs12', pkcs12Base64: b64(pkcs12), password });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ method: 'pkcs12', remote: null, commonName: 'Hoàng Văn Chủ Tịch', subject: expect.stringContaining('O=Ủy ban nhân dân xã Hòa Bình') });
    expect((await leader.request('GET', `/api/v1/officers/${leaderId()}/signing-method`)).json()).toMatchObject({ method: 'pkcs12', commonName: 'Hoàng Văn Chủ Tịch' });
    const { rows } = await t.db.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_log WHERE action = 'officer_signing.configure' AND entity_id = $1`, [leaderId()]);
    expect(rows.at(-1)!.details).toMatchObject({ method: 'pkcs12', subject: expect.stringContaining('CN=Hoàng Văn Chủ Tịch') });
    // Nothing of the file or its password comes back, nor is written in the clear.
    expect(response.body).not.toContain(password);
    const stored = await t.db.query<{ sealed_secret: Buffer }>('SELECT sealed_secret FROM officer_signing_methods WHERE officer_id = $1 AND retired_at IS NULL', [leaderId()]);
    expect(stored.rows[0]!.sealed_secret.includes(Buffer.from(password))).toBe(false);
  }, 60_000);

  it('refuses a remote account at a service that cannot be reached, with the reason in Vietnamese', async () => {
    const response = await admin.request('PUT', `/api/v1/officers/${leaderId()}/signing-method`, { method: 'remote', serviceUrl: 'http://127.0.0.1:9', accountId: 'CCCD-1' });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({ code: 'remote_signing_unavailable', message: expect.stringContaining('Không kết nối được dịch vụ ký số từ xa') });
  });

  it('stores the officer’s signature image and the agency’s seal as PNG, and refuses anything else', async () => {
    const signature = drawDemoSignature('Hoàng Văn Chủ Tịch');
    const stored = await admin.request('PUT', `/api/v1/officers/${leaderId()}/signature-image`, { pngBase64: b64(signature) });
    expect(stored.statusCode, stored.body).toBe(200);
    expect(stored.json()).toEqual({ width: 480, height: 180 });
    const mine = await leader.request('GET', `/api/v1/officers/${leaderId()}/signature-image`);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(mine.rawPayload, Buffer.from(signature))).toBe(0);

    const seal = await admin.request('PUT', `/api/v1/agencies/${t.province.agencyIds.commune}/seal-image`, { pngBase64: b64(drawDemoSeal('UBND xã Hòa Bình')) });
    expect(seal.statusCode, seal.body).toBe(200);
    expect(seal.json()).toEqual({ width: 400, height: 400 });

    const jpeg = await admin.request('PUT', `/api/v1/agencies/${t.province.agencyIds.commune}/seal-image`, { pngBase64: b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])) });
    expect(jpeg.statusCode).toBe(400);
    expect(jpeg.json()).toMatchObject({ code: 'image_not_png', field: 'pngBase64' });
    const { rows } = await t.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE action IN ('signature_image.upload', 'seal_image.upload') ORDER BY seq`);
    expect(rows.map((row) => row.action)).toEqual(['signature_image.upload', 'seal_image.upload']);
  });

  it('lets officers of another agency neither configure nor see an officer’s signing, nor upload the agency’s seal', async () => {
    expect((await otherLeader.request('PUT', `/api/v1/officers/${leaderId()}/signature-image`, { pngBase64: b64(drawDemoSignature('x')) })).statusCode).toBe(403);
    expect((await otherLeader.request('GET', `/api/v1/officers/${leaderId()}/signature-image`)).statusCode).toBe(403);
    expect((await otherLeader.request('GET', `/api/v1/officers/${leaderId()}/signing-method`)).statusCode).toBe(403);
    expect((await otherLeader.request('PUT', `/api/v1/agencies/${t.province.agencyIds.commune}/seal-image`, { pngBase64: b64(drawDemoSeal('x')) })).statusCode).toBe(403);
    // A leader is not their own administrator: they see how they sign, they do not change it.
    expect((await leader.request('PUT', `/api/v1/officers/${leaderId()}/signature-image`, { pngBase64: b64(drawDemoSignature('x')) })).statusCode).toBe(403);
  });
});
