import { webcrypto } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueOfficerCertificate } from '../src/modules/signing/demo-ca.js';
import { settleAwaitingApprovals } from '../src/modules/results/awaiting.js';
import { createSigningSimulator } from '../src/modules/signing/simulator.js';
import { type TestApp, startTestApp } from './support/app.js';
import { detail } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';
import { pdfText } from './support/pdf.js';
import { pdfsig } from './support/pdfsig.js';
import { dossierAwaitingApproval, signInStaff, signedResultsOf, type Staff } from './support/results.js';
import { testAuthority, testCaPem } from './support/signing.js';

/**
 * A leader whose signature is at a remote signing service approves dossiers: the approval waits,
 * unchanged, while the leader confirms on their phone (the simulator, over real HTTP), and then
 * completes with the signed result in one go; a refusal or a timeout leaves the dossier exactly
 * as it was, with the reason in Vietnamese for the leader.
 */

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const ACCOUNT = 'CCCD-001090012345';
const LEADER_NAME = 'Hoàng Văn Chủ Tịch';
const TIMEOUT_MS = 5 * 60_000;

type AwaitingSignature = { id: string; requestedAt: string; expiresAt: string };
type ApprovalSignature = AwaitingSignature & { state: 'awaiting' | 'approved' | 'failed'; failure: { code: string; message: string; messageEn: string } | null };

