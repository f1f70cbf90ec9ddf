import { describe, expect, it } from 'vitest';
import { AGENCY_HEADS, authorityLines, signerAuthorityProblem } from './signing-authority.js';

const commune = AGENCY_HEADS.commune;
const department = AGENCY_HEADS.department;

describe("the signer's authority above the signature (Decree 30/2020, Appendix I)", () => {
  it('has the chairman of a People’s Committee sign on behalf of the body (TM.)', () => {
    expect(authorityLines(commune, { authority: 'head', position: '' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('has a vice-chairman sign for the chairman (KT.), on behalf of the body', () => {
    expect(authorityLines(commune, { authority: 'deputy', position: 'Phó Chủ tịch' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    // Without a position of their own, a deputy is the head's deputy.
    expect(authorityLines(commune, { authority: 'deputy', position: ' ' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('has a director sign in their own name and a deputy director for them, with no collective body', () => {
    expect(authorityLines(department, { authority: 'head', position: '' })).toEqual(['GIÁM ĐỐC']);
    expect(authorityLines(department, { authority: 'deputy', position: 'Phó Giám đốc' })).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  });

  it('writes signing by order (TL.) and by authorisation (TUQ.) before the head’s title, then the signer’s own position', () => {
    expect(authorityLines(commune, { authority: 'by_order', position: 'Chánh Văn phòng' })).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(authorityLines(department, { authority: 'by_authorisation', position: 'Trưởng phòng Hành chính tư pháp' })).toEqual([
      'TUQ. GIÁM ĐỐC',
      'TRƯỞNG PHÒNG HÀNH CHÍNH TƯ PHÁP',
    ]);
  });

  it('asks for the position of whoever signs by order or authorisation, and for an authority before a position', () => {
    expect(signerAuthorityProblem('by_order', '')?.en).toMatch(/position/);
    expect(signerAuthorityProblem('by_authorisation', '  ')?.vi).toMatch(/chức vụ/);
    expect(signerAuthorityProblem(null, 'Phó Chủ tịch')?.en).toMatch(/authority/);
    expect(signerAuthorityProblem('deputy', '')).toBeUndefined();
    expect(signerAuthorityProblem(null, '')).toBeUndefined();
  });
});
