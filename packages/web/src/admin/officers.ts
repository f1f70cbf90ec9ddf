import type { OfficerRole } from '@motcua/core';

/** An officer as `GET /api/v1/officers?agencyId=` lists them. */
export interface OfficerView {
  id: string;
  username: string;
  fullName: string;
  title: string;
  email: string;
  phone: string;
  active: boolean;
  grants: Array<{ role: OfficerRole; agencyId: string; unitId: string | null }>;
}