describe.each(ENGINES)('approval with a remote signature on $name', (engine) => {
  let t: TestApp;
  let staff: Staff;
  let admin: Session;
  let simulator: FastifyInstance;
  let serviceUrl: string;

  /** What "the phone" of the leader's account shows waiting. */
  const phone = async () => (await (await fetch(`${serviceUrl}/v1/accounts/${ACCOUNT}/pending`)).json()) as Array<{ transactionId: string; description: string }>;
  /** The leader taps a button on the phone's page (a form post, as the page sends it). */
  const tap = async (transactionId: string, answer: 'confirm' | 'refuse') => {
    const response = await fetch(`${serviceUrl}/phone/${ACCOUNT}/requests/${transactionId}/${answer}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(response.status).toBe(303);
  };
  const approveRemotely = async (dossier: { code: string; version: number }) => {
    const response = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version, comment: 'Đồng ý cấp giấy khai sinh' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { state: string; version: number; awaitingSignature?: AwaitingSignature };
    expect(body.awaitingSignature).toBeDefined();
    return body;
  };
  const news = async (session: Session, code: string) => {
    const response = await session.request('GET', `/api/v1/dossiers/${code}/approval-signature`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ApprovalSignature;
  };
  const unchanged = async (code: string, before: { version: number; state: string }) => {
    const after = await detail(staff.leader, code);
    expect(after.version).toBe(before.version);
    expect(after.status.state).toBe(before.state);
    expect(await signedResultsOf(staff.leader, code)).toEqual([]);
  };

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Vietnam.
    t = await startTestApp(engine, { at: new Date('2026-11-23T09:00:00+07:00') });
    const issued = await issueOfficerCertificate(await testAuthority(), { fullName: LEADER_NAME, agencyName: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }, VALIDITY);
    simulator = createSigningSimulator({
      accounts: [
        {
          accountId: ACCOUNT,
          holderName: LEADER_NAME,
          privateKeyPkcs8: new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', issued.privateKey)),
          certificate: issued.certificate,
          chain: issued.chain,
        },
      ],
      timeoutMs: TIMEOUT_MS,
      now: () => t.clock.at,
    });
    await simulator.listen({ port: 0, host: '127.0.0.1' });
    serviceUrl = `http://127.0.0.1:${(simulator.server.address() as AddressInfo).port}`;
    staff = await signInStaff(t.app);
    admin = await signIn(t.app, 'admin');
    const configured = await admin.request('PUT', `/api/v1/officers/${t.province.officerIds.leader}/signing-method`, { method: 'remote', serviceUrl, accountId: ACCOUNT });
    expect(configured.statusCode, configured.body).toBe(200);
    expect(configured.json()).toMatchObject({ method: 'remote', remote: { serviceUrl, accountId: ACCOUNT }, commonName: LEADER_NAME });
  });
  afterAll(async () => {
    await t.close();
    await simulator.close();
  });

  it('waits for the leader’s confirmation on the phone, then approves with a result pdfsig verifies as signed by the leader', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const before = await detail(staff.leader, dossier.code);
    const answer = await approveRemotely(dossier);
    expect(answer).toMatchObject({ state: before.status.state, version: dossier.version });
    await unchanged(dossier.code, { version: dossier.version, state: before.status.state });
    expect(await news(staff.leader, dossier.code)).toMatchObject({ state: 'awaiting', failure: null });
    // The dossier's page says what it waits for, and the leader's name.
    const waiting = (await (await staff.head.request('GET', `/api/v1/dossiers/${dossier.code}`)).json()) as { awaitingSignature: unknown };
    expect(waiting.awaitingSignature).toMatchObject({ id: answer.awaitingSignature!.id, expiresAt: answer.awaitingSignature!.expiresAt, signerName: LEADER_NAME });

    // While it waits, the dossier cannot be approved a second time.
    const again = await staff.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'signature_pending' });

    const [request] = await phone();
    expect(request!.description).toContain(dossier.code);
    const page = await (await fetch(`${serviceUrl}/phone/${ACCOUNT}`)).text();
    expect(page).toContain(LEADER_NAME);
    expect(page).toContain(`/requests/${request!.transactionId}/confirm`);
    await tap(request!.transactionId, 'confirm');

    expect(await news(staff.leader, dossier.code)).toMatchObject({ state: 'approved', failure: null });
    expect(((await (await staff.head.request('GET', `/api/v1/dossiers/${dossier.code}`)).json()) as { awaitingSignature: unknown }).awaitingSignature).toBeNull();
    const after = await detail(staff.leader, dossier.code);
    expect(after.status.state).toBe('result_ready');
    expect(after.version).toBe(dossier.version + 1);
    const [result] = await signedResultsOf(staff.leader, dossier.code);
    expect(result).toMatchObject({ signer: { name: LEADER_NAME }, agencyName: 'UBND xã Hòa Bình' });
    const download = await staff.leader.request('GET', `/api/v1/dossiers/${dossier.code}/files/${result!.fileId}`);
    const report = await pdfsig(download.rawPayload, await testCaPem());
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Certificate Validation: Certificate is Trusted.');
    expect(report).toContain(`Signer Certificate Common Name: ${LEADER_NAME}`);
    expect(report).toContain('Total document signed');
    expect((await pdfText(download.rawPayload)).replace(/\s+/g, ' ')).toContain(`Ký bởi: ${LEADER_NAME}`);
    const verified = await t.app.inject({ method: 'GET', url: `/api/public/verify/${result!.verificationCode}` });
    expect(verified.json()).toMatchObject({ genuine: true, certificate: { subject: expect.stringContaining(`CN=${LEADER_NAME}`) } });
    const check = await t.app.inject({ method: 'POST', url: `/api/public/verify/${result!.verificationCode}/check`, payload: { contentBase64: download.rawPayload.toString('base64') } });
    expect(check.json()).toMatchObject({ genuine: true, verdict: 'genuine' });
  }, 60_000);

  it('a refusal on the phone leaves the dossier exactly as before, with the reason for the leader', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const before = await detail(staff.leader, dossier.code);
    await approveRemotely(dossier);
    const [request] = await phone();
    await tap(request!.transactionId, 'refuse');
    const settled = await news(staff.leader, dossier.code);
    expect(settled).toMatchObject({ state: 'failed', failure: { code: 'signature_refused' } });
    expect(settled.failure!.message).toBe('Người ký đã từ chối yêu cầu ký số trên điện thoại; hồ sơ giữ nguyên như trước khi phê duyệt.');
    await unchanged(dossier.code, { version: before.version, state: before.status.state });
    // The leader may approve again: a new request goes to the phone.
    await approveRemotely(dossier);
    expect(await phone()).toHaveLength(1);
    await tap((await phone())[0]!.transactionId, 'refuse');
    expect((await news(staff.leader, dossier.code)).state).toBe('failed');
  }, 60_000);

  it('a request not confirmed in time expires: the dossier stays as it was, and a late confirmation signs nothing', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    const before = await detail(staff.leader, dossier.code);
    await approveRemotely(dossier);
    const [request] = await phone();
    t.clock.at = new Date(t.clock.at.getTime() + TIMEOUT_MS);
    expect(await phone()).toEqual([]);
    const settled = await news(staff.leader, dossier.code);
    expect(settled).toMatchObject({ state: 'failed', failure: { code: 'signature_expired' } });
    expect(settled.failure!.message).toContain('hết thời gian chờ xác nhận');
    await tap(request!.transactionId, 'confirm');
    const late = (await (await fetch(`${serviceUrl}/v1/signatures/${request!.transactionId}`)).json()) as { state: string; signature?: string };
    expect(late.state).toBe('expired');
    expect(late.signature).toBeUndefined();
    await unchanged(dossier.code, { version: before.version, state: before.status.state });
  }, 60_000);

  it('officers of another agency neither see the signature request nor configure or read the leader’s signing', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    await approveRemotely(dossier);
    const otherLeader = await signIn(t.app, 'other.leader');
    const seen = await otherLeader.request('GET', `/api/v1/dossiers/${dossier.code}/approval-signature`);
    expect(seen.statusCode).toBe(403);
    const approval = await otherLeader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/approve`, { version: dossier.version });
    expect(approval.statusCode).toBe(403);
    const leaderId = t.province.officerIds.leader;
    expect((await otherLeader.request('GET', `/api/v1/officers/${leaderId}/signing-method`)).statusCode).toBe(403);
    expect((await otherLeader.request('PUT', `/api/v1/officers/${leaderId}/signing-method`, { method: 'remote', serviceUrl, accountId: ACCOUNT })).statusCode).toBe(403);
    expect((await staff.specialist.request('GET', `/api/v1/officers/${leaderId}/signing-method`)).statusCode).toBe(403);
    // The leader sees their own.
    expect((await staff.leader.request('GET', `/api/v1/officers/${leaderId}/signing-method`)).json()).toMatchObject({ method: 'remote' });
    const [request] = await phone();
    await tap(request!.transactionId, 'refuse');
    expect((await news(staff.leader, dossier.code)).state).toBe('failed');
  }, 60_000);

  it('a dossier that moved on while the signature was awaited is not approved when the signature arrives', async () => {
    const dossier = await dossierAwaitingApproval(staff);
    await approveRemotely(dossier);
    const withdrawn = await staff.reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/withdraw`, { version: dossier.version, comment: 'Công dân đề nghị rút hồ sơ' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const [request] = await phone();
    await tap(request!.transactionId, 'confirm');
    const settled = await news(staff.leader, dossier.code);
    expect(settled).toMatchObject({ state: 'failed', failure: { code: 'dossier_changed' } });
    expect(settled.failure!.message).toContain('Hồ sơ đã có thay đổi trong khi chờ ký số');
    await unchanged(dossier.code, { version: dossier.version + 1, state: 'withdrawn' });
  }, 60_000);

  describe('the background job settle-remote-signatures, with nobody watching', () => {
    /** One pass of the job, as app.ts runs it every 5 seconds: with the application's context. */
    const settleRemoteSignatures = () => settleAwaitingApprovals(t.context);
    const waitingOf = async (code: string) => ((await (await staff.head.request('GET', `/api/v1/dossiers/${code}`)).json()) as { awaitingSignature: unknown }).awaitingSignature;

    it('approves the dossier with the signed result once the leader confirmed', async () => {
      const dossier = await dossierAwaitingApproval(staff);
      await approveRemotely(dossier);
      expect(await settleRemoteSignatures()).toBe(0);
      expect(await waitingOf(dossier.code)).not.toBeNull();
      const [request] = await phone();
      await tap(request!.transactionId, 'confirm');

      expect(await settleRemoteSignatures()).toBe(1);
      expect(await waitingOf(dossier.code)).toBeNull();
      const after = await detail(staff.leader, dossier.code);
      expect(after.status.state).toBe('result_ready');
      expect(after.version).toBe(dossier.version + 1);
      const [result] = await signedResultsOf(staff.leader, dossier.code);
      const verified = await t.app.inject({ method: 'GET', url: `/api/public/verify/${result!.verificationCode}` });
      expect(verified.json()).toMatchObject({ genuine: true, certificate: { subject: expect.stringContaining(`CN=${LEADER_NAME}`) } });
      // A second pass finds nothing left, and the leader's news agrees with what the job did.
      expect(await settleRemoteSignatures()).toBe(0);
      expect(await news(staff.leader, dossier.code)).toMatchObject({ state: 'approved', failure: null });
      expect(await signedResultsOf(staff.leader, dossier.code)).toHaveLength(1);
    }, 60_000);

    it('leaves the dossier as it was once the request expired, with the reason for the leader', async () => {
      const dossier = await dossierAwaitingApproval(staff);
      const before = await detail(staff.leader, dossier.code);
      await approveRemotely(dossier);
      t.clock.at = new Date(t.clock.at.getTime() + TIMEOUT_MS);

      expect(await settleRemoteSignatures()).toBe(1);
      expect(await waitingOf(dossier.code)).toBeNull();
      await unchanged(dossier.code, { version: before.version, state: before.status.state });
      expect(await news(staff.leader, dossier.code)).toMatchObject({ state: 'failed', failure: { code: 'signature_expired' } });
      const [request] = (await t.db.query<{ state: string }>(
        `SELECT r.state FROM remote_signature_requests r JOIN approvals_awaiting_signature a ON a.remote_request_id = r.id
          JOIN dossier_facts d ON d.id = a.dossier_id WHERE d.code = $1`,
        [dossier.code],
      )).rows;
      expect(request).toEqual({ state: 'expired' });
    }, 60_000);
  });

  it('records the configuration and each approval waiting for a signature in the audit log', async () => {
    const { rows } = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action IN ('officer_signing.configure', 'dossier.approve.awaiting_signature', 'dossier.approve.signature_failed') ORDER BY seq`,
    );
    const actions = rows.map((row) => row.action);
    expect(actions[0]).toBe('officer_signing.configure');
    expect(actions.filter((action) => action === 'dossier.approve.awaiting_signature')).toHaveLength(8);
    expect(actions.filter((action) => action === 'dossier.approve.signature_failed')).toHaveLength(6);
  });
});
