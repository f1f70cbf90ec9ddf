/** A citizen's account on the portal as the API shows it: never the password. */
export interface CitizenAccount {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  idNumber: string | null;
  /** The commune, ward or special zone of the citizen's address (its agency id), if the account names one. */
  communeId: string | null;
  /** Whether the citizen confirmed the e-mail address, and the phone, by a code sent there (false when there is none). */
  emailVerified: boolean;
  phoneVerified: boolean;
}
