import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, startTestApp } from './support/app.js';
import { APPLICANT } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { type Approval, approve, dossierAwaitingApproval, signedResultsOf, signInStaff, type Staff } from './support/results.js';

/** Requests a minute from one address; the other tests stay well under it. */
const PUBLIC_LIMIT = 30;

const check = (t: TestApp, code: string, pdf: Buffer) =>
  t.app.inject({ method: 'POST', url: `/api/public/verify/${code}/check`, payload: { contentBase64: pdf.toString('base64') } });

/** The same file with one byte changed at `offset`. */
function withByteFlipped(pdf: Buffer, offset: number): Buffer {
  const copy = Buffer.from(pdf);
  copy[offset] = copy[offset]! ^ 0x01;
  return copy;
}

describe.each(ENGINES)('public verification of signed results on $name', (engine) => {
  let t: TestApp;
  let staff: Staff;
  let issued: Approval;
  let another: Approval;

  beforeAll(async () => {
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00'), publicRequestsPerMinute: PUBLIC_LIMIT });
    staff = await signInStaff(t.app);
    issued = await approve(staff, await dossierAwaitingApproval(staff));
    another = await approve(staff, await dossierAwaitingApproval(staff, { ...APPLICANT, name: 'Trần Thị Bình', idNumber: '038095009999' }));
  });
  afterAll(() => t.close());

  it('tells anyone, without signing in, who issued and signed a result, and masks the applicant', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/public/verify/${issued.result.verificationCode}` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      verificationCode: issued.result.verificationCode,
      genuine: true,
      status: 'valid',
      documentType: 'Giấy khai sinh',
      dossierCode: issued.code,
      procedure: { code: '1.001193', name: 'Đăng ký khai sinh' },
      applicantName: 'Nguyễn V. A.',
      issuingAgency: { code: '001.01.01.H99', name: 'UBND xã Hòa Bình' },
      signer: { name: 'Hoàng Văn Chủ Tịch' },
      signedAt: '2026-11-23T09:00:00+07:00',
      sha256: issued.result.sha256,
      certificate: { subject: expect.stringContaining('CN=Ủy ban nhân dân xã Hòa Bình'), issuer: expect.stringContaining('CN=Cơ quan chứng thực chữ ký số MotCua (thử nghiệm)') },
      revoked: null,
    });
    // Nothing personal beyond the masked name.
    for (const secret of [APPLICANT.name, APPLICANT.idNumber, APPLICANT.phone, APPLICANT.email, APPLICANT.address]) expect(response.body).not.toContain(secret);
  });

  it('reads a code as people type it, and knows no code it did not issue', async () => {
    const code = issued.result.verificationCode;
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5).toLowerCase()}`;
    expect((await t.app.inject({ method: 'GET', url: `/api/public/verify/${typed}` })).json().verificationCode).toBe(code);
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/verify/ABCDEFGHJK' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'not_found', message: expect.stringContaining('mã xác thực') });
  });

  it('finds the issued file genuine: byte for byte the same, signature valid over all of it, by the issuing certificate', async () => {
    const response = await check(t, issued.result.verificationCode, issued.pdf);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      genuine: true,
      verdict: 'genuine',
      identical: true,
      sha256: issued.result.sha256,
      signature: { present: true, valid: true, coversWholeFile: true, signerMatches: true, signerCommonName: 'Ủy ban nhân dân xã Hòa Bình', signedAt: '2026-11-23T09:00:00+07:00' },
      revoked: null,
    });
    expect(response.json().message).toContain('đúng văn bản đã được ký số');
  });

  it('finds a tampered copy not genuine, wherever the byte was changed', async () => {
    const text = issued.pdf.toString('latin1');
    const contents = text.indexOf('/Contents <', text.lastIndexOf('/ByteRange')) + '/Contents <'.length;
    // The CMS structure is a DER SEQUENCE with a two-byte length (30 82 hh ll); its last bytes are the signature value.
    const cmsLength = 4 + Number.parseInt(text.slice(contents + 4, contents + 8), 16);
    const tampered = [
      // Inside the page's content, under the signature.
      { where: 'content', pdf: withByteFlipped(issued.pdf, Math.floor(issued.pdf.length / 3)), verdict: 'signature_invalid' },
      // Inside the signature value.
      { where: 'signature value', pdf: withByteFlipped(issued.pdf, contents + (cmsLength - 10) * 2), verdict: 'signature_invalid' },
      // Something added after the signature, as an incremental update would.
      { where: 'appended', pdf: Buffer.concat([issued.pdf, Buffer.from('\n% thêm nội dung\n')]), verdict: 'signature_invalid' },
      // Inside the certificate the signature carries: it is no longer the issuing agency's.
      { where: 'certificate', pdf: withByteFlipped(issued.pdf, contents + 200), verdict: 'other_signer' },
    ];
    for (const { where, pdf, verdict } of tampered) {
      const response = await check(t, issued.result.verificationCode, pdf);
      expect(response.statusCode, `${where}: ${response.body}`).toBe(200);
      expect(response.json(), where).toMatchObject({ genuine: false, verdict, identical: false });
    }
    const changed = await check(t, issued.result.verificationCode, tampered[0]!.pdf);
    expect(changed.json()).toMatchObject({ signature: { present: true, valid: false }, message: expect.stringContaining('đã bị thay đổi sau khi ký') });
  });

  it('tells apart another genuine result, and a file without any signature', async () => {
    const other = await check(t, issued.result.verificationCode, another.pdf);
    expect(other.json()).toMatchObject({ genuine: false, verdict: 'different_file', identical: false, signature: { valid: true, signerMatches: true } });
    const unsigned = await check(t, issued.result.verificationCode, Buffer.from('%PDF-1.4\n%%EOF\n'));
    expect(unsigned.json()).toMatchObject({ genuine: false, verdict: 'not_signed', signature: { present: false } });
  });

  it('shows a revoked result as revoked, to the API and to the file check; only the issuing agency’s leaders may revoke', async () => {
    const code = another.result.verificationCode;
    const specialist: Session = staff.specialist;
    // The dossier's list tells each officer whether they may revoke, so that pages offer it only to them.
    expect((await signedResultsOf(specialist, another.code)).map((result) => result.canRevoke)).toEqual([false]);
    expect((await signedResultsOf(staff.leader, another.code)).map((result) => result.canRevoke)).toEqual([true]);
    expect((await specialist.request('POST', `/api/v1/signed-results/${code}/revoke`, { reason: 'Cấp nhầm.' })).statusCode).toBe(403);
    const otherLeader = await signIn(t.app, 'other.leader');
    expect((await otherLeader.request('POST', `/api/v1/signed-results/${code}/revoke`, { reason: 'Cấp nhầm.' })).statusCode).toBe(403);

    const revoked = await staff.leader.request('POST', `/api/v1/signed-results/${code}/revoke`, { reason: 'Sai thông tin người được đăng ký khai sinh.' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toEqual({ verificationCode: code, revoked: { at: '2026-11-23T09:00:00+07:00', reason: 'Sai thông tin người được đăng ký khai sinh.' } });
    expect((await staff.leader.request('POST', `/api/v1/signed-results/${code}/revoke`, { reason: 'Lần nữa.' })).json().code).toBe('already_revoked');
    expect(await signedResultsOf(staff.leader, another.code)).toEqual([
      expect.objectContaining({ verificationCode: code, revoked: { at: '2026-11-23T09:00:00+07:00', reason: 'Sai thông tin người được đăng ký khai sinh.' }, canRevoke: false }),
    ]);

    const view = await t.app.inject({ method: 'GET', url: `/api/public/verify/${code}` });
    expect(view.json()).toMatchObject({ genuine: false, status: 'revoked', revoked: { reason: 'Sai thông tin người được đăng ký khai sinh.' } });
    const file = await check(t, code, another.pdf);
    expect(file.json()).toMatchObject({ genuine: false, verdict: 'revoked', identical: true, signature: { valid: true } });

    const audit = await t.db.query<{ actor_id: string; details: { verificationCode: string } }>(`SELECT actor_id, details FROM audit_log WHERE action = 'signed_result.revoke'`);
    expect(audit.rows).toEqual([{ actor_id: t.province.officerIds.leader, details: { verificationCode: code, reason: 'Sai thông tin người được đăng ký khai sinh.' } }]);
  });

  it('limits how often one address may ask', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= PUBLIC_LIMIT; attempt++) {
      statuses.push((await t.app.inject({ method: 'GET', url: '/api/public/verify/ABCDEFGHJK', remoteAddress: '10.9.9.9' })).statusCode);
    }
    expect(statuses).toEqual([...Array(PUBLIC_LIMIT).fill(404), 429]);
  });
});
