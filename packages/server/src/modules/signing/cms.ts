import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { cryptoEngine } from './x509.js';

/**
 * Reads and checks the signature embedded in a signed PDF: the /ByteRange it covers and the CMS
 * SignedData in /Contents, verified against the certificate it names (pkijs on WebCrypto). Only
 * says whether the bytes are what the holder of that certificate signed; whose certificate it is,
 * the caller decides.
 */
export interface EmbeddedSignature {
  /** The CMS signature verifies over the signed byte ranges (including its message digest). */
  valid: boolean;
  /** The ranges cover every byte but the signature itself: nothing was appended after signing. */
  coversWholeFile: boolean;
  signerCertificate: Uint8Array | undefined;
  signerFingerprintSha256: string | undefined;
  /** The signing time the signer claimed (signed attribute), if any. */
  signedAt: Date | undefined;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

/** The last signature's ranges: the one that covers the document as it is now. */
function lastByteRange(content: Buffer): [number, number, number, number] | undefined {
  const text = content.toString('latin1');
  const match = [...text.matchAll(BYTE_RANGE)].at(-1);
  return match ? (match.slice(1, 5).map(Number) as [number, number, number, number]) : undefined;
}

function signingTime(signedData: pkijs.SignedData): Date | undefined {
  const attribute = signedData.signerInfos[0]?.signedAttrs?.attributes.find((item) => item.type === SIGNING_TIME);
  const value = attribute?.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  return value?.toDate();
}

/** The embedded signature and what it proves; undefined when the PDF carries none. */
export async function inspectPdfSignature(content: Buffer): Promise<EmbeddedSignature | undefined> {
  const range = lastByteRange(content);
  if (!range) return undefined;
  const [start, firstLength, second, secondLength] = range;
  const invalid: EmbeddedSignature = { valid: false, coversWholeFile: false, signerCertificate: undefined, signerFingerprintSha256: undefined, signedAt: undefined };
  const gapStart = start + firstLength;
  if (start !== 0 || gapStart >= second || second + secondLength > content.length || content[gapStart] !== LESS_THAN || content[second - 1] !== GREATER_THAN) {
    return invalid;
  }
  const hex = content.subarray(gapStart + 1, second - 1).toString('latin1');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return invalid;
  const signed = Buffer.concat([content.subarray(0, firstLength), content.subarray(second, second + secondLength)]);
  try {
    const parsed = asn1js.fromBER(Buffer.from(hex, 'hex'));
    if (parsed.offset === -1) return invalid;
    const signedData = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: parsed.result }).content });
    const outcome = await signedData.verify({ signer: 0, data: new Uint8Array(signed).buffer, extendedMode: true, checkChain: false }, cryptoEngine);
    const certificate = outcome.signerCertificate ? new Uint8Array(outcome.signerCertificate.toSchema().toBER(false)) : undefined;
    return {
      valid: outcome.signatureVerified === true,
      coversWholeFile: second + secondLength === content.length,
      signerCertificate: certificate,
      signerFingerprintSha256: certificate ? createHash('sha256').update(certificate).digest('hex') : undefined,
      signedAt: signingTime(signedData),
    };
  } catch {
    // pkijs throws on a digest mismatch as on malformed CMS: either way the signature does not hold.
    return invalid;
  }
}
