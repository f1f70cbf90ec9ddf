import type { Database } from '../../src/db/database.js';
import { type OfficerCertificate, issueOfficerCertificate, officerPkcs12 } from '../../src/modules/signing/demo-ca.js';
import { drawDemoSeal, drawDemoSignature } from '../../src/modules/signing/images.js';
import type { Session } from './http.js';
import type { Province } from './province.js';
import { testAuthority } from './signing.js';

export const LEADER = 'Hoàng Văn Chủ Tịch';
const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/**
 * The test province's commune ready to sign and release outgoing documents: its chairman signs on
 * behalf of the People's Committee (his grant), with a personal certificate from the test CA held
 * by the installation and a drawn signature; the commune has a seal. Returns his certificate, for
 * a remote signing service's account.
 */
export async function communeSigns(db: Database, province: Province, admin: Session): Promise<OfficerCertificate> {
  const leaderId = province.officerIds.leader!;
  await db.query(`UPDATE officer_roles SET signing_authority = 'head', signing_position = 'Chủ tịch' WHERE officer_id = $1`, [leaderId]);
  const issued = await issueOfficerCertificate(await testAuthority(), { fullName: LEADER, agencyName: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }, VALIDITY);
  const { pkcs12, password } = await officerPkcs12(issued);
  const answers = [
    await admin.request('PUT', `/api/v1/officers/${leaderId}/signing-method`, { method: 'pkcs12', pkcs12Base64: b64(pkcs12), password }),
    await admin.request('PUT', `/api/v1/officers/${leaderId}/signature-image`, { pngBase64: b64(drawDemoSignature(LEADER)) }),
    await admin.request('PUT', `/api/v1/agencies/${province.agencyIds.commune}/seal-image`, { pngBase64: b64(drawDemoSeal('UBND xã Hòa Bình')) }),
  ];
  for (const answer of answers) if (answer.statusCode !== 200) throw new Error(`Setting up the commune's signing: ${answer.statusCode} ${answer.body}`);
  return issued;
}

/** A draft the commune's specialist writes from the plan template, with these recipients. */
export const planDraft = (leaderId: string, recipients: object, subject: string) => ({
  type: 'plan',
  subject,
  signerId: leaderId,
  recipients,
  body: { text: 'Căn cứ Luật Mặt trận Tổ quốc Việt Nam;\nỦy ban nhân dân xã ban hành kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026.' },
});

/** Takes a draft from its author to the signer: submitted, forwarded by the unit head, its format approved by the clerk. */
export async function throughToSignature(sessions: { specialist: Session; head: Session; clerk: Session }, id: string): Promise<void> {
  for (const [who, action] of [
    [sessions.specialist, 'submit'],
    [sessions.head, 'forward'],
    [sessions.clerk, 'approve-format'],
  ] as const) {
    const response = await who.request('POST', `/api/v1/documents/outgoing/${id}/${action}`, {});
    if (response.statusCode !== 200) throw new Error(`${action}: ${response.statusCode} ${response.body}`);
  }
}
