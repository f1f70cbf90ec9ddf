/** What the signing module offers the other modules; everything else in it is its own. */
export { inspectPdfSignature } from './cms.js';
export type { ActiveCredential, Signing } from './credentials.js';
export { describeCertificate } from './x509.js';
export { generateKeyPair, issueCertificate, toPem } from './x509.js';
