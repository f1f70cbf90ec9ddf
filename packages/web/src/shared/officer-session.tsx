import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { OfficerRole } from '@motcua/core';
import { api } from './api.js';

/** The signed-in officer as `GET /api/v1/auth/me` describes them, with what they may do: the server decides it. */
export interface Officer {
  id: string;
  username: string;
  fullName: string;
  grants: Array<{ role: OfficerRole; agencyId: string; unitId: string | null }>;
  /** Their work queues, in the order the navigation lists them. */
  queues: Array<{ queue: string; label: string; labelEn: string }>;
  /** Where they receive dossiers at the counter. */
  receptionDeskIds: string[];
  /** What they administer, each agency with everything below it. */
  administeredAgencyIds: string[];
  followsUpNotices: boolean;
}

interface OfficerSession {
  /** `undefined` while the first check runs; `null` when nobody is signed in. */
  officer: Officer | null | undefined;
  signIn(username: string, password: string): Promise<Officer>;
  signOut(): Promise<void>;
}

const OfficerContext = createContext<OfficerSession | null>(null);

/** Shared by the back office and the administration pages: one sign-in for both. */
export function OfficerSessionProvider({ children }: { children: ReactNode }) {
  const [officer, setOfficer] = useState<Officer | null | undefined>(undefined);
  useEffect(() => {
    api<Officer>('GET', '/api/v1/auth/me').then(setOfficer, () => setOfficer(null));
  }, []);
  const signIn = useCallback(async (username: string, password: string) => {
    const answer = await api<{ officer: Officer }>('POST', '/api/v1/auth/login', { username, password });
    setOfficer(answer.officer);
    return answer.officer;
  }, []);
  const signOut = useCallback(async () => {
    await api('POST', '/api/v1/auth/logout');
    setOfficer(null);
  }, []);
  const value = useMemo<OfficerSession>(
    () => ({ officer, signIn, signOut }),
    [officer, signIn, signOut],
  );
  return <OfficerContext.Provider value={value}>{children}</OfficerContext.Provider>;
}

export function useOfficerSession(): OfficerSession {
  const session = useContext(OfficerContext);
  if (!session) throw new Error('useOfficerSession outside OfficerSessionProvider');
  return session;
}
