import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recallDocumentPackage, updateDocumentPackage } from '../src/modules/exchange/index.js';
import { type Session, signIn } from './support/http.js';
import {
  type Installation,
  MINISTRY,
  POSTGRES_SENDS,
  PROVINCE,
  type Peers,
  SYSTEM,
  connectPeers,
  count,
  describeEngines,
  one,
  postPackage,
  sampleLetter,
  sendLetter,
  sentPackage,
  sha256,
  startPeers,
} from './support/installations.js';

const REGISTER = '/api/v1/documents/incoming';
/** An agency neither installation has, which A's administrator thinks B serves. */
const ELSEWHERE = { code: '000.00.00.G02', name: 'Bộ Tài chính' };

interface IncomingDocument {
  id: string;
  state: string;
  channel: string;
  numberSymbol: string;
  subject: string;
  sender: string;
  attachments: Array<{ id: string; name: string }>;
  sentElectronically: unknown;
  history: Array<{ action: string; toState: string; actorName: string; note: string }>;
}

interface SentCourse {
  lastStatus: string | null;
  statuses: Array<{ status: string; reason: string | null }>;
  followUps: Array<{ action: string; reason: string }>;
}

const electronicLines = (b: Installation) => count(b.db, "documents WHERE channel = 'electronic'");
const documentOf = async (b: Installation, packageId: string) =>
  (await one<{ document_id: string } | undefined>(b.db, 'SELECT document_id FROM document_exchange_arrivals WHERE package_id = $1', [packageId]))?.document_id;

