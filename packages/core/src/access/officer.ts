import type { OfficerRole } from './roles.js';
import type { SigningAuthority } from './signing-authority.js';

/** An officer's account as administrators see and edit it: never the password. */
export interface OfficerAccount {
  id: string;
  username: string;
  fullName: string;
  title: string;
  email: string;
  phone: string;
  active: boolean;
  /** The officer must change the password an administrator gave them at their next sign-in. */
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  grants: Array<{ role: OfficerRole; agencyId: string; unitId: string | null; signingAuthority: SigningAuthority | null; signingPosition: string }>;
}
