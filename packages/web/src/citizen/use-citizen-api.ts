import { useEffect } from 'react';
import type { ApiRead, GetPath, ResponseOf } from '@motcua/contract';
import { type Loaded, useApi } from '../shared/use-api.js';
import { useCitizenSession } from './session.js';

/**
 * `useApi` for the citizen's own data. A 401 means the session ended (expired, or signed out in
 * another tab): the session forgets the citizen, and `RequireCitizen` sends them to sign in again.
 */
export function useCitizenApi<P extends GetPath>(read: ApiRead<P> | null): Loaded<ResponseOf<P>> {
  const loaded = useApi(read);
  const { setCitizen } = useCitizenSession();
  const expired = loaded.error?.status === 401;
  useEffect(() => {
    if (expired) setCitizen(null);
  }, [expired, setCitizen]);
  return loaded;
}