describe(`documents received from another installation into the incoming register (${describeEngines(POSTGRES_SENDS)})`, () => {
  let peers: Peers;
  let a: Installation;
  let b: Installation;
  /** Signed in once: A's clerk of the sending agency, B's clerk and leader of the receiving one. */
  let sender: Session;
  let clerk: Session;
  let leader: Session;

  const show = async (session: Session, id: string) => {
    const response = await session.request('GET', `${REGISTER}/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as IncomingDocument;
  };
  const act = async (session: Session, path: string, body: unknown) => {
    const response = await session.request('POST', `${REGISTER}/${path}`, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as IncomingDocument;
  };
  /** What the sending agency's clerk sees of a document A sent, once B's statuses have come back. */
  const course = async (packageId: string) => {
    await b.drain();
    const response = await sender.request('GET', `/api/v1/exchange/sent/${packageId}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as SentCourse;
  };
  const statusesOf = async (packageId: string) => (await course(packageId)).statuses.map((status) => status.status);

  beforeAll(async () => {
    peers = await startPeers(POSTGRES_SENDS);
    ({ a, b } = peers);
    const peer = await connectPeers(peers);
    const admin = await signIn(a.app, 'admin');
    const widened = await admin.request('PUT', `/api/v1/exchange/peers/${peer.id}`, {
      name: peer.name,
      baseUrl: peer.baseUrl,
      certificatePem: peer.certificatePem,
      agencyCodes: [...peer.agencyCodes, ELSEWHERE.code],
    });
    expect(widened.statusCode, widened.body).toBe(200);
    // The province's and the ministry's officers are officers of each installation's test province who also work there.
    const grant = async (at: Installation, agencyCode: string, username: string, role: string) =>
      at.db.query('INSERT INTO officer_roles (officer_id, role, agency_id) SELECT $1, $2, id FROM agencies WHERE code = $3', [at.province.officerIds[username], role, agencyCode]);
    await grant(a, PROVINCE.code, 'clerk', 'document_clerk');
    await grant(b, MINISTRY.code, 'clerk', 'document_clerk');
    await grant(b, MINISTRY.code, 'leader', 'agency_leader');
    await grant(b, MINISTRY.code, 'specialist', 'specialist');
    [sender, clerk, leader] = await Promise.all([signIn(a.app, 'clerk'), signIn(b.app, 'clerk'), signIn(b.app, 'leader')]);
    // Two installations migrate and start at once, one on PGlite: longer than one app on a shared machine.
  }, 300_000);
  afterAll(() => peers?.close());

  let letterId: string;
  let documentId: string;

  it('registers a letter in the recipient agency’s incoming register with its signed files, once however often it is delivered, and tells the sender it arrived', async () => {
    const letter = sampleLetter();
    ({ packageId: letterId } = await sendLetter(a));
    expect(await a.drain()).toBe(1);

    const register = (await clerk.request('GET', `${REGISTER}?agency=${MINISTRY.code}`)).json() as { items: Array<{ id: string; numberSymbol: string; sender: string; subject: string; urgency: string; date: string }> };
    expect(register.items).toHaveLength(1);
    expect(register.items[0]).toMatchObject({ numberSymbol: '123/UBND-VP', sender: PROVINCE.name, subject: letter.subject, urgency: 'urgent', date: '2026-12-04' });
    documentId = register.items[0]!.id;
    expect(await documentOf(b, letterId)).toBe(documentId);

    const registered = await show(clerk, documentId);
    expect(registered).toMatchObject({ state: 'registered', channel: 'electronic', history: [{ action: 'register', toState: 'registered', actorName: 'Hệ thống MotCua' }] });
    expect(registered.attachments.map((file) => file.name)).toEqual(['Công văn 123-UBND-VP.pdf']);
    const file = await clerk.request('GET', `${REGISTER}/${documentId}/attachments/${registered.attachments[0]!.id}`);
    // The bytes the signer signed, unchanged: the signature in them still verifies.
    expect(sha256(file.rawPayload)).toBe(letter.attachments[0]!.sha256);
    expect(registered.sentElectronically).toEqual({
      packageId: letterId,
      senderCode: PROVINCE.code,
      senderName: PROVINCE.name,
      signer: { name: 'Nguyễn Văn Thắng', position: 'Phó Chủ tịch' },
      deadline: '2026-12-18',
      steering: ['reply_required'],
    });

    // The outbox delivers it again, as after an answer lost on the way: the register keeps one line.
    await a.db.query("UPDATE outbox SET done_at = NULL, available_at = now() WHERE payload->>'packageId' = $1", [letterId]);
    expect(await a.drain()).toBe(1);
    expect(await electronicLines(b)).toBe(1);

    expect(await statusesOf(letterId)).toEqual(['arrived']);
  });

  it('tells the sender as the clerk presents the letter and the leader assigns it, and shows it only to the sending agency’s officers', async () => {
    await act(clerk, `${documentId}/present`, { note: 'Kính trình Bộ trưởng' });
    const assigned = await act(leader, `${documentId}/assign`, { lead: { officerId: b.province.officerIds.specialist }, instructions: 'Chủ trì, báo cáo trước hạn.' });
    expect(assigned.state).toBe('assigned');

    const seen = await course(letterId);
    expect(seen.statuses.map((status) => status.status)).toEqual(['arrived', 'accepted', 'assigned']);
    expect(seen.lastStatus).toBe('assigned');
    const otherAgency = await (await signIn(a.app, 'leader')).request('GET', `/api/v1/exchange/sent/${letterId}`);
    expect(otherAgency.statusCode).toBe(404);
  });

  it('replaces the letter’s particulars and files when the sender updates it, and withdraws another when the sender recalls it, keeping why', async () => {
    const corrected = sampleLetter({ subject: 'Về việc báo cáo kết quả triển khai Đề án 06 năm 2026 (bản thay thế)', deadline: '2026-12-25' });
    await a.db.transaction((tx) => updateDocumentPackage(tx, a.exchange, { actor: SYSTEM, documentPackageId: letterId, reason: 'Điều chỉnh hạn xử lý', document: corrected }));
    const { packageId: second } = await sendLetter(a, { subject: 'Về việc đăng ký chỉ tiêu biên chế năm 2027' });
    await a.drain();
    await a.db.transaction((tx) => recallDocumentPackage(tx, a.exchange, { actor: SYSTEM, documentPackageId: second, reason: 'Văn bản ban hành sai thể thức' }));
    await a.drain();

    const updated = await show(clerk, documentId);
    expect(updated).toMatchObject({ state: 'assigned', subject: corrected.subject });
    expect(updated.history.at(-1)).toMatchObject({ action: 'update', note: 'Điều chỉnh hạn xử lý' });
    expect(updated.attachments).toHaveLength(1);
    expect(updated.sentElectronically).toMatchObject({ deadline: '2026-12-25' });
    const recalled = await show(clerk, (await documentOf(b, second))!);
    expect(recalled.state).toBe('withdrawn');
    expect(recalled.history.at(-1)).toMatchObject({ action: 'recall', toState: 'withdrawn', note: 'Văn bản ban hành sai thể thức' });
    expect((await course(second)).followUps).toEqual([expect.objectContaining({ action: 'recall', reason: 'Văn bản ban hành sai thể thức' })]);
  });

  it('refuses a classified document and one for an agency it does not have, registering neither, and tells the sender why', async () => {
    const before = await electronicLines(b);
    const { packageId: secret } = await sendLetter(a, { confidentiality: 'secret', subject: 'Về việc bảo vệ bí mật nhà nước' });
    const { packageId: astray } = await sendLetter(a, {}, ELSEWHERE);
    await a.drain();
    expect(await electronicLines(b)).toBe(before);
    expect(await documentOf(b, secret)).toBeUndefined();

    const secretCourse = await course(secret);
    expect(secretCourse.statuses.map((status) => status.status)).toEqual(['arrived', 'refused']);
    expect(secretCourse.statuses[1]!.reason).toMatch(/^Văn bản tối mật không được gửi, nhận qua hệ thống trao đổi văn bản điện tử/);
    const astrayCourse = await course(astray);
    expect(astrayCourse.statuses).toEqual([expect.objectContaining({ status: 'refused', reason: expect.stringContaining(`Cơ quan nhận ${ELSEWHERE.code}`) })]);
  });

  it('registers nothing from a package changed after it was signed', async () => {
    const before = await electronicLines(b);
    const { packageId } = await sendLetter(a, { subject: 'Về việc phân bổ kinh phí năm 2027' });
    const { body, signature, fingerprint } = await sentPackage(a, packageId);
    const tampered = Buffer.from(body.toString('utf8').replace('kinh phí', 'kinh phi'));
    const response = await postPackage(b, tampered, { 'x-motcua-signature': signature, 'x-motcua-certificate-sha256': fingerprint });
    expect(response.status).toBe(401);
    expect(await electronicLines(b)).toBe(before);
    await a.db.query("UPDATE outbox SET done_at = now() WHERE payload->>'packageId' = $1", [packageId]);
  });

  it('registers a letter once when the receiver went down mid-delivery and its answer was lost', async () => {
    const retryNow = () => a.db.query('UPDATE outbox SET available_at = now() WHERE done_at IS NULL AND dead_at IS NULL');
    const before = await electronicLines(b);
    await b.stop();
    const { packageId } = await sendLetter(a, { subject: 'Về việc kiện toàn tổ chức bộ máy' });
    await a.drain();
    expect(await documentOf(b, packageId)).toBeUndefined();

    await b.restart();
    const { proxy } = peers;
    proxy.mode.cutAnswers = true;
    await retryNow();
    await a.drain();
    expect(await documentOf(b, packageId)).toBeDefined();
    expect(await one(a.db, 'SELECT delivered_at FROM exchange_outgoing_packages WHERE package_id = $1', [packageId])).toEqual({ delivered_at: null });

    proxy.mode.cutAnswers = false;
    await retryNow();
    await a.drain();
    expect(await one(a.db, 'SELECT delivered_at IS NOT NULL AS delivered FROM exchange_outgoing_packages WHERE package_id = $1', [packageId])).toEqual({ delivered: true });
    expect(await electronicLines(b)).toBe(before + 1);
    expect(await statusesOf(packageId)).toEqual(['arrived']);
  });
});
