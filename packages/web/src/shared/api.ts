import createClient, { type Middleware } from 'openapi-fetch';
import { CSRF_HEADER, type ErrorBody, SESSION_COOKIES_BY_PREFIX, type SessionCookieNames, fillPath, type paths, query } from '@motcua/contract';

/**
 * The one way pages talk to the server: a client typed by the OpenAPI document, so that every
 * call's parameters, body and answer are the server's own. Writes carry the CSRF token that the
 * server set in a readable cookie at sign-in (officers and citizens have their own); failures
 * are thrown as an `ApiError` with the server's Vietnamese and English messages and the field at fault.
 */
export type { ErrorBody };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

/** What was thrown, as an ApiError: a failure of the browser's own code becomes one too. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, { code: 'client_error', message: String(error), messageEn: String(error) });
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Whether the browser holds a session of that realm: the CSRF cookie is set and cleared with the
 * session cookie, which scripts cannot read. Without it nobody is signed in, which a page knows at once.
 */
export const hasSessionCookie = (names: SessionCookieNames): boolean => readCookie(names.csrf) !== undefined;

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method === 'GET') return;
    const { pathname } = new URL(request.url);
    const names = SESSION_COOKIES_BY_PREFIX.find(([prefix]) => pathname.startsWith(prefix))?.[1];
    const token = names && readCookie(names.csrf);
    if (token) request.headers.set(CSRF_HEADER, token);
  },
};

export const NETWORK_ERROR: ErrorBody = {
  code: 'network_error',
  message: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  messageEn: 'Could not reach the server. Check your connection and try again.',
};

/** A failed answer as the ApiError it carries: the server's structured body, or its status when it has none. */
export async function failureOf(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as unknown;
  const body = payload && typeof payload === 'object' && 'code' in payload ? (payload as ErrorBody) : { code: `http_${response.status}`, message: `Lỗi ${response.status}`, messageEn: `Error ${response.status}` };
  return new ApiError(response.status, body);
}

const failures: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await failureOf(response);
  },
  onError({ error }) {
    // A read given up (the page moved on) stays the abort it is; anything else is the network.
    if ((error as Error).name !== 'AbortError') return new ApiError(0, NETWORK_ERROR);
  },
};

/** Paths and queries are filled by the contract's own functions, so that a page's reads have the very addresses its HTML preloads. */
export const api = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: (values) => query(values as Parameters<typeof query>[0]),
  pathSerializer: fillPath,
});
api.use(csrf, failures);

/**
 * The body of a call's answer. Failures never get here (the client throws them), so what is left
 * is the success's body; undefined for 204 No Content.
 */
export async function dataOf<Data>(call: Promise<{ data?: Data; error?: unknown }>): Promise<Exclude<Data, undefined>> {
  return (await call).data as Exclude<Data, undefined>;
}

/** An upload's parts as multipart/form-data, the browser choosing its boundary and streaming the file. */
export function asForm(body: Record<string, Blob | string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof File) form.append(name, value, value.name);
    else form.append(name, value);
  }
  return form;
}
