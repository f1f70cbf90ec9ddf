import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { CITIZEN_COOKIES, type ResponseOf } from '@motcua/contract';
import { api, dataOf, hasSessionCookie } from '../shared/api.js';

/** The signed-in citizen as `GET /api/citizen/me` describes them. */
export type Citizen = ResponseOf<'/api/citizen/me'>['citizen'];

interface CitizenSession {
  /** `undefined` while the first check runs; `null` when nobody is signed in. */
  citizen: Citizen | null | undefined;
  setCitizen(citizen: Citizen | null): void;
  signOut(): Promise<void>;
}

const CitizenContext = createContext<CitizenSession | null>(null);

export function CitizenSessionProvider({ children }: { children: ReactNode }) {
  const [citizen, setCitizen] = useState<Citizen | null | undefined>(() => (hasSessionCookie(CITIZEN_COOKIES) ? undefined : null));
  useEffect(() => {
    if (!hasSessionCookie(CITIZEN_COOKIES)) return;
    dataOf(api.GET('/api/citizen/me')).then(
      (me) => setCitizen(me.citizen),
      () => setCitizen(null),
    );
  }, []);
  const signOut = useCallback(async () => {
    await api.POST('/api/citizen/logout');
    setCitizen(null);
  }, []);
  const value = useMemo(() => ({ citizen, setCitizen, signOut }), [citizen, signOut]);
  return <CitizenContext.Provider value={value}>{children}</CitizenContext.Provider>;
}

export function useCitizenSession(): CitizenSession {
  const session = useContext(CitizenContext);
  if (!session) throw new Error('useCitizenSession outside CitizenSessionProvider');
  return session;
}
