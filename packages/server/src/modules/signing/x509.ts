import { createHash, randomBytes, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * X.509 certificates and PKCS#12 files in pure JavaScript (pkijs + WebCrypto), so that a demo CA
 * can be made on any machine, Windows included, without the openssl command. Names are written
 * as UTF8String and read back as such: Vietnamese names must survive unchanged (see the note on
 * @signpdf in ENGINEERING.md).
 */

/**
 * The WebCrypto engine every pkijs call here is given explicitly: @libpdf/core installs its own
 * as pkijs's global one, and its digest() cannot take an algorithm named by a plain string, as
 * SignedData.verify() names it.
 */
export const cryptoEngine = new pkijs.CryptoEngine({ name: 'motcua', crypto: webcrypto as unknown as pkijs.CryptoEngineParameters['crypto'] });

const OID = {
  country: '2.5.4.6',
  province: '2.5.4.8',
  locality: '2.5.4.7',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
  commonName: '2.5.4.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.4.1.311.10.3.12',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  localKeyId: '1.2.840.113549.1.9.21',
} as const;

const LABELS: Record<string, string> = {
  [OID.country]: 'C',
  [OID.province]: 'ST',
  [OID.locality]: 'L',
  [OID.organisation]: 'O',
  [OID.organisationalUnit]: 'OU',
  [OID.commonName]: 'CN',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
};

/** A distinguished name, most general first (C, ST, O, … CN), as it is encoded. */
export interface DistinguishedName {
  country?: string;
  province?: string;
  locality?: string;
  organisation?: string;
  organisationalUnit?: string;
  commonName: string;
}

export interface CertificateFacts {
  /** RFC 4514 order: `CN=…, O=…, C=VN`. */
  subject: string;
  commonName: string;
  issuer: string;
  /** Upper-case hexadecimal. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
  selfSigned: boolean;
  isCa: boolean;
}

const bufferOf = (view: ArrayBuffer | Uint8Array) => Buffer.from(view instanceof Uint8Array ? view : new Uint8Array(view));

function nameAttributes(name: pkijs.RelativeDistinguishedNames): Array<{ label: string; value: string }> {
  return name.typesAndValues.map((item) => ({
    label: LABELS[item.type] ?? item.type,
    value: String((item.value as asn1js.Utf8String).valueBlock.value).normalize('NFC'),
  }));
}

const formatName = (name: pkijs.RelativeDistinguishedNames) =>
  nameAttributes(name)
    .reverse()
    .map((attribute) => `${attribute.label}=${attribute.value}`)
    .join(', ');

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(der));
}

export function describeCertificate(der: Uint8Array): CertificateFacts {
  const certificate = parseCertificate(der);
  const basic = certificate.extensions?.find((extension) => extension.extnID === OID.basicConstraints)?.parsedValue as pkijs.BasicConstraints | undefined;
  return {
    subject: formatName(certificate.subject),
    commonName: nameAttributes(certificate.subject).find((attribute) => attribute.label === 'CN')?.value ?? '',
    issuer: formatName(certificate.issuer),
    serialNumber: bufferOf(certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase(),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    fingerprintSha256: createHash('sha256').update(der).digest('hex'),
    selfSigned: certificate.subject.isEqual(certificate.issuer),
    isCa: Boolean(basic?.cA),
  };
}

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** One attribute per RDN, in the order given: pkijs would otherwise put them all in one multi-valued RDN. */
function encodeName(name: DistinguishedName): pkijs.RelativeDistinguishedNames {
  const pairs: Array<[string, string | undefined]> = [
    [OID.country, name.country],
    [OID.province, name.province],
    [OID.locality, name.locality],
    [OID.organisation, name.organisation],
    [OID.organisationalUnit, name.organisationalUnit],
    [OID.commonName, name.commonName],
  ];
  const rdns = pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([type, value]) => {
      const text = value.normalize('NFC');
      const encoded = type === OID.country ? new asn1js.PrintableString({ value: text }) : new asn1js.Utf8String({ value: text });
      return new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value: encoded }).toSchema()] });
    });
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: rdns }).toBER(false));
}

// ECDSA P-256: the demo and test authorities make a key per agency at startup, and an RSA key
// takes a noticeable moment to generate. Signing works the same with RSA credentials.
const EC_KEY: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };

export type KeyPair = webcrypto.CryptoKeyPair;

export async function generateKeyPair(): Promise<KeyPair> {
  return webcrypto.subtle.generateKey(EC_KEY, true, ['sign', 'verify']);
}

// Remote signing services sign a hash handed to them; with RSA PKCS#1 v1.5 that is a plain
// private-key operation on the DigestInfo, which node:crypto offers (it cannot sign a bare hash with ECDSA).
const RSA_KEY: webcrypto.RsaHashedKeyGenParams = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };

/** An RSA key pair, as the certificates of remote signing services hold. */
export async function generateRsaKeyPair(): Promise<KeyPair> {
  return webcrypto.subtle.generateKey(RSA_KEY, true, ['sign', 'verify']);
}

function keyIdentifier(certificate: pkijs.Certificate): Buffer {
  return createHash('sha1').update(bufferOf(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)).digest();
}

export interface NewCertificate {
  subject: DistinguishedName;
  publicKey: webcrypto.CryptoKey;
  /** The issuing CA; none = self-signed with `selfKey`. */
  issuer: { certificate: Uint8Array; privateKey: webcrypto.CryptoKey } | { selfKey: webcrypto.CryptoKey };
  ca: boolean;
  notBefore: Date;
  notAfter: Date;
}

