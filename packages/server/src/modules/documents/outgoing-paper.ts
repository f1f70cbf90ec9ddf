import { PDF } from '@libpdf/core';
import { AppError } from '../../platform/errors.js';
import { type PageSlot, Paper, SIZES } from '../papers/index.js';

/**
 * An outgoing document as it is signed, in the layout of Decree 30/2020, Appendix I: the issuing
 * agency (under its superior) top left with a line left for the number and symbol, the national
 * name and motto top right with a line left for the place and date, the type's name and the
 * subject (for a letter, `V/v` and the subject under the number), the body, then the recipients
 * (Nơi nhận) beside the signer's authority, a space for the signature and the signer's name. The
 * number, the date and the signature are drawn into the spaces later, each in its own signed
 * revision; `layout` says where they are.
 */

export interface OutgoingLayout {
  number: PageSlot;
  date: PageSlot;
  signature: PageSlot;
}

export interface OutgoingParticulars {
  agencyName: string;
  superiorName: string | undefined;
  /** The type's name (`Quyết định`); null for a letter (công văn), which has none printed. */
  typeName: string | null;
  subject: string;
  /** Kính gửi: the recipients named in a letter. */
  addressees: string[];
  /** Nơi nhận. */
  recipients: string[];
  signerLines: string[];
  signerName: string;
  draftedAt: Date;
}

function begin(particulars: OutgoingParticulars): Paper {
  const paper = new Paper({ title: `${particulars.typeName ?? 'Công văn'}: ${particulars.subject}`, author: particulars.agencyName, subject: particulars.subject, issuedAt: particulars.draftedAt });
  paper.heading({ superior: particulars.superiorName, issuer: particulars.agencyName, blank: { number: true, date: true } });
  if (particulars.typeName) paper.title(particulars.typeName, [{ text: particulars.subject }]);
  else {
    paper.text(`V/v ${particulars.subject}`, { size: SIZES.small + 1, align: 'left' });
    paper.text(`Kính gửi: ${particulars.addressees.join('; ')}.`, { align: 'center', before: 10 });
  }
  return paper;
}

async function end(paper: Paper, particulars: OutgoingParticulars, pageOffset = 0): Promise<{ pdf: Uint8Array; layout: OutgoingLayout }> {
  paper.space(8).signatures([{ title: particulars.signerLines, name: particulars.signerName }], particulars.recipients);
  const pdf = await paper.finish({ numberPages: true });
  const { number, date, signature } = paper.slots;
  const shifted = (slot: PageSlot) => ({ ...slot, page: slot.page + pageOffset });
  return { pdf, layout: { number: shifted(number!), date: shifted(date!), signature: shifted(signature!) } };
}

/** The paragraphs of a body written in the application: one a line, blank lines ignored. */
export const paragraphsOf = (body: string) =>
  body
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A document written from its type's template: the whole of it on our paper. */
export async function composeWritten(particulars: OutgoingParticulars, body: string): Promise<{ pdf: Uint8Array; layout: OutgoingLayout }> {
  const paper = begin(particulars);
  for (const paragraph of paragraphsOf(body)) paper.text(paragraph, { before: 4 });
  return end(paper, particulars);
}

const unreadable = () =>
  new AppError(422, 'outgoing_pdf_unreadable', 'Không đọc được tệp PDF dự thảo (tệp hỏng hoặc có mật khẩu); vui lòng tải lên bản PDF khác.', 'The draft PDF cannot be read (damaged or password-protected); upload another PDF.', 'body');

/**
 * A document whose body the author uploaded: its pages as they are, then a page in the layout of
 * Appendix I that carries the number, the date, the recipients and the signature for the whole.
 */
export async function composeUploaded(particulars: OutgoingParticulars, uploaded: Uint8Array): Promise<{ pdf: Uint8Array; layout: OutgoingLayout }> {
  let body: PDF;
  try {
    body = await PDF.load(uploaded);
  } catch {
    throw unreadable();
  }
  if (body.getPageCount() === 0 || body.isEncrypted) throw unreadable();
  const pages = body.getPageCount();
  const paper = begin(particulars);
  paper.text(`Văn bản gồm ${pages} trang nội dung trước trang này, được ký số và phát hành cùng trang này.`, { face: 'italic', before: 4 });
  const closing = await end(paper, particulars, pages);
  const last = await PDF.load(closing.pdf);
  await body.copyPagesFrom(last, [...Array(last.getPageCount()).keys()]);
  return { pdf: await body.save(), layout: closing.layout };
}
