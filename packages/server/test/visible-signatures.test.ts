import { describe, expect, it } from 'vitest';
import { sealOverSignature } from '@motcua/core';
import { Paper } from '../src/modules/papers/index.js';
import { createDemoAuthority, issueOfficerCertificate, officerPkcs12 } from '../src/modules/signing/demo-ca.js';
import { drawDemoSeal, drawDemoSignature } from '../src/modules/signing/images.js';
import { openPkcs12 } from '../src/modules/signing/pkcs12.js';
import { type DocumentSigner, heldSigner } from '../src/modules/signing/signer.js';
import { SEAL_DIAMETER, type SignaturePosition, sealAsAgency, sealAttachment, signAsOfficer, signatureImageBox } from '../src/modules/signing/visible.js';
import { toPem } from '../src/modules/signing/x509.js';
import { pdfText, pixelsIn, renderColourPage } from './support/pdf.js';
import { pdfsig } from './support/pdfsig.js';

/**
 * The two signatures of Decree 30/2020 on one document, with keys the installation holds: the
 * leader's personal signature with their image, then the agency's with its seal over it; and the
 * agency's signature on an attachment. pdfsig checks both signatures against the CA in an NSS
 * trust store; pdftoppm shows the blue and red ink where they belong; pdftotext still reads the page.
 */

const VALIDITY = { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2045-12-31T00:00:00Z') };
const AGENCY = 'UBND xã Hòa Bình';
const LEADER = 'Nguyễn Thị Hường';
const AT = new Date('2026-12-05T03:30:00Z');
const PAGE_HEIGHT = 841.89;

async function province() {
  const authority = await createDemoAuthority([{ id: 'xa', name: AGENCY, province: 'Thử Nghiệm' }], VALIDITY);
  const issued = await issueOfficerCertificate(authority, { fullName: LEADER, agencyName: AGENCY, province: 'Thử Nghiệm' }, VALIDITY);
  const personal = await officerPkcs12(issued);
  const agencyCredential = authority.credentials[0]!;
  const officer: DocumentSigner = heldSigner(await openPkcs12(personal.pkcs12, personal.password));
  const agency: DocumentSigner = heldSigner(await openPkcs12(agencyCredential.pkcs12, agencyCredential.password));
  return { caPem: toPem(authority.certificate), officer, agency };
}

async function decision(): Promise<Uint8Array> {
  const paper = new Paper({ title: 'Quyết định', author: AGENCY, subject: 'Quyết định thử nghiệm', issuedAt: AT });
  paper.title('QUYẾT ĐỊNH', [{ text: 'Về việc công nhận tổ dân phố văn hóa' }]);
  paper.text('Điều 1. Công nhận tổ dân phố Đồng Tâm đạt danh hiệu văn hóa năm 2026.');
  return paper.finish();
}

const signed = (outcome: { signed: Uint8Array } | { awaiting: unknown }) => {
  if (!('signed' in outcome)) throw new Error('A held key signs at once');
  return outcome.signed;
};

describe('visible signatures per Decree 30/2020', () => {
  it('the signer then the agency: both signatures valid and trusted, Vietnamese names intact, blue and red ink where they go', async () => {
    const { caPem, officer, agency } = await province();
    const position: SignaturePosition = { page: 0, box: { x: 340, y: 300, width: 180, height: 70 } };
    const byOfficer = signed(await signAsOfficer(await decision(), { name: LEADER, signer: officer, image: drawDemoSignature(LEADER) }, position, AT, 'Ký ban hành quyết định'));
    const imageBox = signatureImageBox(position, { width: 480, height: 180 });
    const released = Buffer.from(
      signed(await sealAsAgency(byOfficer, { name: 'Ủy ban nhân dân xã Hòa Bình', signer: agency, image: drawDemoSeal(AGENCY) }, { page: 0, imageBox }, AT, 'Phát hành văn bản')),
    );

    const report = await pdfsig(released, caPem);
    expect(report.match(/Signature is Valid/g)).toHaveLength(2);
    expect(report.match(/Certificate is Trusted/g)).toHaveLength(2);
    expect(report).toContain(`Signer Certificate Common Name: ${LEADER}`);
    expect(report).toContain('Signer Certificate Common Name: Ủy ban nhân dân xã Hòa Bình');

    const page = await renderColourPage(released, 100);
    const fromTop = (box: { x: number; y: number; width: number; height: number }) => ({ xMin: box.x, xMax: box.x + box.width, yMin: PAGE_HEIGHT - box.y - box.height, yMax: PAGE_HEIGHT - box.y });
    const blue = (r: number, g: number, b: number) => b > 120 && b > r + 60 && b > g + 40;
    const red = (r: number, g: number, b: number) => r > 150 && r > g + 80 && r > b + 60;
    const seal = sealOverSignature(imageBox, SEAL_DIAMETER);
    // The right two thirds of the signature are uncovered blue; the seal is red, also where it covers the signature's left third.
    expect(pixelsIn(page, fromTop({ ...imageBox, x: imageBox.x + imageBox.width / 3, width: (imageBox.width * 2) / 3 }), blue)).toBeGreaterThan(100);
    expect(pixelsIn(page, fromTop(seal), red)).toBeGreaterThan(500);
    expect(pixelsIn(page, fromTop({ ...imageBox, width: imageBox.width / 3 }), red)).toBeGreaterThan(20);
    // The seal's information under it is drawn, not only in the text layer: a subset font can draw blanks.
    expect(pixelsIn(page, { xMin: seal.x, xMax: seal.x + 120, yMin: PAGE_HEIGHT - seal.y, yMax: PAGE_HEIGHT - seal.y + 22 }, red)).toBeGreaterThan(40);
    expect(pixelsIn(page, { xMin: 0, xMax: 595, yMin: 0, yMax: 250 }, (r, g, b) => blue(r, g, b) || red(r, g, b))).toBe(0);

    const text = (await pdfText(released)).replace(/\s+/g, ' ');
    expect(text).toContain('Công nhận tổ dân phố Đồng Tâm');
    expect(text).toContain('Ủy ban nhân dân xã Hòa Bình');
    expect(text).toContain('2026-12-05T10:30:00+07:00');
  }, 60_000);

  it('an attachment carries the agency’s signature, without image, with the number and symbol and time at the top right of its first page', async () => {
    const { caPem, agency } = await province();
    const attachment = Buffer.from(signed(await sealAttachment(await decision(), { name: 'Ủy ban nhân dân xã Hòa Bình', signer: agency }, { numberAndSymbol: '12/QĐ-UBND' }, AT)));
    const report = await pdfsig(attachment, caPem);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Certificate is Trusted');
    const firstLines = (await pdfText(attachment)).split('\n').slice(0, 4).join(' ');
    expect(firstLines).toMatch(/Kèm theo văn bản số 12\/QĐ-UBND/);
    expect(firstLines).toContain('2026-12-05T10:30:00+07:00');
    const page = await renderColourPage(attachment, 100);
    expect(pixelsIn(page, { xMin: 297, xMax: 595, yMin: 0, yMax: 60 }, (r, g, b) => r > 120 && r > g + 50 && r > b + 50)).toBeGreaterThan(20);
  }, 60_000);
});
