/** Electronic identifier code of an agency: levels 4, 3, 2 from the left, then level 1 (H = province, G = ministry). */
export const AGENCY_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[HG]\d{2}$/;

export function isAgencyCode(value: string): boolean {
  return AGENCY_CODE_PATTERN.test(value);
}
