import { X509Certificate, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { buildPackage } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recallDocumentPackage, sendStatus, updateDocumentPackage } from '../src/modules/exchange/index.js';
import { signIn } from './support/http.js';
import {
  type Installation,
  MINISTRY,
  PGLITE_SENDS,
  PROVINCE,
  type Peers,
  SYSTEM,
  count,
  describeEngines,
  describeSelf,
  one,
  postPackage as post,
  registerPeer,
  sampleLetter,
  sendLetter,
  sentPackage,
  sha256,
  startPeers,
} from './support/installations.js';

const received = (b: Installation) => count(b.db, 'exchange_received_packages');

// One pair of installations for the whole file: the tests follow one letter's course, and the
// receiver that goes down comes last but for the removal of the peer.
describe(`exchange between two installations (${describeEngines(PGLITE_SENDS)})`, () => {
  let peers: Peers;
  let a: Installation;
  let b: Installation;

  beforeAll(async () => {
    peers = await startPeers(PGLITE_SENDS);
    ({ a, b } = peers);
  });
  afterAll(() => peers?.close());

  it('publishes its identity and certificate, and lets only the administrators of the root agency register peers', async () => {
    const self = await describeSelf(a);
    expect(self).toMatchObject({ baseUrl: a.baseUrl, name: 'MotCua — UBND tỉnh Thử Nghiệm' });
    expect(self.agencyCodes).toContain(PROVINCE.code);
    expect(self.fingerprintSha256).toBe(new X509Certificate(self.certificatePem).fingerprint256.replaceAll(':', '').toLowerCase());

    const specialist = await signIn(a.app, 'specialist');
    const refused = await specialist.request('POST', '/api/v1/exchange/peers', { name: 'B', baseUrl: b.baseUrl, certificatePem: self.certificatePem, agencyCodes: [MINISTRY.code] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden', rule: 'administer-exchange-peers' });

    // A reaches B through the proxy, which the test of a receiver going down mid-delivery uses.
    const atA = await registerPeer(a, b, peers.proxy.baseUrl);
    expect(atA.statusCode, atA.body).toBe(201);
    expect(atA.json()).toMatchObject({ baseUrl: peers.proxy.baseUrl, agencyCodes: [MINISTRY.code] });
    const atB = await registerPeer(b, a);
    expect(atB.statusCode, atB.body).toBe(201);
    expect(atB.json()).toMatchObject({ agencyCodes: [PROVINCE.code] });

    const admin = await signIn(a.app, 'admin');
    const ours = await admin.request('POST', '/api/v1/exchange/peers', { name: 'Nhầm', baseUrl: 'https://nham.example.vn', certificatePem: self.certificatePem, agencyCodes: [PROVINCE.code] });
    expect(ours.json()).toMatchObject({ code: 'exchange_agency_code_is_ours' });
    const notHttps = await admin.request('POST', '/api/v1/exchange/peers', { name: 'Nhầm', baseUrl: 'http://example.vn', certificatePem: self.certificatePem, agencyCodes: ['000.00.00.G02'] });
    expect(notHttps.json()).toMatchObject({ code: 'invalid_input', field: 'baseUrl' });
  });

  let letterId: string;

  it('sends a signed letter through the outbox; the receiver keeps it, hands it over and answers that it arrived', async () => {
    ({ packageId: letterId } = await sendLetter(a));
    expect(await received(b)).toBe(0);

    expect(await a.drain()).toBe(1);
    const stored = await one<{ kind: string; state: string; sender_code: string; recipient_code: string }>(
      b.db,
      'SELECT kind, state, sender_code, recipient_code FROM exchange_received_packages WHERE package_id = $1',
      [letterId],
    );
    expect(stored).toEqual({ kind: 'document', state: 'received', sender_code: PROVINCE.code, recipient_code: MINISTRY.code });
    expect(b.handled.documents).toHaveLength(1);
    expect(b.handled.documents[0]!.package).toMatchObject({
      header: { packageId: letterId, from: { agencyCode: PROVINCE.code }, to: { agencyCode: MINISTRY.code } },
      document: { number: { text: '123/UBND-VP' }, subject: 'Về việc báo cáo kết quả triển khai Đề án 06 năm 2026', signer: { name: 'Nguyễn Văn Thắng' } },
    });
    expect(new TextDecoder().decode(b.handled.documents[0]!.package.document.attachments[0]!.content)).toContain('đã ký số');
    expect(await one(a.db, 'SELECT delivered_at IS NOT NULL AS delivered FROM exchange_outgoing_packages WHERE package_id = $1', [letterId])).toEqual({ delivered: true });

    expect(await b.drain()).toBe(1);
    expect(await one(a.db, 'SELECT last_status FROM exchange_outgoing_packages WHERE package_id = $1', [letterId])).toEqual({ last_status: 'arrived' });
    expect(a.handled.statuses.map((status) => [status.package.refersTo, status.package.status])).toEqual([[letterId, 'arrived']]);
  });

  it('carries the statuses the receiver sends as the letter moves, in order', async () => {
    await b.db.transaction(async (tx) => {
      await sendStatus(tx, b.exchange, { actor: SYSTEM, documentPackageId: letterId, status: 'accepted' });
      await sendStatus(tx, b.exchange, { actor: SYSTEM, documentPackageId: letterId, status: 'assigned' });
    });
    await b.drain();
    expect(a.handled.statuses.map((status) => status.package.status)).toEqual(['arrived', 'accepted', 'assigned']);
    expect(await one(a.db, 'SELECT last_status FROM exchange_outgoing_packages WHERE package_id = $1', [letterId])).toEqual({ last_status: 'assigned' });
  });

  it('keeps a package delivered twice once, and answers the second delivery as the first', async () => {
    const { body, signature, fingerprint } = await sentPackage(a, letterId);
    const first = await one<{ received_at: Date }>(b.db, 'SELECT received_at FROM exchange_received_packages WHERE package_id = $1', [letterId]);
    const before = { packages: await received(b), outbox: await count(b.db, 'outbox') };
    const again = await post(b, body, { 'x-motcua-signature': signature, 'x-motcua-certificate-sha256': fingerprint });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ packageId: letterId, kind: 'document', receivedAt: first.received_at.toISOString() });
    expect({ packages: await received(b), outbox: await count(b.db, 'outbox') }).toEqual(before);
    expect(b.handled.documents).toHaveLength(1);
  });

  it('refuses a package changed after it was signed, or signed by a key no peer registered, logs it and keeps nothing', async () => {
    const { body, signature, fingerprint } = await sentPackage(a, letterId);
    const before = await received(b);

    const tampered = Buffer.from(body.toString('utf8').replace('Đề án 06', 'Đề án 07'));
    const changed = await post(b, tampered, { 'x-motcua-signature': signature, 'x-motcua-certificate-sha256': fingerprint });
    expect(changed.status).toBe(401);
    expect(await changed.json()).toMatchObject({ code: 'exchange_signature_invalid', message: expect.stringContaining('Chữ ký số') });

    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const built = buildPackage(
      {
        kind: 'document',
        header: { packageId: randomUUID(), from: { agencyCode: PROVINCE.code, name: PROVINCE.name }, to: { agencyCode: MINISTRY.code, name: MINISTRY.name }, sentAt: new Date() },
        document: sampleLetter({ subject: 'Văn bản giả mạo' }),
      },
      sha256,
    );
    if (!built.ok) throw new Error(built.problem.en);
    const forged = sign('sha256', built.bytes, stranger.privateKey).toString('base64');
    const unregistered = await post(b, built.bytes, { 'x-motcua-signature': forged, 'x-motcua-certificate-sha256': sha256(new TextEncoder().encode('no such certificate')) });
    expect(unregistered.status).toBe(403);
    expect(await unregistered.json()).toMatchObject({ code: 'exchange_peer_unknown' });
    const impostor = await post(b, built.bytes, { 'x-motcua-signature': forged, 'x-motcua-certificate-sha256': fingerprint });
    expect(impostor.status).toBe(401);
    const unsigned = await post(b, built.bytes, {});
    expect(await unsigned.json()).toMatchObject({ code: 'exchange_signature_missing' });

    expect(await received(b)).toBe(before);
    expect(b.handled.documents).toHaveLength(1);
    const refusals = await b.db.query<{ code: string }>('SELECT code FROM exchange_refusals ORDER BY id');
    expect(refusals.rows.map((row) => row.code)).toEqual(['exchange_signature_invalid', 'exchange_peer_unknown', 'exchange_signature_invalid', 'exchange_signature_missing']);
    expect(await count(b.db, "audit_log WHERE action = 'exchange.package_refused'")).toBe(4);
  });

  it('refuses a validly signed package that is malformed, naming the problem', async () => {
    const { body, fingerprint } = await sentPackage(a, letterId);
    const identity = await one<{ sealed_private_key: Uint8Array }>(a.db, 'SELECT sealed_private_key FROM exchange_identity');
    const key = a.exchange.signing.vault.open(Buffer.from(identity.sealed_private_key));
    const broken = Buffer.from(body.toString('utf8').replace(MINISTRY.code, 'G01'));
    const signature = sign('sha256', broken, { key, format: 'der', type: 'pkcs8' }).toString('base64');
    const response = await post(b, broken, { 'x-motcua-signature': signature, 'x-motcua-certificate-sha256': fingerprint });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'exchange_bad_agency_code', message: expect.stringContaining('Mã định danh cơ quan "G01"') });
  });

  it('recalls the letter after it, never before it', async () => {
    const { packageId: second } = await sendLetter(a, { subject: 'Về việc đăng ký chỉ tiêu biên chế năm 2027' });
    await a.db.transaction((tx) => recallDocumentPackage(tx, a.exchange, { actor: SYSTEM, documentPackageId: second, reason: 'Văn bản ban hành sai thể thức' }));
    await a.drain();
    expect(await one(b.db, 'SELECT state FROM exchange_received_packages WHERE package_id = $1', [second])).toEqual({ state: 'recalled' });
    expect(b.handled.controls.map((control) => [control.package.refersTo, control.package.action, control.package.reason])).toEqual([[second, 'recall', 'Văn bản ban hành sai thể thức']]);
    expect(await one(b.db, 'SELECT state FROM exchange_received_packages WHERE package_id = $1', [letterId])).toEqual({ state: 'received' });
  });

  it('updates the letter with a corrected version, and carries a refusal back with its reason', async () => {
    await a.db.transaction((tx) =>
      updateDocumentPackage(tx, a.exchange, { actor: SYSTEM, documentPackageId: letterId, reason: 'Điều chỉnh hạn xử lý', document: sampleLetter({ deadline: '2026-12-25' }) }),
    );
    await a.drain();
    expect(await one(b.db, 'SELECT state FROM exchange_received_packages WHERE package_id = $1', [letterId])).toEqual({ state: 'updated' });
    expect(b.handled.controls.at(-1)!.package).toMatchObject({ refersTo: letterId, action: 'update', replacement: { deadline: '2026-12-25' } });

    await b.db.transaction((tx) => sendStatus(tx, b.exchange, { actor: SYSTEM, documentPackageId: letterId, status: 'refused', reason: 'Không thuộc thẩm quyền của Bộ Nội vụ' }));
    await b.drain();
    // The second letter's arrival went back in the same pass, under its own ordering key: only this letter's order counts.
    const ofTheLetter = a.handled.statuses.filter((status) => status.package.refersTo === letterId);
    expect(ofTheLetter.at(-1)!.package).toMatchObject({ status: 'refused', reason: 'Không thuộc thẩm quyền của Bộ Nội vụ' });
  });

  it('gets a package exactly once from a receiver that went down mid-delivery and restarted on the same database, however often the sender tried', async () => {
    const { proxy } = peers;
    const waiting = (id: string) => count(a.db, "outbox WHERE done_at IS NULL AND dead_at IS NULL AND payload->>'packageId' = $1", [id]);
    // The retry's wait is over: the test does not sleep through the outbox's back-off.
    const retryNow = () => a.db.query('UPDATE outbox SET available_at = now() WHERE done_at IS NULL AND dead_at IS NULL');

    await b.stop();
    const { packageId } = await sendLetter(a);
    await a.drain();
    expect(await waiting(packageId)).toBe(1);
    const keptAt = (id: string) => count(b.db, 'exchange_received_packages WHERE package_id = $1', [id]);
    expect(await keptAt(packageId)).toBe(0);

    await b.restart();
    proxy.mode.cutAnswers = true;
    await retryNow();
    await a.drain();
    expect(await waiting(packageId)).toBe(1);
    expect(await keptAt(packageId)).toBe(1);
    expect(await one(a.db, 'SELECT delivered_at FROM exchange_outgoing_packages WHERE package_id = $1', [packageId])).toEqual({ delivered_at: null });

    proxy.mode.cutAnswers = false;
    await retryNow();
    await a.drain();
    expect(await waiting(packageId)).toBe(0);
    expect(await one(a.db, 'SELECT attempts FROM outbox WHERE payload->>\'packageId\' = $1', [packageId])).toEqual({ attempts: 3 });
    expect(await one(a.db, 'SELECT delivered_at IS NOT NULL AS delivered FROM exchange_outgoing_packages WHERE package_id = $1', [packageId])).toEqual({ delivered: true });
    expect(await keptAt(packageId)).toBe(1);
    expect(b.handled.documents.map((document) => document.package.header.packageId)).toEqual([packageId]);
    expect(await count(b.db, "exchange_outgoing_packages WHERE kind = 'status' AND refers_to = $1", [packageId])).toBe(1);

    await b.drain();
    expect(a.handled.statuses.filter((status) => status.package.refersTo === packageId).map((status) => status.package.status)).toEqual(['arrived']);
  });

  it('lets the administrator move a peer and remove it; what was queued for it is then given up, and nothing more can be sent', async () => {
    const admin = await signIn(a.app, 'admin');
    const [peer] = (await admin.request('GET', '/api/v1/exchange/peers')).json() as Array<{ id: string; name: string; certificatePem: string; agencyCodes: string[] }>;
    // The peer as listed is not a registration: its fingerprint and dates are the installation's to set.
    const asListed = await admin.request('PUT', `/api/v1/exchange/peers/${peer!.id}`, { ...peer, id: undefined, baseUrl: 'https://vanban.moha.example.vn' });
    expect(asListed.statusCode, asListed.body).toBe(400);
    const { name, certificatePem, agencyCodes } = peer!;
    const updated = await admin.request('PUT', `/api/v1/exchange/peers/${peer!.id}`, { name, certificatePem, agencyCodes, baseUrl: 'https://vanban.moha.example.vn' });
    expect(updated.json()).toMatchObject({ id: peer!.id, baseUrl: 'https://vanban.moha.example.vn', agencyCodes: [MINISTRY.code] });

    const { packageId } = await sendLetter(a, { subject: 'Về việc tổng kết công tác năm 2026' });
    expect((await admin.request('DELETE', `/api/v1/exchange/peers/${peer!.id}`)).statusCode).toBe(204);
    await a.drain();
    expect(await one(a.db, 'SELECT given_up_at IS NOT NULL AS given_up, last_error FROM exchange_outgoing_packages WHERE package_id = $1', [packageId])).toEqual({
      given_up: true,
      last_error: `No peer installation serves agency ${MINISTRY.code}`,
    });
    await expect(sendLetter(a)).rejects.toMatchObject({ statusCode: 422, code: 'exchange_no_peer' });
    expect(await count(a.db, "audit_log WHERE action IN ('exchange.peer_registered', 'exchange.peer_updated', 'exchange.peer_removed')")).toBe(3);
  });
});
