import { execFile } from 'node:child_process';
import { createHash, type webcrypto } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createSigning } from '../src/modules/signing/credentials.js';
import { type DemoAuthority, createDemoAuthority } from '../src/modules/signing/demo-ca.js';
import { generateKeyPair, issueCertificate, toPem, writePkcs12 } from '../src/modules/signing/x509.js';
import { type TestApp, startTestApp } from './support/app.js';
import { detail } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { drawnPdf, inkIn, pdfInfo, pdfText, pdfWords, readQrCodes, renderPage } from './support/pdf.js';
import { pdfsig } from './support/pdfsig.js';
import { AGENCIES } from './support/province.js';
import { approve, dossierAwaitingApproval, signedResultsOf, signInStaff, type Staff } from './support/results.js';
import { TEST_CREDENTIAL_KEY, testCaPem, trustAnchorsFile } from './support/signing.js';

const run = promisify(execFile);
const flat = (text: string) => text.replace(/\s+/g, ' ');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A one-page PDF as an officer's word processor would export it. */
const officerPdf = (text: string) => drawnPdf((doc) => doc.addPage().fontSize(16).text(text, 72, 100));

/**
 * A CA and an agency certificate made by the openssl command with Vietnamese names (-utf8), the
 * agency's key and certificate exported as a legacy PKCS#12 file (3DES, RC2), as older CA
 * software still issues them.
 */
