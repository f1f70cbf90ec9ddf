/**
 * Public views show names as `Nguyễn V. A.`: the family name in full, every other name as its
 * initial (Law 91/2025 on personal data: public tracking must not reveal who applied).
 */
export function maskPersonName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const [family, ...rest] = words;
  if (family === undefined) return '';
  return [family, ...rest.map((word) => `${Array.from(word)[0]!.toLocaleUpperCase('vi')}.`)].join(' ');
}

/**
 * An applicant's name as a public view shows it. Only a natural person's name is personal data
 * (Law 91/2025): a citizen, or the representative of a household, who files as a citizen. An
 * enterprise, organisation or cooperative is named in full, as its registration already is.
 */
export function maskApplicantName(applicant: { type: 'citizen' | 'organisation'; name: string }): string {
  return applicant.type === 'citizen' ? maskPersonName(applicant.name) : applicant.name.normalize('NFC').trim();
}

/** Keeps the last three characters of an identity number, enough for the applicant to recognise it. */
export function maskIdentityNumber(value: string): string {
  const visible = 3;
  if (value.length <= visible) return '*'.repeat(value.length);
  return '*'.repeat(value.length - visible) + value.slice(-visible);
}
