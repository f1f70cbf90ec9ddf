/** What the signing module offers the other modules; everything else in it is its own. */
export { inspectPdfSignature } from './cms.js';
export type { ActiveCredential, Signing } from './credentials.js';
export { describeCertificate } from './x509.js';
export { generateKeyPair, issueCertificate, toPem } from './x509.js';
export type { DocumentSigner, PdfSignature, PreparedSignature, SignatureClaims } from './signer.js';
export { finishPdf, heldSigner, signPdf } from './signer.js';
export { officerSigner, signatureImage } from './personal.js';
export { checkPng } from './images.js';
export { type RemoteSettlement, recordRemoteRequest, settleRemoteRequest } from './remote-requests.js';
export { SEAL_DIAMETER, type AgencySeal, type Inscription, type OfficerSignature, type SignaturePosition, sealAsAgency, sealAttachment, signAsOfficer, signatureImageBox } from './visible.js';
