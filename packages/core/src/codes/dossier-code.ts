import { isAgencyCode } from './agency-code.js';

/** `<receiving agency code>-<yymmdd>-<4-digit sequence of that agency and day>`, e.g. `000.00.01.H29-261122-0007`. */
export const DOSSIER_CODE_PATTERN = /^(\d{3}\.\d{2}\.\d{2}\.[HG]\d{2})-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

/** @param localDate the reception date in Vietnam, `YYYY-MM-DD` */
export function formatDossierCode(agencyCode: string, localDate: string, sequence: number): string {
  if (!isAgencyCode(agencyCode)) throw new RangeError(`Not an agency code: ${agencyCode}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad sequence: ${sequence}`);
  const yymmdd = localDate.slice(2, 4) + localDate.slice(5, 7) + localDate.slice(8, 10);
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

export function isDossierCode(value: string): boolean {
  return DOSSIER_CODE_PATTERN.test(value);
}
