import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { OFFICER_COOKIES, type ResponseOf } from '@motcua/contract';
import { api, dataOf, hasSessionCookie } from './api.js';

/** The signed-in officer as `GET /api/v1/auth/me` describes them, with what they may do: the server decides it. */
export type Officer = ResponseOf<'/api/v1/auth/me'>;

interface OfficerSession {
  /** `undefined` while the first check runs; `null` when nobody is signed in. */
  officer: Officer | null | undefined;
  /** `code`: the authenticator app's code or a recovery code, for an account with two-factor sign-in. */
  signIn(username: string, password: string, code?: string): Promise<Officer>;
  signOut(): Promise<void>;
  /** Reads the officer afresh: their account changed (a new password, two-factor sign-in turned on). */
  refresh(): Promise<void>;
}

const OfficerContext = createContext<OfficerSession | null>(null);

/** Shared by the back office and the administration pages: one sign-in for both. */
export function OfficerSessionProvider({ children }: { children: ReactNode }) {
  const [officer, setOfficer] = useState<Officer | null | undefined>(() => (hasSessionCookie(OFFICER_COOKIES) ? undefined : null));
  useEffect(() => {
    if (!hasSessionCookie(OFFICER_COOKIES)) return;
    dataOf(api.GET('/api/v1/auth/me')).then(setOfficer, () => setOfficer(null));
  }, []);
  const signIn = useCallback(async (username: string, password: string, code?: string) => {
    const { officer } = await dataOf(api.POST('/api/v1/auth/login', { body: { username, password, ...(code ? { code } : {}) } }));
    setOfficer(officer);
    return officer;
  }, []);
  const refresh = useCallback(async () => setOfficer(await dataOf(api.GET('/api/v1/auth/me'))), []);
  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    setOfficer(null);
  }, []);
  const value = useMemo<OfficerSession>(
    () => ({ officer, signIn, signOut, refresh }),
    [officer, signIn, signOut, refresh],
  );
  return <OfficerContext.Provider value={value}>{children}</OfficerContext.Provider>;
}

export function useOfficerSession(): OfficerSession {
  const session = useContext(OfficerContext);
  if (!session) throw new Error('useOfficerSession outside OfficerSessionProvider');
  return session;
}
