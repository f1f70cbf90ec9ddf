import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICANT_ACTIONS, TRANSITIONS, officersTake, ruleFor } from '@motcua/core';
import { type TestApp, startTestApp } from './support/app.js';
import { detail, receiveWalkIn } from './support/dossiers.js';
import { ENGINES } from './support/engines.js';
import { type Session, signIn } from './support/http.js';

interface BodySchema {
  properties: Record<string, { type?: string; minimum?: number; maximum?: number; format?: string; enum?: string[] }>;
  required?: string[];
  additionalProperties?: boolean;
}

describe.each(ENGINES)('each action takes its own input on $name', (engine) => {
  let t: TestApp;
  let doc: {
    paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: { $ref: string } }> } } }>;
    components: { schemas: Record<string, BodySchema> };
  };
  const s = {} as Record<'reception' | 'specialist' | 'leader', Session>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    s.reception = await signIn(t.app, 'reception');
    s.specialist = await signIn(t.app, 'specialist');
    s.leader = await signIn(t.app, 'leader');
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });
  afterAll(() => t.close());

  // Each action's body is a component of its own: `#/components/schemas/RefuseBody`.
  const bodyOf = (path: string) => doc.components.schemas[doc.paths[path]!.post!.requestBody.content['application/json']!.schema.$ref.split('/').pop()!]!;
  const officerActions = TRANSITIONS.filter(officersTake);

  it.each(officerActions.map((rule) => [rule.action, rule] as const))('the OpenAPI body of %s lists exactly its fields', (action, rule) => {
    const body = bodyOf(`/api/v1/dossiers/{code}/actions/${action}`);
    expect(Object.keys(body.properties).sort()).toEqual(['version', ...rule.input.map((field) => field.name)].sort());
    expect([...(body.required ?? [])].sort()).toEqual(['version', ...rule.input.filter((field) => field.required).map((field) => field.name)].sort());
    expect(body.additionalProperties).toBe(false);
  });

  it('describes the applicant actions on both applicant routes with their own fields, and has no generic action route', () => {
    for (const action of APPLICANT_ACTIONS) {
      const fields = ruleFor(action).input.map((field) => field.name);
      expect(Object.keys(bodyOf(`/api/citizen/dossiers/{code}/actions/${action}`).properties).sort()).toEqual(['version', ...fields].sort());
      expect(Object.keys(bodyOf(`/api/public/dossiers/{code}/applicant-actions/${action}`).properties).sort()).toEqual(['version', 'lookupCode', 'uploadTokens', ...fields].sort());
    }
    expect(Object.keys(doc.paths).filter((path) => path.includes('{action}'))).toEqual([]);
    // Only the applicant resubmits: officers have no route for it.
    expect(doc.paths['/api/v1/dossiers/{code}/actions/resubmit']).toBeUndefined();
  });

  it('carries the bounds the server enforces into the document', () => {
    expect(bodyOf('/api/v1/dossiers/{code}/actions/request_fee').properties.feeAmountVnd).toMatchObject({ type: 'integer', minimum: 1, maximum: 1_000_000_000_000 });
    expect(bodyOf('/api/v1/dossiers/{code}/actions/extend').properties.extendWorkingDays).toMatchObject({ type: 'integer', minimum: 1, maximum: 365 });
    // A result sent by post is recorded with its tracking number (send_by_post), not as a plain return.
    expect(bodyOf('/api/v1/dossiers/{code}/actions/return_result').properties.returnMethod!.enum).toEqual(['in_person', 'electronic']);
    expect(bodyOf('/api/v1/dossiers/{code}/actions/send_by_post').properties.trackingNumber).toMatchObject({ maxLength: 40, pattern: '^[A-Za-z0-9-]{6,40}$' });
    expect(bodyOf('/api/v1/dossiers/{code}/actions/refuse').properties.comment).toMatchObject({ format: 'visible-text' });
  });

  it('refuses a field the action does not take, naming it, and changes nothing', async () => {
    const dossier = await receiveWalkIn(s.reception);
    const handOver = await s.specialist.request('POST', `/api/v1/dossiers/${dossier.code}/actions/hand_over`, { version: dossier.version, feeAmountVnd: 50_000 });
    expect(handOver.statusCode).toBe(400);
    expect(handOver.json()).toMatchObject({ code: 'validation_failed', field: 'body.feeAmountVnd' });
    const withdraw = await t.app.inject({
      method: 'POST',
      url: `/api/public/dossiers/${dossier.code}/applicant-actions/withdraw`,
      payload: { version: dossier.version, lookupCode: dossier.lookupCode, comment: 'Tôi không còn nhu cầu.', assigneeId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(withdraw.statusCode).toBe(400);
    expect(withdraw.json()).toMatchObject({ code: 'validation_failed', field: 'body.assigneeId' });
    expect((await detail(s.reception, dossier.code)).version).toBe(dossier.version);
  });

  it('refuses a missing required field and one out of bounds, naming it, and changes nothing', async () => {
    const dossier = await receiveWalkIn(s.reception);
    const url = (action: string) => `/api/v1/dossiers/${dossier.code}/actions/${action}`;
    const cases: Array<[Session, string, Record<string, unknown>, string]> = [
      [s.specialist, 'request_fee', { comment: 'Nộp lệ phí.' }, 'body.feeAmountVnd'],
      [s.specialist, 'request_fee', { comment: 'Nộp lệ phí.', feeAmountVnd: 1_000_000_000_001 }, 'body.feeAmountVnd'],
      [s.specialist, 'request_fee', { feeAmountVnd: 50_000 }, 'body.comment'],
      [s.specialist, 'request_supplement', { comment: '\u200b \u200b' }, 'body.comment'],
      [s.leader, 'extend', { comment: 'Cần xác minh thêm.' }, 'body.extendWorkingDays'],
      [s.leader, 'extend', { comment: 'Cần xác minh thêm.', extendWorkingDays: 366 }, 'body.extendWorkingDays'],
      [s.leader, 'assign', {}, 'body.assigneeId'],
    ];
    for (const [session, action, body, field] of cases) {
      const response = await session.request('POST', url(action), { version: dossier.version, ...body });
      expect(response.statusCode, `${action} ${JSON.stringify(body)}`).toBe(400);
      expect(response.json(), `${action} ${JSON.stringify(body)}`).toMatchObject({ code: 'validation_failed', field });
    }
    expect((await detail(s.reception, dossier.code)).version).toBe(dossier.version);
  });
});
