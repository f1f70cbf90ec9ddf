/**
 * Where the visible marks of a signature go on a page, per Decree 30/2020 (Appendix I): the
 * signer's image centred between their title and name, the agency's seal over about a third of
 * it on the left, and on an attachment the agency's signature at the top right of the first page.
 * Boxes are in PDF points, origin at the bottom left.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The seal covers this share of the signature image's width, from its left edge. */
export const SEAL_OVERLAP = 1 / 3;

/** The signer's image, scaled to fit `area` keeping its proportions, centred in it. */
export function centredImage(area: Box, image: { width: number; height: number }): Box {
  const scale = Math.min(area.width / image.width, area.height / image.height);
  const width = image.width * scale;
  const height = image.height * scale;
  return { x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width, height };
}

/**
 * The seal of `diameter` points over the signature image: its right edge a third of the way into
 * the image, vertically centred on it.
 */
export function sealOverSignature(signature: Box, diameter: number): Box {
  const right = signature.x + signature.width * SEAL_OVERLAP;
  return { x: right - diameter, y: signature.y + (signature.height - diameter) / 2, width: diameter, height: diameter };
}

/** The box of an attachment's signature note at the top right of a page, inside the margins. */
export function topRightNote(page: { width: number; height: number }, note: { width: number; height: number }, margin: number): Box {
  return { x: page.width - margin - note.width, y: page.height - margin - note.height, width: note.width, height: note.height };
}

const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** ISO 8601 in Vietnam's time with its offset, as the agency's signature shows it: `2026-12-05T14:30:00+07:00`. */
export function vietnamIsoTime(at: Date): string {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MINUTES * 60_000);
  return `${local.toISOString().slice(0, 19)}+07:00`;
}
