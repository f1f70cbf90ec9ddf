import { constants, createHash, createPrivateKey, privateEncrypt, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Paper } from '../src/modules/papers/index.js';
import { inspectPdfSignature } from '../src/modules/signing/cms.js';
import { createDemoAuthority, issueOfficerCertificate } from '../src/modules/signing/demo-ca.js';
import { type DocumentSigner, type PreparedSignature, finishPdf, signPdf } from '../src/modules/signing/signer.js';

/**
 * The two passes of a remote signature without the HTTP around them: the PDF is prepared and the
 * signer asked for the signed attributes' hash; the signature, when it comes, is embedded in the
 * same bytes rebuilt. A signature over anything else is refused rather than embedded.
 */

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

async function prepare() {
  const authority = await createDemoAuthority([], VALIDITY);
  const issued = await issueOfficerCertificate(authority, { fullName: 'Nguyễn Văn Ký', agencyName: 'UBND xã Hòa Bình', province: 'Thử Nghiệm' }, VALIDITY);
  const key = createPrivateKey({ key: Buffer.from(await webcrypto.subtle.exportKey('pkcs8', issued.privateKey)), format: 'der', type: 'pkcs8' });
  const asked: string[] = [];
  const remote: DocumentSigner = {
    certificate: issued.certificate,
    chain: issued.chain,
    async begin(toBeSigned) {
      asked.push(createHash('sha256').update(toBeSigned).digest('hex'));
      return { awaiting: { serviceUrl: 'http://ky-so.test', accountId: 'A1', transactionId: 'T1', expiresAt: new Date('2026-12-05T03:35:00Z') } };
    },
  };
  const paper = new Paper({ title: 'Giấy xác nhận', author: 'UBND xã Hòa Bình', subject: 'Thử', issuedAt: new Date('2026-12-05T03:30:00Z') });
  paper.text('Xác nhận ông Nguyễn Văn An cư trú tại thôn Đông.');
  const outcome = await signPdf(await paper.finish(), remote, { reason: 'Ký xác nhận', location: 'Hòa Bình', signingTime: new Date('2026-12-05T03:30:00Z'), fieldName: 'ChuKy' });
  if (!('awaiting' in outcome)) throw new Error('A remote signer answers later');
  /** What the service does when the signer confirms: RSA PKCS#1 v1.5 over the DigestInfo of the hash it was sent. */
  const serviceSigns = (hex: string) => new Uint8Array(privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(hex, 'hex')])));
  return { prepared: outcome.awaiting, asked, serviceSigns };
}

describe('remote signatures embedded in two passes', () => {
  it('asks the signer for the hash of the signed attributes, and embeds the answer in the same document', async () => {
    const { prepared, asked, serviceSigns } = await prepare();
    expect(asked).toEqual([prepared.digest]);
    const signed = await finishPdf(prepared, serviceSigns(prepared.digest));
    const check = await inspectPdfSignature(Buffer.from(signed));
    expect(check).toMatchObject({ valid: true, coversWholeFile: true });
    expect(check!.signedAt).toEqual(new Date('2026-12-05T03:30:00Z'));
  }, 30_000);

  it('refuses a signature over another hash, and a document that is not the one the signer confirmed', async () => {
    const { prepared, serviceSigns } = await prepare();
    await expect(finishPdf(prepared, serviceSigns(createHash('sha256').update('khác').digest('hex')))).rejects.toThrow(/does not verify/);
    const changed: PreparedSignature = { ...prepared, claims: { ...prepared.claims, signingTime: new Date('2026-12-05T03:31:00Z') } };
    await expect(finishPdf(changed, serviceSigns(prepared.digest))).rejects.toThrow(/changed since the signer was asked/);
  }, 30_000);
});
