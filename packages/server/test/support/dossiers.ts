import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Session } from './http.js';

export const APPLICANT = {
  type: 'citizen' as const,
  name: 'Nguyễn Văn An',
  idNumber: '038095001234',
  phone: '0912345678',
  email: 'an.nguyen@example.vn',
  address: 'Thôn Đông, xã Hòa Bình',
};

export const BIRTH_COMPONENTS = [{ code: 'TK' }, { code: 'GCS' }];

export async function receiveWalkIn(reception: Session, procedureCode = '1.001193') {
  const response = await reception.request('POST', '/api/v1/dossiers', {
    procedureCode,
    applicant: APPLICANT,
    summary: 'Đăng ký khai sinh cho con',
    components: BIRTH_COMPONENTS,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { code: string; lookupCode: string; version: number; dueAt: string; state: string };
}

/** A birth registration submitted online without signing in, with a scan for each required component; it waits for reception. */
export async function submitAnonymously(app: FastifyInstance) {
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
  const file = (await app.inject({ method: 'POST', url: '/api/public/files', payload: { name: 'to-khai.pdf', contentBase64: pdf } })).json();
  const online = await app.inject({
    method: 'POST',
    url: '/api/public/dossiers',
    payload: { procedureCode: '1.001193', applicant: APPLICANT, components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }], uploadTokens: [file.uploadToken] },
  });
  expect(online.statusCode, online.body).toBe(201);
  return online.json() as { code: string; lookupCode: string; version: number };
}

/** Takes an action and expects it to succeed; returns the new version. */
export async function act(session: Session, code: string, action: string, version: number, extra: Record<string, unknown> = {}): Promise<number> {
  const response = await session.request('POST', `/api/v1/dossiers/${code}/actions/${action}`, { version, ...extra });
  expect(response.statusCode, `${session.username} ${action}: ${response.body}`).toBe(200);
  return (response.json() as { version: number }).version;
}

export async function detail(session: Session, code: string) {
  const response = await session.request('GET', `/api/v1/dossiers/${code}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    version: number;
    status: { state: string; nationalStatus: number };
    dueAt: string | null;
    originalDueAt: string | null;
    deadlineStatus: string | null;
    currentStepIndex: number | null;
    steps: Array<{ code: string; agency: { name: string }; finishedAt: string | null; dueAt: string; assigneeName: string | null }>;
    events: Array<{ action: string; fromState: string | null; toState: string; actorName: string; comment: string; fromAgency: string | null; toAgency: string | null }>;
    availableActions: string[];
    outcome: string | null;
    returnMethod: string | null;
  };
}
