import { PDF } from '@libpdf/core';
import { AppError } from '../../platform/errors.js';
import { SIZES, Paper } from '../papers/index.js';
import { placeOf, timeAndDay } from '../papers/index.js';
import type { ActiveCredential, SignatureClaims } from '../signing/index.js';
import type { ResultTemplate } from './templates.js';

/**
 * The result documents as issued: a result written from its procedure's template, or the
 * officer's own PDF followed by a page that names its signature, each with the verification QR
 * code in the top-left corner and the verification code, then signed as PAdES (baseline B-B).
 */

/** Who signs, for whom and when, and how anyone checks it: printed in the visible signature block. */
export interface SignatureStamp {
  agencyName: string;
  signerName: string;
  signerTitle: string;
  /** The signer's authority over the signature (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`), from their grant; without it, the title. */
  authority?: string[] | undefined;
  signedAt: Date;
  verificationCode: string;
  verificationUrl: string;
  documentType: string;
  dossierCode: string;
  /** Whose digital signature it is, when not the agency's: the approver's personal one (remote signing). */
  signedBy?: string | undefined;
}

function heading(paper: Paper, stamp: SignatureStamp): Paper {
  return paper.heading({
    issuer: stamp.agencyName,
    references: [`Mã xác thực: ${stamp.verificationCode}`],
    placeAndDate: { place: placeOf(stamp.agencyName), at: stamp.signedAt },
    qrCode: stamp.verificationUrl,
  });
}

/** The signature block: the signer's title, the digital signature's facts where ink would go, the name. */
function signature(paper: Paper, stamp: SignatureStamp, recipients?: string[]): Paper {
  const note = `(Đã ký số)\nKý bởi: ${stamp.signedBy ?? stamp.agencyName}\nThời gian ký: ${timeAndDay(stamp.signedAt)}`;
  return paper.signatures([{ title: stamp.authority ?? stamp.signerTitle, note, name: stamp.signerName }], recipients);
}

function verificationNote(paper: Paper, stamp: SignatureStamp): Paper {
  return paper.text(
    `Văn bản điện tử được ký số. Mã xác thực ${stamp.verificationCode}: quét mã QR ở góc trên bên trái hoặc truy cập ${stamp.verificationUrl} để kiểm tra văn bản.`,
    { size: SIZES.small, face: 'italic', before: 6 },
  );
}

const paperInfo = (stamp: SignatureStamp, title: string) => ({
  title: `${title} – hồ sơ ${stamp.dossierCode}`,
  author: stamp.agencyName,
  subject: `Kết quả giải quyết hồ sơ ${stamp.dossierCode}`,
  issuedAt: stamp.signedAt,
});

/** A result written from its template (already filled with the dossier's facts). */
export async function renderResult(template: ResultTemplate, stamp: SignatureStamp): Promise<Uint8Array> {
  const paper = heading(new Paper(paperInfo(stamp, template.title)), stamp);
  paper.title(template.title, template.subtitle ? [{ text: template.subtitle }] : []);
  for (const paragraph of template.paragraphs) paper.text(paragraph, { indent: 0, before: 4 });
  paper.space(8);
  signature(paper, stamp, template.recipients);
  verificationNote(paper, stamp);
  return paper.finish();
}

/** The page appended to an uploaded result: which document it is, who signed it, how to check it. */
async function renderSignaturePage(stamp: SignatureStamp, pages: number): Promise<Uint8Array> {
  const paper = heading(new Paper(paperInfo(stamp, stamp.documentType)), stamp);
  paper.title('Thông tin ký số văn bản điện tử', [{ text: stamp.documentType, face: 'regular' }]);
  paper
    .field('Mã hồ sơ', stamp.dossierCode, { strong: true })
    .field('Văn bản', `${stamp.documentType} (${pages} trang trước trang này)`)
    .field('Cơ quan ban hành', stamp.agencyName)
    .field('Người ký', `${stamp.signerName} – ${stamp.signerTitle}`)
    .field('Thời gian ký', timeAndDay(stamp.signedAt))
    .field('Mã xác thực', stamp.verificationCode, { strong: true })
    .field('Kiểm tra tại', stamp.verificationUrl)
    .space(8);
  signature(paper, stamp);
  verificationNote(paper, stamp);
  return paper.finish();
}

const unreadable = () =>
  new AppError(
    400,
    'result_pdf_unreadable',
    'Không đọc được tệp PDF kết quả (tệp hỏng hoặc có mật khẩu); vui lòng tải lên bản PDF khác.',
    'The result PDF cannot be read (damaged or password-protected); upload another PDF.',
    'resultFileId',
  );

/** The officer's PDF with the signature page appended after its last page. */
export async function stampUploadedResult(uploaded: Uint8Array, stamp: SignatureStamp): Promise<Uint8Array> {
  let document: PDF;
  try {
    document = await PDF.load(uploaded);
  } catch {
    throw unreadable();
  }
  if (document.getPageCount() === 0 || document.isEncrypted) throw unreadable();
  const page = await PDF.load(await renderSignaturePage(stamp, document.getPageCount()));
  await document.copyPagesFrom(page, [0]);
  return document.save();
}

/**
 * Signs the whole document with the agency's credential: PAdES baseline B-B, ETSI.CAdES.detached.
 * Says how many pages it has too: the document is ours, so it needs none of the limits uploads are read within.
 */
export async function signDocument(bytes: Uint8Array, credential: ActiveCredential, stamp: SignatureStamp): Promise<{ signed: Uint8Array; pages: number }> {
  const document = await PDF.load(bytes);
  const pages = document.getPageCount();
  const { bytes: signed } = await document.sign({ signer: credential.signer, ...resultClaims(stamp), level: 'B-B' });
  return { signed, pages };
}

/** What a result's signature says besides the CMS, whoever signs it (the agency's credential here, a remote signer later). */
export function resultClaims(stamp: SignatureStamp): SignatureClaims {
  return {
    reason: `${stamp.documentType} – kết quả giải quyết hồ sơ ${stamp.dossierCode}`,
    location: placeOf(stamp.agencyName),
    contactInfo: stamp.verificationUrl,
    signingTime: stamp.signedAt,
    fieldName: 'ChuKySo',
  };
}
