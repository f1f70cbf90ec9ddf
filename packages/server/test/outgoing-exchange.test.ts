import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, signIn } from './support/http.js';
import { issueOfficerCertificate, officerPkcs12 } from '../src/modules/signing/demo-ca.js';
import { drawDemoSeal } from '../src/modules/signing/images.js';
import { type Installation, MINISTRY, PROVINCE, type Peers, POSTGRES_SENDS, connectPeers, describeEngines, startPeers } from './support/installations.js';
import { b64, communeSigns, planDraft, throughToSignature } from './support/outgoing.js';
import { testAuthority } from './support/signing.js';

/**
 * An outgoing document released to an agency of a peer installation: the release queues the signed
 * exchange package in its own transaction, the outbox delivers it, and it is registered in the
 * ministry's incoming register with the number and symbol the release gave it; a recall follows it
 * and withdraws it there.
 */

const BASE = '/api/v1/documents/outgoing';
const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const SUBJECT = 'Về việc báo cáo kết quả thực hiện chính quyền địa phương hai cấp';

describe(`outgoing documents to another installation (${describeEngines(POSTGRES_SENDS)})`, () => {
  let peers: Peers;
  let a: Installation;
  let b: Installation;
  let sessions: { specialist: Session; head: Session; clerk: Session; leader: Session };
  let ministryClerk: Session;

  beforeAll(async () => {
    peers = await startPeers(POSTGRES_SENDS);
    ({ a, b } = peers);
    await connectPeers(peers);
    const admin = await signIn(a.app, 'admin');
    await communeSigns(a.db, a.province, admin);
    // The province of installation A (the agency its peer serves) drafts, checks, signs and releases with the commune's staff, who also work there.
    const province = (await a.db.query<{ id: string }>('SELECT id FROM agencies WHERE code = $1', [PROVINCE.code])).rows[0]!.id;
    for (const [username, role, authority] of [
      ['specialist', 'specialist', null],
      ['head', 'unit_head', null],
      ['clerk', 'document_clerk', null],
      ['leader', 'agency_leader', 'head'],
    ] as const) {
      await a.db.query(`INSERT INTO officer_roles (officer_id, role, agency_id, signing_authority, signing_position) VALUES ($1, $2, $3, $4, $5)`, [
        a.province.officerIds[username],
        role,
        province,
        authority,
        authority ? 'Chủ tịch' : '',
      ]);
    }
    const credential = await officerPkcs12(await issueOfficerCertificate(await testAuthority(), { fullName: PROVINCE.name, agencyName: PROVINCE.name, province: 'Hà Tĩnh' }, VALIDITY));
    for (const [path, body] of [
      [`/api/v1/agencies/${province}/signing-credential`, { pkcs12Base64: b64(credential.pkcs12), password: credential.password }],
      [`/api/v1/agencies/${province}/seal-image`, { pngBase64: b64(drawDemoSeal(PROVINCE.name)) }],
    ] as const) {
      const answer = await admin.request('PUT', path, body);
      expect(answer.statusCode, answer.body).toBe(200);
    }
    await b.db.query(`INSERT INTO officer_roles (officer_id, role, agency_id) SELECT $1, 'document_clerk', id FROM agencies WHERE code = $2`, [b.province.officerIds.clerk, MINISTRY.code]);
    const [specialist, head, clerk, leader] = await Promise.all([signIn(a.app, 'specialist'), signIn(a.app, 'head'), signIn(a.app, 'clerk'), signIn(a.app, 'leader')]);
    sessions = { specialist, head, clerk, leader };
    ministryClerk = await signIn(b.app, 'clerk');
    // Two installations migrate and start at once, one on PGlite: longer than one app on a shared machine.
  }, 300_000);
  afterAll(() => peers?.close());

  const post = async (who: Session, path: string, body: object = {}) => {
    const response = await who.request('POST', `${BASE}${path}`, body);
    expect(response.statusCode, `${path}: ${response.body}`).toBeLessThan(300);
    return response.json() as { id: string; numberSymbol: string; state: string; deliveries: Array<{ channel: string; recipient: string; packageId: string; status: string; recalledAt: string | null }> };
  };
  const ministryRegister = async () =>
    ((await ministryClerk.request('GET', `/api/v1/documents/incoming?agency=${MINISTRY.code}`)).json() as { items: Array<{ numberSymbol: string; sender: string; subject: string; state: string }> }).items;

  it('sends the released document to the ministry’s register as a signed package, and its recall after it', async () => {
    const drafted = await post(sessions.specialist, '', { agency: PROVINCE.code, ...planDraft(a.province.officerIds.leader!, { peers: [{ agencyCode: MINISTRY.code, name: MINISTRY.name }] }, SUBJECT) });
    await throughToSignature(sessions, drafted.id);
    await post(sessions.leader, `/${drafted.id}/sign`);
    const released = await post(sessions.clerk, `/${drafted.id}/release`);
    expect(released.deliveries).toEqual([expect.objectContaining({ channel: 'exchange', recipient: MINISTRY.code, status: 'sent' })]);
    // Queued in the release's transaction; nothing has left before the outbox delivers it.
    expect(await ministryRegister()).toEqual([]);
    await a.drain();
    expect(await ministryRegister()).toEqual([expect.objectContaining({ numberSymbol: released.numberSymbol, sender: PROVINCE.name, subject: SUBJECT, state: 'registered' })]);

    const recalled = await post(sessions.leader, `/${drafted.id}/recall`, { note: 'Số liệu cần cập nhật' });
    expect(recalled.deliveries[0]!.recalledAt).not.toBeNull();
    await a.drain();
    expect((await ministryRegister())[0]).toMatchObject({ numberSymbol: released.numberSymbol, state: 'withdrawn' });
  }, 120_000);
});