/** Issues an ECDSA/SHA-256 certificate: a CA certificate, or a document-signing one. */
export async function issueCertificate(input: NewCertificate): Promise<Uint8Array> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  // Positive, 16 bytes of randomness: serials must be unique per CA and unpredictable.
  certificate.serialNumber = new asn1js.Integer({ valueHex: Uint8Array.from([0x01, ...randomBytes(15)]) });
  certificate.subject = encodeName(input.subject);
  const issuerCertificate = 'certificate' in input.issuer ? parseCertificate(input.issuer.certificate) : undefined;
  certificate.issuer = issuerCertificate ? issuerCertificate.subject : certificate.subject;
  certificate.notBefore.value = input.notBefore;
  certificate.notAfter.value = input.notAfter;
  await certificate.subjectPublicKeyInfo.importKey(input.publicKey, cryptoEngine);

  const subjectKeyId = keyIdentifier(certificate);
  const authorityKeyId = issuerCertificate ? keyIdentifier(issuerCertificate) : subjectKeyId;
  const basic = new pkijs.BasicConstraints({ cA: input.ca });
  // keyCertSign + cRLSign for a CA; digitalSignature + nonRepudiation for a signer.
  const usage = input.ca
    ? new asn1js.BitString({ valueHex: new Uint8Array([0x06]), unusedBits: 1 })
    : new asn1js.BitString({ valueHex: new Uint8Array([0xc0]), unusedBits: 6 });
  certificate.extensions = [
    new pkijs.Extension({ extnID: OID.basicConstraints, critical: true, extnValue: basic.toSchema().toBER(false), parsedValue: basic }),
    new pkijs.Extension({ extnID: OID.keyUsage, critical: true, extnValue: usage.toBER(false) }),
    new pkijs.Extension({ extnID: OID.subjectKeyIdentifier, extnValue: new asn1js.OctetString({ valueHex: subjectKeyId }).toBER(false) }),
    new pkijs.Extension({
      extnID: OID.authorityKeyIdentifier,
      extnValue: new pkijs.AuthorityKeyIdentifier({ keyIdentifier: new asn1js.OctetString({ valueHex: authorityKeyId }) }).toSchema().toBER(false),
    }),
  ];
  if (!input.ca) {
    const purposes = new pkijs.ExtKeyUsage({ keyPurposes: [OID.emailProtection, OID.documentSigning] });
    certificate.extensions.push(new pkijs.Extension({ extnID: OID.extendedKeyUsage, extnValue: purposes.toSchema().toBER(false) }));
  }

  const signingKey = 'selfKey' in input.issuer ? input.issuer.selfKey : input.issuer.privateKey;
  await certificate.sign(signingKey, 'SHA-256', cryptoEngine);
  return new Uint8Array(certificate.toSchema(false).toBER(false));
}

export interface Pkcs12Content {
  privateKey: webcrypto.CryptoKey;
  certificate: Uint8Array;
  /** The CA certificates above it, so that whoever opens the file can build the chain. */
  chain: Uint8Array[];
  password: string;
}

/** OpenSSL's default count: a credential is opened often, and it is sealed at rest anyway. */
const PKCS12_ITERATIONS = 2048;

/** A PKCS#12 file as `openssl pkcs12 -export` writes it by default: PBES2 with AES-256-CBC, HMAC-SHA-256 MAC. */
export async function writePkcs12(content: Pkcs12Content): Promise<Uint8Array> {
  const password = new TextEncoder().encode(content.password).buffer as ArrayBuffer;
  // pkijs draws each IV itself; the AesCbcParams type would have one given.
  const encryption = {
    password,
    contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 },
    hmacHashAlgorithm: 'SHA-256',
    iterationCount: PKCS12_ITERATIONS,
  } as Parameters<pkijs.PKCS8ShroudedKeyBag['makeInternalValues']>[0];
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', content.privateKey);
  const keyBag = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(pkcs8) });
  await keyBag.makeInternalValues(encryption, cryptoEngine);
  const certificate = parseCertificate(content.certificate);
  const localKeyId = [new pkijs.Attribute({ type: OID.localKeyId, values: [new asn1js.OctetString({ valueHex: keyIdentifier(certificate) })] })];
  const keys = new pkijs.SafeContents({ safeBags: [new pkijs.SafeBag({ bagId: OID.pkcs8ShroudedKeyBag, bagValue: keyBag, bagAttributes: localKeyId })] });
  const certificates = new pkijs.SafeContents({
    safeBags: [
      new pkijs.SafeBag({ bagId: OID.certBag, bagValue: new pkijs.CertBag({ parsedValue: certificate }), bagAttributes: localKeyId }),
      ...content.chain.map((der) => new pkijs.SafeBag({ bagId: OID.certBag, bagValue: new pkijs.CertBag({ parsedValue: parseCertificate(der) }) })),
    ],
  });
  const authenticatedSafe = new pkijs.AuthenticatedSafe({
    parsedValue: { safeContents: [{ privacyMode: 0, value: keys }, { privacyMode: 1, value: certificates }] },
  });
  await authenticatedSafe.makeInternalValues({ safeContents: [{}, encryption] }, cryptoEngine);
  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({ password, iterations: PKCS12_ITERATIONS, pbkdf2HashAlgorithm: 'SHA-256', hmacHashAlgorithm: 'SHA-256' }, cryptoEngine);
  return new Uint8Array(pfx.toSchema().toBER(false));
}