async function opensslLegacyCredential(agencyName: string, password: string) {
  const dir = await mkdtemp(join(tmpdir(), 'motcua-openssl-'));
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args);
  try {
    const caName = '/C=VN/O=Ban Cơ yếu Chính phủ/CN=Cơ quan chứng thực số chuyên dùng (thử nghiệm)';
    await openssl('genrsa', '-out', path('ca.key'), '2048');
    await openssl('req', '-x509', '-new', '-key', path('ca.key'), '-utf8', '-subj', caName, '-days', '3650',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', path('ca.pem'));
    await openssl('genrsa', '-out', path('agency.key'), '2048');
    await openssl('req', '-new', '-key', path('agency.key'), '-utf8', '-subj', `/C=VN/ST=Thử Nghiệm/CN=${agencyName}`, '-out', path('agency.csr'));
    await writeFile(path('agency.ext'), 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n');
    await openssl('x509', '-req', '-in', path('agency.csr'), '-CA', path('ca.pem'), '-CAkey', path('ca.key'), '-CAcreateserial', '-days', '365',
      '-extfile', path('agency.ext'), '-out', path('agency.pem'));
    await openssl('pkcs12', '-export', '-legacy', '-inkey', path('agency.key'), '-in', path('agency.pem'), '-certfile', path('ca.pem'),
      '-passout', `pass:${password}`, '-out', path('agency.p12'));
    return { caPem: await readFile(path('ca.pem'), 'utf8'), pkcs12: await readFile(path('agency.p12')) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
type Authority = { certificate: Uint8Array; privateKey: webcrypto.CryptoKey };

/** A certification authority: a root, or an intermediate issued by `issuer`. */
async function certificationAuthority(commonName: string, validity = VALIDITY, issuer?: Authority): Promise<Authority> {
  const keys = await generateKeyPair();
  const subject = { country: 'VN', organisation: 'Bộ Khoa học và Công nghệ', commonName };
  const certificate = await issueCertificate({ subject, publicKey: keys.publicKey, issuer: issuer ?? { selfKey: keys.privateKey }, ca: true, ...validity });
  return { certificate, privateKey: keys.privateKey };
}

/** The commune of Đồng Tâm's credential from `issuer`, its file carrying `chain`, as the signing-credential API takes it. */
async function credentialFrom(issuer: Authority, chain: Uint8Array[]) {
  const keys = await generateKeyPair();
  const subject = { country: 'VN', commonName: 'Ủy ban nhân dân xã Đồng Tâm' };
  const certificate = await issueCertificate({ subject, publicKey: keys.publicKey, issuer, ca: false, ...VALIDITY });
  const pkcs12 = await writePkcs12({ privateKey: keys.privateKey, certificate, chain, password: 'mật khẩu' });
  return { pkcs12Base64: Buffer.from(pkcs12).toString('base64'), password: 'mật khẩu' };
}

const NATIONAL_ROOT = 'Cơ quan chứng thực chữ ký số quốc gia (thử nghiệm)';

describe.each(ENGINES)('signed results on $name', (engine) => {
  let t: TestApp;
  let staff: Staff;
  let admin: Session;
  let legacy: Awaited<ReturnType<typeof opensslLegacyCredential>>;
  let nationalRoot: Authority;
  let otherCommuneAuthority: DemoAuthority;
  let anchors: Awaited<ReturnType<typeof trustAnchorsFile>>;
  const communeCredential = () => `/api/v1/agencies/${t.province.agencyIds.commune}/signing-credential`;
  const otherCommuneCredential = () => `/api/v1/agencies/${t.province.agencyIds.otherCommune}/signing-credential`;

  beforeAll(async () => {
    // The installation trusts a national root, the authority that issued the openssl credential and one that issues the commune of Đồng Tâm's.
    const otherCommune = [{ id: 'otherCommune', name: AGENCIES.otherCommune.name, province: 'Thử Nghiệm' }];
    [legacy, nationalRoot, otherCommuneAuthority] = await Promise.all([
      opensslLegacyCredential('Ủy ban nhân dân xã Hòa Bình', 'mật khẩu 123'),
      certificationAuthority(NATIONAL_ROOT),
      createDemoAuthority(otherCommune, { notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date('2031-01-01T00:00:00Z') }),
    ]);
    anchors = await trustAnchorsFile([legacy.caPem, nationalRoot.certificate, otherCommuneAuthority.certificate]);
    // Monday 23 November 2026, 09:00 in Vietnam.
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00'), config: { trustAnchorsPath: anchors.path } });
    staff = await signInStaff(t.app);
    admin = await signIn(t.app, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await anchors.dispose();
  });

  it('signs the result written from the template on approval: valid and trusted for pdfsig, with the QR code and the Vietnamese names intact', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const { result, pdf } = await approve(staff, dossier);

    const after = await detail(staff.leader, dossier.code);
    expect(after.status.state).toBe('result_ready');
    expect(after.outcome).toBe('approved');
    expect(result).toMatchObject({ source: 'template', documentType: 'Giấy khai sinh', agencyName: 'UBND xã Hòa Bình', signer: { name: 'Hoàng Văn Chủ Tịch' }, revoked: null });
    expect(result.verificationCode).toMatch(/^[A-HJ-NP-Z2-9]{10}$/);
    expect(sha256(pdf)).toBe(result.sha256);

    const caResponse = await t.app.inject({ method: 'GET', url: '/api/public/signing-ca.pem' });
    expect(caResponse.statusCode).toBe(200);
    // The installation's anchors, then the test CA, recorded as the demo's is.
    expect(caResponse.body).toBe(anchors.pem + (await testCaPem()));
    const report = await pdfsig(pdf, caResponse.body);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Certificate Validation: Certificate is Trusted.');
    expect(report).toContain('Signer Certificate Common Name: Ủy ban nhân dân xã Hòa Bình');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    const text = flat(await pdfText(pdf));
    for (const expected of ['GIẤY KHAI SINH', 'Nguyễn Văn An', 'Hoàng Văn Chủ Tịch', dossier.code, '(Đã ký số)', 'Ký bởi: UBND xã Hòa Bình', 'Thời gian ký: 09:00 23/11/2026', `Mã xác thực: ${result.verificationCode}`]) {
      expect(text).toContain(expected);
    }
    expect(await readQrCodes(pdf)).toEqual([`http://localhost:3000/verify/${result.verificationCode}`]);

    // The signature block is drawn, not only present in the text layer.
    const [words, page] = await Promise.all([pdfWords(pdf), renderPage(pdf)]);
    const block = words.filter((word) => ['(Đã', 'số)', 'Ký', 'bởi:', 'Thời', 'gian', 'ký:', 'Hoàng', 'Chủ', 'Tịch'].includes(word.text));
    expect(block.length).toBeGreaterThanOrEqual(10);
    expect(block.filter((word) => inkIn(page, word) < 0.04).map((word) => word.text)).toEqual([]);
  });

  it('signs a PDF the officer uploads as the result, followed by a page naming the signature', async () => {
    const upload = await staff.leader.request('POST', '/api/v1/files', {
      name: 'quyet-dinh.pdf',
      contentBase64: (await officerPdf('QUYET DINH so 25/QD-UBND ve viec cong nhan')).toString('base64'),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const dossier = await dossierAwaitingApproval(staff);
    const { result, pdf } = await approve(staff, dossier, { resultFileId: upload.json().id });

    expect(result.source).toBe('upload');
    expect((await pdfInfo(pdf)).Pages).toBe('2');
    const report = await pdfsig(pdf, await testCaPem());
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Certificate Validation: Certificate is Trusted.');
    const text = flat(await pdfText(pdf));
    expect(text).toContain('QUYET DINH so 25/QD-UBND');
    expect(text).toContain('THÔNG TIN KÝ SỐ VĂN BẢN ĐIỆN TỬ');
    expect(text).toContain('(1 trang trước trang này)');
    expect(await readQrCodes(pdf, { page: 2 })).toEqual([`http://localhost:3000/verify/${result.verificationCode}`]);
  });

  it('refuses an approval whose result file is not a PDF, and the dossier stays as it was', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const upload = await staff.leader.request('POST', '/api/v1/files', { name: 'anh.png', contentBase64: png.toString('base64') });
    expect(upload.statusCode, upload.body).toBe(201);
    const dossier = await dossierAwaitingApproval(staff);
    const response = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version, resultFileId: upload.json().id });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'result_not_pdf', field: 'resultFileId' });
    expect((await detail(staff.leader, dossier.code)).version).toBe(dossier.version);
  });

  it('lets administrators configure an agency’s credential, checked on upload, and shows only its certificate', async () => {
    const url = otherCommuneCredential();
    const agency = [{ id: t.province.agencyIds.otherCommune, name: AGENCIES.otherCommune.name, province: 'Thử Nghiệm' }];
    const expired = await createDemoAuthority(agency, { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2025-01-01T00:00:00Z') });
    const [good] = otherCommuneAuthority.credentials;
    const body = (credential = good!, password = credential.password) => ({ pkcs12Base64: Buffer.from(credential.pkcs12).toString('base64'), password });

    const refusals = [
      { payload: body(good, 'sai-mat-khau'), code: 'pkcs12_wrong_password', field: 'password' },
      { payload: { pkcs12Base64: Buffer.from('not a certificate').toString('base64'), password: 'x' }, code: 'pkcs12_invalid', field: 'pkcs12Base64' },
      { payload: body(expired.credentials[0]), code: 'signing_certificate_expired', field: 'pkcs12Base64' },
    ];
    for (const refusal of refusals) {
      const response = await admin.request('PUT', url, refusal.payload);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ code: refusal.code, field: refusal.field });
      expect(response.json().message).toMatch(/chứng thư số|Mật khẩu/);
    }
    const otherLeader = await signIn(t.app, 'other.leader');
    expect((await otherLeader.request('PUT', url, body())).statusCode).toBe(403);

    const configured = await admin.request('PUT', url, body());
    expect(configured.statusCode, configured.body).toBe(200);
    const certificate = configured.json();
    expect(certificate).toMatchObject({
      subject: 'CN=Ủy ban nhân dân xã Đồng Tâm, O=Ủy ban nhân dân xã Đồng Tâm, ST=Thử Nghiệm, C=VN',
      commonName: 'Ủy ban nhân dân xã Đồng Tâm',
      issuer: 'CN=Cơ quan chứng thực chữ ký số MotCua (thử nghiệm), O=MotCua, C=VN',
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2031-01-01T00:00:00.000Z',
      expired: false,
    });
    expect(Object.keys(certificate).sort()).toEqual(['agencyId', 'commonName', 'configuredAt', 'expired', 'fingerprintSha256', 'id', 'issuer', 'notAfter', 'notBefore', 'serialNumber', 'subject']);
    expect(configured.body).not.toContain(good!.password);

    // Its leader sees it, an officer of another agency does not.
    const seen = await otherLeader.request('GET', url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual(certificate);
    expect((await staff.specialist.request('GET', url)).statusCode).toBe(403);

    // Sealed at rest: neither the file nor its password is in the database in clear.
    const { rows } = await t.db.query<{ sealed_secret: Uint8Array; configured_by: string }>(
      'SELECT sealed_secret, configured_by FROM signing_credentials WHERE id = $1',
      [certificate.id],
    );
    const sealed = Buffer.from(rows[0]!.sealed_secret);
    expect(sealed.includes(Buffer.from(good!.password))).toBe(false);
    expect(sealed.includes(Buffer.from(good!.pkcs12).subarray(0, 64))).toBe(false);
    expect(sealed.includes(Buffer.from(Buffer.from(good!.pkcs12).toString('base64').slice(0, 64)))).toBe(false);
    expect(rows[0]!.configured_by).toBe(t.province.officerIds.admin);
    const audit = await t.db.query<{ details: { subject: string } }>(`SELECT details FROM audit_log WHERE action = 'signing_credential.configure' AND entity_id = $1`, [
      t.province.agencyIds.otherCommune,
    ]);
    expect(audit.rows.map((row) => row.details.subject)).toEqual([certificate.subject]);
  });

  it('refuses the approval while the certificate has expired, and the dossier stays as it was', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const now = t.clock.at;
    // The test certificates end with 2045.
    t.clock.at = new Date('2046-01-08T09:00:00+07:00');
    try {
      const response = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'signing_certificate_expired' });
      expect(response.json().message).toContain('đã hết hạn');
      expect(response.json().messageEn).toContain('expired');
    } finally {
      t.clock.at = now;
    }
    const after = await detail(staff.leader, dossier.code);
    expect(after).toMatchObject({ version: dossier.version, outcome: null, status: { state: 'processing' } });
    expect(await signedResultsOf(staff.leader, dossier.code)).toEqual([]);
  });

  it('refuses the approval when the stored credential no longer opens with its password', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const vault = createSigning({ ...loadConfig({}), credentialKey: TEST_CREDENTIAL_KEY }).vault;
    const { rows } = await t.db.query<{ id: string }>('SELECT id FROM signing_credentials WHERE agency_id = $1 AND retired_at IS NULL', [t.province.agencyIds.commune]);
    const working = rows[0]!.id;
    // As if the file had been replaced behind the application's back: a credential whose password is wrong.
    const broken = vault.seal(Buffer.from(JSON.stringify({ pkcs12: Buffer.from('broken').toString('base64'), password: 'sai' })));
    await t.db.query('UPDATE signing_credentials SET retired_at = now() WHERE id = $1', [working]);
    await t.db.query(
      `INSERT INTO signing_credentials (agency_id, sealed_secret, certificate, subject, issuer, serial_number, not_before, not_after, fingerprint_sha256)
       SELECT agency_id, $2, certificate, subject, issuer, serial_number, not_before, not_after, fingerprint_sha256 FROM signing_credentials WHERE id = $1`,
      [working, broken],
    );
    try {
      const response = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'signing_credential_unusable' });
      expect((await detail(staff.leader, dossier.code)).version).toBe(dossier.version);
    } finally {
      await t.db.query('DELETE FROM signing_credentials WHERE agency_id = $1 AND retired_at IS NULL', [t.province.agencyIds.commune]);
      await t.db.query('UPDATE signing_credentials SET retired_at = NULL WHERE id = $1', [working]);
    }
  });

  it('accepts only a certificate that chains to a trust anchor, through the intermediates its file carries, and serves only the anchors', async () => {
    const intermediate = await certificationAuthority('Cơ quan chứng thực trung gian (thử nghiệm)', VALIDITY, nationalRoot);
    // The same names as the national root and its intermediate, other keys: the names chain, the signatures do not.
    const impostorRoot = await certificationAuthority(NATIONAL_ROOT);
    const impostor = await certificationAuthority('Cơ quan chứng thực trung gian (thử nghiệm)', VALIDITY, impostorRoot);
    const lapsed = await certificationAuthority('Cơ quan chứng thực trung gian cũ', { notBefore: VALIDITY.notBefore, notAfter: new Date('2025-12-31T00:00:00Z') }, nationalRoot);
    const ownRoot = await createDemoAuthority([{ id: 'own', name: AGENCIES.otherCommune.name, province: 'Thử Nghiệm' }], VALIDITY);
    const untrusted = {
      'its own root certificate': { pkcs12Base64: Buffer.from(ownRoot.credentials[0]!.pkcs12).toString('base64'), password: ownRoot.credentials[0]!.password },
      'no intermediate': await credentialFrom(intermediate, []),
      'a forged chain': await credentialFrom(impostor, [impostor.certificate, impostorRoot.certificate]),
      'an expired intermediate': await credentialFrom(lapsed, [lapsed.certificate]),
    };
    for (const [what, body] of Object.entries(untrusted)) {
      const response = await admin.request('PUT', otherCommuneCredential(), body);
      expect(response.statusCode, `${what}: ${response.body}`).toBe(400);
      expect(response.json()).toMatchObject({ code: 'signing_certificate_untrusted', field: 'pkcs12Base64' });
      expect(response.json().message).toContain('không dẫn tới chứng thư số gốc mà hệ thống tin cậy');
    }
    for (const chain of [[intermediate.certificate], [intermediate.certificate, nationalRoot.certificate]]) {
      const configured = await admin.request('PUT', otherCommuneCredential(), await credentialFrom(intermediate, chain));
      expect(configured.statusCode, configured.body).toBe(200);
      expect(configured.json().issuer).toBe('CN=Cơ quan chứng thực trung gian (thử nghiệm), O=Bộ Khoa học và Công nghệ, C=VN');
    }

    const bundle = (await t.app.inject({ method: 'GET', url: '/api/public/signing-ca.pem' })).body;
    expect(bundle).toBe(anchors.pem + (await testCaPem()));
    for (const uploaded of [ownRoot.certificate, impostorRoot.certificate, intermediate.certificate]) expect(bundle).not.toContain(toPem(uploaded));
  });

  it('refuses the approval without a certificate, then signs with a legacy PKCS#12 file an administrator configures', async () => {
    const { rows } = await t.db.query<{ id: string }>('SELECT id FROM signing_credentials WHERE agency_id = $1 AND retired_at IS NULL', [t.province.agencyIds.commune]);
    const now = t.clock.at;
    // The openssl command dates its certificates from the real present.
    t.clock.at = new Date();
    try {
      const dossier = await dossierAwaitingApproval(staff);
      expect((await staff.leader.request('DELETE', communeCredential())).statusCode).toBe(403);
      expect((await admin.request('DELETE', communeCredential())).statusCode).toBe(204);

      const refused = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({
        code: 'signing_certificate_missing',
        message: expect.stringContaining('chưa được cấu hình chứng thư số'),
        messageEn: expect.stringContaining('no signing certificate'),
      });
      const unchanged = await detail(staff.leader, dossier.code);
      expect(unchanged).toMatchObject({ version: dossier.version, outcome: null, status: { state: 'processing' } });
      expect(unchanged.events.map((event) => event.action)).not.toContain('approve');
      expect(await signedResultsOf(staff.leader, dossier.code)).toEqual([]);

      const configured = await admin.request('PUT', communeCredential(), { pkcs12Base64: legacy.pkcs12.toString('base64'), password: 'mật khẩu 123' });
      expect(configured.statusCode, configured.body).toBe(200);
      expect(configured.json().issuer).toBe('CN=Cơ quan chứng thực số chuyên dùng (thử nghiệm), O=Ban Cơ yếu Chính phủ, C=VN');

      const { pdf } = await approve(staff, dossier);
      const report = await pdfsig(pdf, legacy.caPem);
      expect(report).toContain('Signature Validation: Signature is Valid.');
      expect(report).toContain('Certificate Validation: Certificate is Trusted.');
      expect(report).toContain('Signer Certificate Common Name: Ủy ban nhân dân xã Hòa Bình');
    } finally {
      t.clock.at = now;
      // The tests after this one sign with the test CA's certificate again.
      await t.db.query('UPDATE signing_credentials SET retired_at = now() WHERE agency_id = $1 AND retired_at IS NULL', [t.province.agencyIds.commune]);
      await t.db.query('UPDATE signing_credentials SET retired_at = NULL WHERE id = $1', [rows[0]!.id]);
    }
  });
  it('writes the result from the procedure’s own template, which only its administrators change', async () => {
    const url = '/api/v1/procedures/1.001193/result-template';
    const initial = await staff.leader.request('GET', url);
    expect(initial.json()).toMatchObject({ isDefault: true, template: { title: 'Giấy khai sinh' }, placeholders: { 'applicant.name': { description: 'Họ và tên người yêu cầu / tên tổ chức', descriptionEn: expect.any(String) } } });
    const template = {
      title: 'Trích lục khai sinh',
      subtitle: 'Bản chính',
      paragraphs: ['Họ, chữ đệm, tên người yêu cầu: {{ applicant.name }}', 'Nơi đăng ký: {{agency.name}}, ngày {{date}}'],
      signerTitle: 'Chủ tịch',
      recipients: ['Ông/bà {{applicant.name}}'],
    };
    expect((await staff.leader.request('PUT', url, template)).statusCode).toBe(403);
    const unknown = await admin.request('PUT', url, { ...template, paragraphs: ['Con của {{applicant.father}}'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'unknown_placeholder', message: expect.stringContaining('{{applicant.father}}') });
    const saved = await admin.request('PUT', url, template);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await staff.leader.request('GET', url)).json()).toMatchObject({ isDefault: false, template });

    const { result, pdf } = await approve(staff, await dossierAwaitingApproval(staff));
    expect(result).toMatchObject({ documentType: 'Trích lục khai sinh', signer: { title: 'Chủ tịch' } });
    const text = flat(await pdfText(pdf));
    for (const expected of ['TRÍCH LỤC KHAI SINH', 'Bản chính', 'Họ, chữ đệm, tên người yêu cầu: Nguyễn Văn An', 'Nơi đăng ký: UBND xã Hòa Bình, ngày 23/11/2026', 'CHỦ TỊCH', '- Ông/bà Nguyễn Văn An']) {
      expect(text).toContain(expected);
    }
  });
});
