import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../shared/ui/feedback.js';
import { signInPath } from './navigation.js';
import { type Citizen, useCitizenSession } from './session.js';

/** Shows its content to a signed-in citizen only; others go to the sign-in page and come back. */
export function RequireCitizen({ children }: { children: (citizen: Citizen) => ReactNode }) {
  const { citizen } = useCitizenSession();
  const location = useLocation();
  if (citizen === undefined) return <Loading />;
  if (citizen === null) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <>{children(citizen)}</>;
}
