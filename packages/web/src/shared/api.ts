/**
 * The one way pages talk to the server. Writes carry the CSRF token that the server set in a
 * readable cookie at sign-in (officers and citizens have their own); failures become an
 * `ApiError` with the server's Vietnamese and English messages and the field at fault.
 */
export interface ErrorBody {
  code: string;
  message: string;
  messageEn?: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

const CSRF_COOKIES: Array<[prefix: string, cookie: string]> = [
  ['/api/citizen/', 'motcua_citizen_csrf'],
  ['/api/', 'motcua_csrf'],
];

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function csrfTokenFor(path: string): string | undefined {
  const cookie = CSRF_COOKIES.find(([prefix]) => path.startsWith(prefix))?.[1];
  return cookie ? readCookie(cookie) : undefined;
}

const NETWORK_ERROR: ErrorBody = {
  code: 'network_error',
  message: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  messageEn: 'Could not reach the server. Check your connection and try again.',
};

export async function api<T>(method: string, path: string, body?: unknown, init: { signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A form (an upload) goes as multipart/form-data, the browser choosing its boundary; anything else as JSON.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = csrfTokenFor(path);
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: init.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR);
  }
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = payload && typeof payload === 'object' && 'code' in payload ? (payload as ErrorBody) : { code: `http_${response.status}`, message: `Lỗi ${response.status}`, messageEn: `Error ${response.status}` };
    throw new ApiError(response.status, error);
  }
  return payload as T;
}

export { query } from '@motcua/contract';
