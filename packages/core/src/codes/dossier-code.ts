import { isAgencyCode } from './agency-code.js';

/** `<receiving agency code>-<yymmdd>-<4-digit sequence of that agency and day>`, e.g. `000.00.01.H29-261122-0007`. */
export const DOSSIER_CODE_PATTERN = /^(\d{3}\.\d{2}\.\d{2}\.[HG]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

/** The sequence of the agency's day is zero-padded to at least this many digits (the database numbers dossiers). */
export const DOSSIER_SEQUENCE_DIGITS = 4;

/**
 * Everything of the code but the sequence, `<agency code>-<yymmdd>-`.
 * @param localDate the reception date in Vietnam, `YYYY-MM-DD`
 */
export function dossierCodePrefix(agencyCode: string, localDate: string): string {
  if (!isAgencyCode(agencyCode)) throw new RangeError(`Not an agency code: ${agencyCode}`);
  const yymmdd = localDate.slice(2, 4) + localDate.slice(5, 7) + localDate.slice(8, 10);
  return `${agencyCode}-${yymmdd}-`;
}

export function isDossierCode(value: string): boolean {
  return DOSSIER_CODE_PATTERN.test(value);
}

/** The portal page where anyone follows a dossier: the receipt's QR code and the applicant's notices point there. */
export const dossierTrackingPath = (code: string) => `/tra-cuu/${encodeURIComponent(code)}`;
