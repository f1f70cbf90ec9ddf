import { X509Certificate, createHash } from 'node:crypto';
import { type KeyType, PDF, type Signer as PdfSigner, type SignatureAlgorithm } from '@libpdf/core';
import { inspectPdfSignature } from './cms.js';

/**
 * One interface for every way MotCua signs a PDF: a key the installation holds (an agency's or an
 * officer's PKCS#12 file, sealed in the vault), or a remote signing service that asks the signer
 * to confirm on their phone and answers later. The PDF side is the same for both: @libpdf/core
 * prepares the PAdES signature and hands over the signed attributes (`toBeSigned`); a held key
 * signs them at once, a remote service gets their SHA-256 and the PDF is finished when its
 * signature arrives. The second pass rebuilds the same bytes (same document, same claims, same
 * signing time: @libpdf/core is deterministic there) and checks the signed attributes' hash is
 * the one the signer confirmed before it embeds the signature.
 */
export interface DocumentSigner {
  /** DER: the signer's certificate, then the CAs above it. */
  certificate: Uint8Array;
  chain: Uint8Array[];
  /** Signs now (a held key), or sends the request and says where its answer will come from. */
  begin(toBeSigned: Uint8Array, description: string): Promise<{ signature: Uint8Array } | { awaiting: RemoteTicket }>;
}

/** A request a remote signing service accepted: the signer has until `expiresAt` to confirm it. */
export interface RemoteTicket {
  serviceUrl: string;
  accountId: string;
  transactionId: string;
  expiresAt: Date;
}

/** What the signature dictionary says besides the CMS: the same on both passes of a remote signature. */
export interface SignatureClaims {
  reason: string;
  location: string;
  contactInfo?: string | undefined;
  signingTime: Date;
  fieldName: string;
}

/** A PDF whose signature a remote signer has still to confirm: everything needed to finish it. */
export interface PreparedSignature {
  /** The document as it is signed (visible marks already drawn). */
  unsigned: Uint8Array;
  claims: SignatureClaims;
  certificate: Uint8Array;
  chain: Uint8Array[];
  /** SHA-256 (hex) of the signed attributes the signer was asked to sign. */
  digest: string;
  ticket: RemoteTicket;
}

export type PdfSignature = { signed: Uint8Array } | { awaiting: PreparedSignature };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function algorithmOf(certificate: Uint8Array): { keyType: KeyType; signatureAlgorithm: SignatureAlgorithm } {
  return new X509Certificate(certificate).publicKey.asymmetricKeyType === 'rsa'
    ? { keyType: 'RSA', signatureAlgorithm: 'RSASSA-PKCS1-v1_5' }
    : { keyType: 'EC', signatureAlgorithm: 'ECDSA' };
}

async function runPades(unsigned: Uint8Array, claims: SignatureClaims, certificate: Uint8Array, chain: Uint8Array[], sign: PdfSigner['sign']): Promise<Uint8Array> {
  const document = await PDF.load(unsigned);
  const signer: PdfSigner = { certificate, certificateChain: chain, ...algorithmOf(certificate), sign };
  const { bytes } = await document.sign({ signer, ...claims, level: 'B-B' });
  return bytes;
}

/** Signs the PDF as PAdES B-B with the signer, or prepares it for the remote signer's answer. */
export async function signPdf(unsigned: Uint8Array, signer: DocumentSigner, claims: SignatureClaims): Promise<PdfSignature> {
  let awaiting: PreparedSignature | undefined;
  try {
    const signed = await runPades(unsigned, claims, signer.certificate, signer.chain, async (toBeSigned) => {
      const started = await signer.begin(toBeSigned, claims.reason);
      if ('signature' in started) return started.signature;
      awaiting = { unsigned, claims, certificate: signer.certificate, chain: signer.chain, digest: sha256(toBeSigned), ticket: started.awaiting };
      throw new Error('The remote signer answers later');
    });
    return { signed };
  } catch (error) {
    if (awaiting) return { awaiting };
    throw error;
  }
}

/**
 * Embeds the remote signer's signature in the prepared PDF. Throws if the document rebuilt is not
 * the one the signer confirmed, or if the signature does not verify with their certificate: a
 * result is never issued with a signature that does not hold.
 */
export async function finishPdf(prepared: PreparedSignature, signature: Uint8Array): Promise<Uint8Array> {
  const signed = await runPades(prepared.unsigned, prepared.claims, prepared.certificate, prepared.chain, async (toBeSigned) => {
    if (sha256(toBeSigned) !== prepared.digest) throw new Error('The document to sign changed since the signer was asked');
    return signature;
  });
  const check = await inspectPdfSignature(Buffer.from(signed));
  if (!check?.valid || check.signerFingerprintSha256 !== sha256(prepared.certificate)) throw new Error('The remote signature does not verify with the signer’s certificate');
  return signed;
}

/** A key held by the installation (an opened PKCS#12 file): it signs at once. */
export function heldSigner(credential: { signer: PdfSigner; certificate: Uint8Array; chain: Uint8Array[] }): DocumentSigner {
  return {
    certificate: credential.certificate,
    chain: credential.chain,
    begin: async (toBeSigned) => ({ signature: await credential.signer.sign(toBeSigned, 'SHA-256') }),
  };
}
