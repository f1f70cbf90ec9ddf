import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export const CITIZEN_PASSWORD = 'mat-khau-an-toan';

/** A citizen's browser: both realm cookies, and the CSRF cookie echoed on writes. */
export interface CitizenBrowser {
  citizen: { id: string; fullName: string; email: string | null; phone: string | null; idNumber: string | null };
  request(method: InjectOptions['method'], url: string, payload?: unknown, options?: { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export function browserOf(app: FastifyInstance, response: LightMyRequestResponse): CitizenBrowser {
  const session = response.cookies.find((cookie) => cookie.name === 'motcua_citizen');
  const csrf = response.cookies.find((cookie) => cookie.name === 'motcua_citizen_csrf');
  if (!session || !csrf) throw new Error(`no citizen cookies: ${response.statusCode} ${response.body}`);
  return {
    citizen: response.json().citizen,
    request: (method, url, payload, options = {}) =>
      app.inject({
        method,
        url,
        headers: {
          cookie: `${session.name}=${session.value}; ${csrf.name}=${csrf.value}`,
          ...(options.csrf === false ? {} : { 'x-csrf-token': csrf.value }),
        },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      }),
  };
}

let addresses = 0;
/** Each registration from its own address, so that the per-address limit stays out of the way. */
export const nextAddress = () => `10.1.${Math.floor(++addresses / 250)}.${addresses % 250}`;

export async function registerCitizen(app: FastifyInstance, body: Record<string, unknown>): Promise<CitizenBrowser> {
  const response = await app.inject({ method: 'POST', url: '/api/citizen/register', payload: { password: CITIZEN_PASSWORD, ...body }, remoteAddress: nextAddress() });
  expect(response.statusCode, response.body).toBe(201);
  return browserOf(app, response);
}

/** A birth registration's draft in the citizen's account, a scan for each component: what `submitOwnDossier` submits. */
export async function draftOwnDossier(
  browser: CitizenBrowser,
  applicant: { name: string; idNumber: string; phone: string; address: string; email?: string },
  extra: { procedureCode?: string; delivery?: { method: string; address?: string } } = {},
): Promise<string> {
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
  const file = (await browser.request('POST', '/api/citizen/files', { name: 'to-khai.pdf', contentBase64: pdf })).json() as { id: string };
  const content = {
    applicant: { type: 'citizen', name: applicant.name, idNumber: applicant.idNumber, phone: applicant.phone, email: applicant.email ?? '', address: applicant.address },
    summary: 'Đăng ký khai sinh cho con',
    ...(extra.delivery && { delivery: extra.delivery }),
    components: [
      { code: 'TK', fileIds: [file.id] },
      { code: 'GCS', fileIds: [file.id] },
    ],
  };
  const draft = await browser.request('POST', '/api/citizen/drafts', { procedureCode: extra.procedureCode ?? '1.001193', content });
  return (draft.json() as { id: string }).id;
}

/** A birth registration the citizen submitted online from their account (a draft with a scan for each component); it waits for reception. */
export async function submitOwnDossier(...args: Parameters<typeof draftOwnDossier>) {
  const submitted = await args[0].request('POST', `/api/citizen/drafts/${await draftOwnDossier(...args)}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(201);
  return submitted.json() as { code: string; lookupCode: string; version: number };
}
