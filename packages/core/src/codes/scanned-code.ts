import { DOSSIER_CODE_PATTERN, isDossierCode } from './dossier-code.js';

/**
 * What a person types or a scanner reads off a receipt, read as the dossier code it names: the
 * code itself (any case, stray spaces), the receipt's QR code (its JSON in the field names of the
 * National Public Service Portal, `MaHoSo` the dossier code), the 1-D barcode (the code), or the
 * tracking address a phone shows after scanning (`…/tra-cuu/<code>`). Every box where a dossier
 * code is typed or scanned reads it through here, so that each accepts what the others accept.
 */
export function readDossierCode(scanned: string): string | undefined {
  const text = scanned.normalize('NFC').trim();
  const candidate = text.startsWith('{') ? portalPayloadCode(text) : TRACKING_ADDRESS.exec(text)?.[1] ?? text;
  const code = candidate?.toUpperCase();
  return code !== undefined && isDossierCode(code) ? code : undefined;
}

/** The tracking page's address, on any host: the receipt names the portal that printed it. */
const TRACKING_ADDRESS = new RegExp(`^https?://[^/\\s]+(?:/[^\\s]*)?/tra-cuu/(${DOSSIER_CODE_PATTERN.source.slice(1, -1)})(?:[?#][^\\s]*)?$`, 'i');

function portalPayloadCode(json: string): string | undefined {
  try {
    const payload = JSON.parse(json) as unknown;
    const code = payload && typeof payload === 'object' && 'MaHoSo' in payload ? payload.MaHoSo : undefined;
    return typeof code === 'string' ? code.trim() : undefined;
  } catch {
    return undefined;
  }
}
