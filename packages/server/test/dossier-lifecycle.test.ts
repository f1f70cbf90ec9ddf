import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './support/engines.js';
import { APPLICANT, BIRTH_COMPONENTS, act, detail, receiveWalkIn } from './support/dossiers.js';
import { type Session, signIn } from './support/http.js';
import { AGENCIES } from './support/province.js';
import { type TestApp, startTestApp } from './support/app.js';

const at = (iso: string) => new Date(iso);

describe.each(ENGINES)('dossier lifecycle over HTTP on $name', (engine) => {
  let t: TestApp;
  const s = {} as Record<'reception' | 'specialist' | 'head' | 'leader' | 'deptSpecialist' | 'deptLeader', Session>;

  beforeAll(async () => {
    // Monday 23 November 2026, 09:00 in Vietnam.
    t = await startTestApp(engine, { at: at('2026-11-23T09:00:00+07:00') });
    s.reception = await signIn(t.app, 'reception');
    s.specialist = await signIn(t.app, 'specialist');
    s.head = await signIn(t.app, 'head');
    s.leader = await signIn(t.app, 'leader');
    s.deptSpecialist = await signIn(t.app, 'dept.specialist');
    s.deptLeader = await signIn(t.app, 'dept.leader');
  });
  afterAll(() => t.close());

  it('receives at the counter, processes through every step and returns the result', async () => {
    t.clock.at = at('2026-11-23T09:00:00+07:00');
    const dossier = await receiveWalkIn(s.reception);
    expect(dossier.code).toMatch(new RegExp(`^${AGENCIES.commune.code.replaceAll('.', '\\.')}-261123-\\d{4}$`));
    expect(dossier.dueAt).toBe('2026-11-30T09:00:00+07:00');
    let version = dossier.version;

    t.clock.at = at('2026-11-24T10:00:00+07:00');
    version = await act(s.specialist, dossier.code, 'hand_over', version, { comment: 'Hồ sơ hợp lệ.' });
    t.clock.at = at('2026-11-25T10:00:00+07:00');
    version = await act(s.head, dossier.code, 'hand_over', version);
    const atLeader = await detail(s.leader, dossier.code);
    expect(atLeader.availableActions.sort()).toEqual(['approve', 'assign', 'extend', 'refuse_result', 'request_fee', 'request_supplement', 'return_to_previous_step', 'stop', 'suspend']);
    t.clock.at = at('2026-11-26T08:00:00+07:00');
    version = await act(s.leader, dossier.code, 'approve', version);
    t.clock.at = at('2026-11-26T14:00:00+07:00');
    version = await act(s.reception, dossier.code, 'return_result', version, { returnMethod: 'in_person' });

    const finished = await detail(s.reception, dossier.code);
    expect(finished.status).toMatchObject({ state: 'returned', nationalStatus: 10 });
    expect(finished.outcome).toBe('approved');
    expect(finished.deadlineStatus).toBe('finished_early');
    expect(finished.steps.map((step) => step.code)).toEqual(['B1', 'B2', 'B3']);
    expect(finished.steps.every((step) => step.finishedAt !== null)).toBe(true);
    expect(finished.events.map((event) => event.action)).toEqual(['receive_at_counter', 'hand_over', 'hand_over', 'approve', 'return_result']);
    expect(finished.events[1]).toMatchObject({ actorName: 'Trần Văn Chuyên', comment: 'Hồ sơ hợp lệ.', fromState: 'processing', toState: 'processing' });

    const tracking = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${dossier.code}` });
    expect(tracking.statusCode).toBe(200);
    const body = tracking.json();
    expect(body).toMatchObject({ applicantName: 'Nguyễn V. A.', status: { state: 'returned' }, appointmentAt: '2026-11-30T09:00:00+07:00' });
    expect(body.steps).toHaveLength(3);
    expect(tracking.body).not.toContain(APPLICANT.idNumber);
    expect(tracking.body).not.toContain('Trần Văn Chuyên');
  });

  it('refuses an online dossier with written reasons', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: '1.001193', applicant: APPLICANT, ...(await uploadedComponents()) },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code, version } = submitted.json();
    const noReason = await s.reception.request('POST', `/api/v1/dossiers/${code}/actions/refuse`, { version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ code: 'validation_failed', field: 'body.comment' });
    await act(s.reception, code, 'refuse', version, { comment: 'Không thuộc thẩm quyền của UBND xã.' });
    const refused = await detail(s.reception, code);
    expect(refused.status).toMatchObject({ state: 'refused', nationalStatus: 3 });
    expect(refused.events.at(-1)?.comment).toBe('Không thuộc thẩm quyền của UBND xã.');
  });

  it('asks for a supplement before reception; the applicant resubmits with the lookup code', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/dossiers',
      payload: { procedureCode: '1.001193', applicant: APPLICANT, ...(await uploadedComponents()) },
    });
    const { code, lookupCode } = submitted.json();
    let version = submitted.json().version;
    version = await act(s.reception, code, 'request_supplement_at_reception', version, {
      comment: 'Giấy chứng sinh chụp mờ.',
      missingComponents: [{ name: 'Giấy chứng sinh', reason: 'Bản chụp không đọc được' }],
    });
    const wrongSecret = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${code}/applicant-actions/resubmit`,
      payload: { version, lookupCode: 'WRONG1' },
    });
    expect(wrongSecret.statusCode).toBe(404);
    const resubmitted = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${code}/applicant-actions/resubmit`,
      payload: { version, lookupCode: lookupCode.toLowerCase() },
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    version = resubmitted.json().version;
    await act(s.reception, code, 'receive', version);
    expect((await detail(s.reception, code)).status.state).toBe('processing');
  });

  it('stops the clock while waiting for a supplement during processing', async () => {
    t.clock.at = at('2026-11-23T09:00:00+07:00');
    const dossier = await receiveWalkIn(s.reception);
    t.clock.at = at('2026-11-24T09:00:00+07:00');
    let version = await act(s.specialist, dossier.code, 'request_supplement', dossier.version, { comment: 'Thiếu bản sao giấy tờ tùy thân của người đi đăng ký.' });
    const waiting = await detail(s.reception, dossier.code);
    expect(waiting.status).toMatchObject({ state: 'supplement_requested', nationalStatus: 5 });
    // Two working days later (Thursday) the applicant brings the missing paper to the counter.
    t.clock.at = at('2026-11-26T09:00:00+07:00');
    version = await act(s.reception, dossier.code, 'submit_supplement', version);
    const resumed = await detail(s.specialist, dossier.code);
    expect(resumed.status.state).toBe('processing');
    expect(resumed.dueAt).toBe('2026-12-02T09:00:00+07:00');
    expect(resumed.originalDueAt).toBe('2026-12-02T09:00:00+07:00');
    expect(resumed.availableActions).toContain('hand_over');
  });

  it('extends a late dossier with an apology; it stays late in the statistics', async () => {
    t.clock.at = at('2026-11-23T09:00:00+07:00');
    const dossier = await receiveWalkIn(s.reception);
    let version = await act(s.specialist, dossier.code, 'hand_over', dossier.version);
    version = await act(s.head, dossier.code, 'hand_over', version);
    // Tuesday 1 December: a day past the appointment.
    t.clock.at = at('2026-12-01T10:00:00+07:00');
    expect((await detail(s.leader, dossier.code)).deadlineStatus).toBe('overdue');
    const noDays = await s.leader.request('POST', `/api/v1/dossiers/${dossier.code}/actions/extend`, { version, comment: 'Cần xác minh.' });
    expect(noDays.statusCode).toBe(400);
    version = await act(s.leader, dossier.code, 'extend', version, { comment: 'Cần xác minh thêm với cơ quan công an.', extendWorkingDays: 3 });
    const extended = await detail(s.leader, dossier.code);
    expect(extended.dueAt).toBe('2026-12-03T09:00:00+07:00');
    expect(extended.originalDueAt).toBe('2026-11-30T09:00:00+07:00');
    expect(extended.deadlineStatus).toBe('on_time');
    version = await act(s.leader, dossier.code, 'approve', version);
    version = await act(s.reception, dossier.code, 'send_by_post', version, { postalCarrier: 'vnpost', trackingNumber: 'EL123456789VN' });
    const returned = await detail(s.reception, dossier.code);
    expect(returned.deadlineStatus).toBe('finished_late');
    expect(returned.events.find((event) => event.action === 'extend')).toBeDefined();
  });

  it('transfers to a second agency and back, and returns a step', async () => {
    t.clock.at = at('2026-11-23T09:00:00+07:00');
    const dossier = await receiveWalkIn(s.reception, '2.000635');
    let version = await act(s.specialist, dossier.code, 'hand_over', dossier.version);
    const atDepartment = await detail(s.deptSpecialist, dossier.code);
    expect(atDepartment.steps.at(-1)?.agency.name).toBe(AGENCIES.department.name);
    expect(atDepartment.events.at(-1)).toMatchObject({ fromAgency: AGENCIES.commune.name, toAgency: AGENCIES.department.name });
    // The commune specialist no longer holds the dossier.
    const notTheirs = await s.specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/hand_over`, { version });
    expect(notTheirs.statusCode).toBe(403);
    version = await act(s.deptSpecialist, dossier.code, 'return_to_previous_step', version, { comment: 'Đề nghị xã kiểm tra lại địa chỉ thường trú.' });
    expect((await detail(s.specialist, dossier.code)).currentStepIndex).toBe(0);
    version = await act(s.specialist, dossier.code, 'hand_over', version);
    version = await act(s.deptSpecialist, dossier.code, 'hand_over', version);
    version = await act(s.deptLeader, dossier.code, 'hand_over', version);
    const back = await detail(s.leader, dossier.code);
    expect(back.events.at(-1)).toMatchObject({ fromAgency: AGENCIES.department.name, toAgency: AGENCIES.commune.name });
    version = await act(s.leader, dossier.code, 'approve', version);
    await act(s.reception, dossier.code, 'return_result', version, { returnMethod: 'electronic' });
    const done = await detail(s.reception, dossier.code);
    expect(done.status.state).toBe('returned');
    expect(done.steps.map((step) => step.code)).toEqual(['B1', 'B2', 'B1', 'B2', 'B3', 'B4']);
  });

  it('lets a leader refuse the result with reasons, and the applicant withdraw', async () => {
    const first = await receiveWalkIn(s.reception);
    let version = await act(s.specialist, first.code, 'hand_over', first.version);
    version = await act(s.head, first.code, 'hand_over', version);
    version = await act(s.leader, first.code, 'refuse_result', version, { comment: 'Người yêu cầu không đủ điều kiện theo quy định.' });
    expect((await detail(s.reception, first.code)).outcome).toBe('rejected');

    const second = await receiveWalkIn(s.reception);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${second.code}/applicant-actions/withdraw`,
      payload: { version: second.version, lookupCode: second.lookupCode, comment: 'Tôi không còn nhu cầu.' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().state).toBe('withdrawn');
  });

  it('suspends, resumes and stops processing; requests and confirms a fee', async () => {
    const dossier = await receiveWalkIn(s.reception);
    let version = await act(s.specialist, dossier.code, 'request_fee', dossier.version, { comment: 'Nộp phí trước khi giải quyết.', feeAmountVnd: 50_000 });
    expect((await detail(s.reception, dossier.code)).status).toMatchObject({ state: 'awaiting_fee', nationalStatus: 6 });
    version = await act(s.reception, dossier.code, 'confirm_fee_paid', version);
    version = await act(s.leader, dossier.code, 'suspend', version, { comment: 'Chờ kết quả giải quyết của Tòa án.' });
    version = await act(s.leader, dossier.code, 'resume', version);
    version = await act(s.leader, dossier.code, 'stop', version, { comment: 'Tòa án đã có bản án, dừng giải quyết.' });
    const stopped = await detail(s.reception, dossier.code);
    expect(stopped.status).toMatchObject({ state: 'stopped', nationalStatus: 8 });
    expect(stopped.availableActions).toEqual([]);
  });

  it('refuses a counter reception with missing required components', async () => {
    const response = await s.reception.request('POST', '/api/v1/dossiers', {
      procedureCode: '1.001193',
      applicant: APPLICANT,
      components: [{ code: 'TK' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'incomplete_dossier', field: 'components' });
    expect(response.json().message).toContain('Giấy chứng sinh');
  });

  it('rejects an action that does not fit the state with 409 and writes nothing', async () => {
    const dossier = await receiveWalkIn(s.reception);
    const response = await s.reception.request('POST', `/api/v1/dossiers/${dossier.code}/actions/return_result`, { version: dossier.version, returnMethod: 'in_person' });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'invalid_state' });
    const after = await detail(s.reception, dossier.code);
    expect(after.version).toBe(dossier.version);
    expect(after.events).toHaveLength(1);
  });

  /** The components of an anonymous online submission, with the token that makes its scan the submitter's. */
  async function uploadedComponents() {
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
    const upload = await t.app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'giay-chung-sinh.pdf', contentBase64: pdf } });
    expect(upload.statusCode, upload.body).toBe(201);
    const { id: fileId, uploadToken } = upload.json() as { id: string; uploadToken: string };
    return { components: BIRTH_COMPONENTS.map((component) => ({ ...component, fileIds: [fileId] })), uploadTokens: [uploadToken] };
  }
});
