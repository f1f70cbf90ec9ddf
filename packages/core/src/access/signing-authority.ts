import type { AgencyKind } from '../agencies/agency.js';

/**
 * In whose name an officer signs for their agency (Decree 30/2020/NĐ-CP, Appendix I, on the
 * signer's authority): as its head (for a collective body such as a People's Committee, on behalf
 * of the body: TM.), as a deputy signing for the head (KT.), by order of the head (TL.) or by the
 * head's authorisation (TUQ.).
 */
export const SIGNING_AUTHORITIES = ['head', 'deputy', 'by_order', 'by_authorisation'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

export const SIGNING_AUTHORITY_LABELS: Record<SigningAuthority, { vi: string; en: string }> = {
  head: { vi: 'Người đứng đầu ký (TM. nếu là tập thể)', en: 'Head signs (TM. for a collective body)' },
  deputy: { vi: 'Cấp phó ký thay (KT.)', en: 'Deputy signs for the head (KT.)' },
  by_order: { vi: 'Ký thừa lệnh (TL.)', en: 'Signs by order of the head (TL.)' },
  by_authorisation: { vi: 'Ký thừa ủy quyền (TUQ.)', en: 'Signs by authorisation of the head (TUQ.)' },
};

export function isSigningAuthority(value: string): value is SigningAuthority {
  return (SIGNING_AUTHORITIES as readonly string[]).includes(value);
}

/** The head of an agency, and the collective body they sign on behalf of, if the agency is one. */
export interface AgencyHead {
  /** e.g. `Chủ tịch`, `Giám đốc`. */
  title: string;
  /** e.g. `Ủy ban nhân dân`: its decisions are the body's, signed TM. */
  collective?: string;
}

const PEOPLES_COMMITTEE: AgencyHead = { title: 'Chủ tịch', collective: 'Ủy ban nhân dân' };
const DIRECTOR: AgencyHead = { title: 'Giám đốc' };

/** People's Committees (province, district, commune) are collective bodies headed by a chairman; departments and centres have a director. */
export const AGENCY_HEADS: Record<AgencyKind, AgencyHead> = {
  province: PEOPLES_COMMITTEE,
  district: PEOPLES_COMMITTEE,
  commune: PEOPLES_COMMITTEE,
  department: DIRECTOR,
  centre: DIRECTOR,
};

/** How an officer signs for an agency, as their grant there says. */
export interface SignerAuthority {
  authority: SigningAuthority;
  /** The signer's own position, e.g. `Phó Chủ tịch`, `Chánh Văn phòng`; a head's or a deputy's may be left empty. */
  position: string;
}

const capitals = (text: string) => text.normalize('NFC').trim().toLocaleUpperCase('vi');

/** The position a head or deputy holds when none is given: `Chủ tịch`, `Phó Chủ tịch`. */
function defaultPosition(head: AgencyHead, authority: SigningAuthority): string {
  if (authority === 'head') return head.title;
  return authority === 'deputy' ? `Phó ${head.title}` : '';
}

/**
 * The lines printed in capitals above the signature, e.g. for a vice-chairman of a People's
 * Committee `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`; for a department's office chief
 * signing by order `TL. GIÁM ĐỐC`, `CHÁNH VĂN PHÒNG`.
 */
export function authorityLines(head: AgencyHead, signer: SignerAuthority): string[] {
  const position = capitals(signer.position) || capitals(defaultPosition(head, signer.authority));
  const onBehalf = head.collective ? [`TM. ${capitals(head.collective)}`] : [];
  const headTitle = capitals(head.title);
  const lines = {
    head: [...onBehalf, position],
    deputy: [...onBehalf, `KT. ${headTitle}`, position],
    by_order: [`TL. ${headTitle}`, position],
    by_authorisation: [`TUQ. ${headTitle}`, position],
  }[signer.authority];
  return lines.filter(Boolean);
}

/** What is wrong with a grant's signing authority, if anything: signing by order or authorisation names the signer's own position. */
export function signerAuthorityProblem(authority: SigningAuthority | null, position: string): { vi: string; en: string } | undefined {
  const named = position.trim() !== '';
  if (authority === null && named) {
    return { vi: 'Chức vụ ký chỉ ghi khi đã chọn thẩm quyền ký.', en: 'A signing position needs a signing authority.' };
  }
  if ((authority === 'by_order' || authority === 'by_authorisation') && !named) {
    return {
      vi: 'Ký thừa lệnh hoặc thừa ủy quyền phải ghi chức vụ của người ký (ví dụ: Chánh Văn phòng).',
      en: 'Signing by order or by authorisation needs the signer’s position (e.g. Chief of Office).',
    };
  }
  return undefined;
}
