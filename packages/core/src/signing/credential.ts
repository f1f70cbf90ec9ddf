/**
 * An agency's signing credential as the server shows it: the certificate only, since the PKCS#12
 * file and its password never leave the server.
 */
export interface SigningCertificate {
  id: string;
  agencyId: string;
  /** RFC 4514. */
  subject: string;
  commonName: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  fingerprintSha256: string;
  configuredAt: string;
  expired: boolean;
}
