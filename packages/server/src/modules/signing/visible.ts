import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Box, centredImage, sealOverSignature, topRightNote, vietnamIsoTime } from '@motcua/core';
import { PDF, type PDFPage, rgb } from '@libpdf/core';
import { type DocumentSigner, type PdfSignature, signPdf } from './signer.js';

/**
 * The two signatures Decree 30/2020 puts on a released electronic document, each a PAdES
 * signature of its own: the competent person's (the image of their handwritten signature centred
 * between their title and name), then the agency's at release (the seal over the left third of
 * it, with the agency's name and the signing time in ISO 8601 at +07:00); and the agency's on each
 * attachment, without an image, at the top right of its first page with the number and symbol of
 * the document it belongs to. The marks are drawn on the page in the signature's own incremental
 * update, so that a signature covers its marks and leaves the earlier signatures intact.
 */

const require = createRequire(import.meta.url);
// Noto Serif has every Vietnamese letter; the papers use it too (papers/fonts.ts).
const FONT = '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf';
let fontBytes: Uint8Array | undefined;
const font = () => (fontBytes ??= new Uint8Array(readFileSync(require.resolve(FONT))));

/** A seal's diameter on paper: 36 mm, the size of a commune's or a department's seal. */
export const SEAL_DIAMETER = (36 / 25.4) * 72;
const NOTE_SIZE = 7.5;
const INK_RED = rgb(0.78, 0.08, 0.16);

/** Where on which page (0-based) a signature goes. */
export interface SignaturePosition {
  page: number;
  /** For the signer: the space between their title and their name. */
  box: Box;
}

export interface OfficerSignature {
  /** The officer's name as it is printed under the signature. */
  name: string;
  signer: DocumentSigner;
  /** Their handwritten signature (blue, transparent PNG). */
  image: Uint8Array;
}

export interface AgencySeal {
  /** The agency's name as the seal's information gives it. */
  name: string;
  signer: DocumentSigner;
  /** The seal (red, transparent PNG). */
  image: Uint8Array;
}

async function withMarks(pdf: Uint8Array, draw: (document: PDF) => void): Promise<Uint8Array> {
  const document = await PDF.load(pdf);
  draw(document);
  return document.save({ incremental: true, subsetFonts: true });
}

function pageOf(document: PDF, index: number): PDFPage {
  const page = document.getPage(index);
  if (!page) throw new Error(`The document has no page ${index + 1}`);
  return page;
}

function note(document: PDF, page: PDFPage, lines: string[], at: { x: number; y: number }): void {
  const embedded = document.embedFont(font());
  lines.forEach((line, index) => page.drawText(line, { x: at.x, y: at.y - index * (NOTE_SIZE + 2), font: embedded, size: NOTE_SIZE, color: INK_RED }));
}

/**
 * What the clerk writes in at release, in the space the draft left for it (the number and symbol,
 * the place and date): black, centred in its box on its page (0-based).
 */
export interface Inscription {
  page: number;
  box: Box;
  text: string;
  size: number;
}

function inscribe(document: PDF, inscriptions: readonly Inscription[]): void {
  if (inscriptions.length === 0) return;
  const embedded = document.embedFont(font());
  for (const { page, box, text, size } of inscriptions) {
    const width = embedded.getTextWidth(text, size);
    pageOf(document, page).drawText(text, { x: box.x + Math.max(0, (box.width - width) / 2), y: box.y + (box.height - size) / 2 + size * 0.2, font: embedded, size, color: rgb(0, 0, 0) });
  }
}

/** Where the officer's image was drawn for a signature at `position`, as the seal needs it. */
export function signatureImageBox(position: SignaturePosition, image: { width: number; height: number }): Box {
  return centredImage(position.box, image);
}

/** The signer's own signature: their image centred at the position, then their PAdES signature. */
export async function signAsOfficer(pdf: Uint8Array, officer: OfficerSignature, position: SignaturePosition, at: Date, reason: string): Promise<PdfSignature> {
  const marked = await withMarks(pdf, (document) => {
    const image = document.embedPng(officer.image);
    const box = signatureImageBox(position, image);
    pageOf(document, position.page).drawImage(image, box);
  });
  return signPdf(marked, officer.signer, { reason, location: '', signingTime: at, fieldName: 'ChuKyNguoiKy', contactInfo: officer.name });
}

/**
 * The agency's signature at release: the seal over the left third of the signer's image (`signed`:
 * where signatureImageBox() put it), the agency's name and the time under the seal, what the clerk
 * writes in at release (`inscriptions`), then its PAdES signature, which covers them all.
 */
export async function sealAsAgency(
  pdf: Uint8Array,
  agency: AgencySeal,
  signed: { page: number; imageBox: Box },
  at: Date,
  reason: string,
  inscriptions: readonly Inscription[] = [],
): Promise<PdfSignature> {
  const marked = await withMarks(pdf, (document) => {
    inscribe(document, inscriptions);
    const image = document.embedPng(agency.image);
    const seal = sealOverSignature(signed.imageBox, SEAL_DIAMETER);
    const page = pageOf(document, signed.page);
    page.drawImage(image, seal);
    note(document, page, [agency.name, vietnamIsoTime(at)], { x: seal.x, y: seal.y - NOTE_SIZE });
  });
  return signPdf(marked, agency.signer, { reason, location: agency.name, signingTime: at, fieldName: 'ChuKyCoQuan' });
}

/** The agency's signature on an attachment: no image; the document's number and symbol, the agency and the time at the top right of the first page. */
export async function sealAttachment(pdf: Uint8Array, agency: Omit<AgencySeal, 'image'>, document: { numberAndSymbol: string }, at: Date): Promise<PdfSignature> {
  const lines = [`Kèm theo văn bản số ${document.numberAndSymbol}`, agency.name, vietnamIsoTime(at)];
  const marked = await withMarks(pdf, (opened) => {
    const page = pageOf(opened, 0);
    const width = Math.max(...lines.map((line) => line.length)) * NOTE_SIZE * 0.5;
    const box = topRightNote(page, { width, height: lines.length * (NOTE_SIZE + 2) }, 20);
    note(opened, page, lines, { x: box.x, y: box.y + box.height - NOTE_SIZE });
  });
  return signPdf(marked, agency.signer, { reason: `Tài liệu kèm theo văn bản số ${document.numberAndSymbol}`, location: agency.name, signingTime: at, fieldName: 'ChuKyCoQuanPhuLuc' });
}
