import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { type ActionField, TRANSITIONS, officersTake } from '@motcua/core';
import { type TestApp, startTestApp } from './support/app.js';
import { act, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

describe.each(ENGINES)('authorisation on dossier routes on $name', (engine) => {
  let t: TestApp;
  let code: string;
  let version: number;
  const sessions = {} as Record<string, Session>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    for (const username of ['reception', 'specialist', 'specialist2', 'head', 'clerk', 'admin', 'other.reception', 'other.specialist', 'other.leader', 'dept.specialist']) {
      sessions[username] = await signIn(t.app, username);
    }
    const dossier = await receiveWalkIn(sessions.reception!);
    code = dossier.code;
    version = dossier.version;
  });
  afterAll(() => t.close());

  const outsiders = ['other.reception', 'other.specialist', 'other.leader', 'clerk', 'admin'];

  /** A value each kind of field takes, so that an action's body is well-formed and only the access check can refuse it. */
  const sample = (field: ActionField): unknown => {
    switch (field.kind) {
      case 'comment':
        return 'Thử';
      case 'integer':
      case 'amount':
        return field.minimum;
      case 'choice':
        return field.options[0]!.value;
      case 'flag':
        return true;
      case 'text':
        // A postal tracking number: the only short text an action takes.
        return 'EL123456789VN';
      case 'officer':
      case 'pdf_file':
        return randomUUID();
      default:
        return [];
    }
  };
  const officerActions = TRANSITIONS.filter(officersTake);

  it.each(outsiders)('%s cannot open the dossier', async (username) => {
    const response = await sessions[username]!.request('GET', `/api/v1/dossiers/${code}`);
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'forbidden' });
  });

  it.each(outsiders)('%s cannot take any action on it', async (username) => {
    // Each action is sent its own well-formed body: a body the action does not take is refused
    // (400) before anyone's access is looked at, and says nothing about the dossier.
    for (const rule of officerActions) {
      const body = Object.fromEntries(rule.input.map((field) => [field.name, sample(field)]));
      const response = await sessions[username]!.request('POST', `/api/v1/dossiers/${code}/actions/${rule.action}`, { version, ...body });
      expect(response.statusCode, `${username} ${rule.action}`).toBe(403);
    }
  });

  it.each(outsiders)('%s does not find it in any work queue', async (username) => {
    const response = await sessions[username]!.request('GET', '/api/v1/dossiers?queue=all');
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((item: { code: string }) => item.code)).not.toContain(code);
  });

  it('a department not yet involved cannot see a commune dossier', async () => {
    expect((await sessions['dept.specialist']!.request('GET', `/api/v1/dossiers/${code}`)).statusCode).toBe(403);
  });

  it('officers of the agency cannot act outside their role', async () => {
    const byReception = await sessions.reception!.request('POST', `/api/v1/dossiers/${code}/actions/hand_over`, { version });
    expect(byReception.statusCode).toBe(403);
    const approveBySpecialist = await sessions.specialist!.request('POST', `/api/v1/dossiers/${code}/actions/approve`, { version });
    expect([403, 409]).toContain(approveBySpecialist.statusCode);
    const extendBySpecialist = await sessions.specialist!.request('POST', `/api/v1/dossiers/${code}/actions/extend`, { version, comment: 'x', extendWorkingDays: 2 });
    expect(extendBySpecialist.statusCode).toBe(403);
  });

  it('once the head assigns one specialist, the other may no longer act on the step', async () => {
    version = await act(sessions.head!, code, 'assign', version, { assigneeId: t.province.officerIds.specialist2 });
    const bySpecialist = await sessions.specialist!.request('POST', `/api/v1/dossiers/${code}/actions/hand_over`, { version });
    expect(bySpecialist.statusCode).toBe(403);
    version = await act(sessions.specialist2!, code, 'hand_over', version);
    expect(version).toBeGreaterThan(0);
  });

  it('refuses to assign an officer who does not hold the step role', async () => {
    const response = await sessions.head!.request('POST', `/api/v1/dossiers/${code}/actions/assign`, { version, assigneeId: t.province.officerIds['other.specialist'] });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'assignee_not_eligible', field: 'assigneeId' });
  });

  it('requires a session for officer routes and a CSRF token for cookie writes', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${code}` })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'reception', password: 'test-password-123' } });
    const cookie = login.cookies.find((item) => item.name === 'motcua_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
    const withoutCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: { cookie: `${cookie.name}=${cookie.value}` },
      payload: {},
    });
    expect(withoutCsrf.statusCode).toBe(403);
    expect(withoutCsrf.json()).toMatchObject({ code: 'csrf_failed' });
    const bearer = await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${code}`, headers: { authorization: `Bearer ${login.json().token}` } });
    expect(bearer.statusCode).toBe(200);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'reception', password: 'nope-nope-nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });
});
