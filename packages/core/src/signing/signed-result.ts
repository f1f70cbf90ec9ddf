/** A dossier's signed result as its officers list it, with whether this officer may revoke it. */
export interface SignedResult {
  verificationCode: string;
  documentType: string;
  source: 'template' | 'upload';
  agencyName: string;
  signer: { name: string; title: string };
  signedAt: string;
  fileId: string;
  sha256: string;
  revoked: { at: string; reason: string } | null;
  canRevoke: boolean;
}
