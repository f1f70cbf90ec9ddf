import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_CODES, contentRefusal, documentTypeOfAbbreviation, isClassified } from './kinds.js';
import { formatNumberSymbol, parseNumberSymbol, registerSearchWords, registerSequence } from './number-symbol.js';
import { defaultAgencyAbbreviation, defaultUnitAbbreviation } from './symbol-abbreviations.js';

describe('document types', () => {
  it('knows every abbreviation of Decree 30, each once, and the letter without one', () => {
    const abbreviations = DOCUMENT_TYPE_CODES.map((type) => DOCUMENT_TYPES[type].abbreviation).filter((abbreviation) => abbreviation !== null);
    expect(abbreviations).toEqual(['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'BC', 'BB', 'TTr', 'HĐ', 'CĐ', 'GM', 'GGT', 'GUQ', 'PG', 'PC']);
    expect(DOCUMENT_TYPES.letter).toMatchObject({ vi: 'Công văn', abbreviation: null });
  });

  it('tells QC from QyĐ and HD from HĐ', () => {
    expect(documentTypeOfAbbreviation('QC')).toBe('statute');
    expect(documentTypeOfAbbreviation('QyĐ')).toBe('regulation');
    expect(documentTypeOfAbbreviation('HD')).toBe('guidance');
    expect(documentTypeOfAbbreviation('HĐ')).toBe('contract');
    expect(documentTypeOfAbbreviation('UBND')).toBeUndefined();
  });

  it('refuses content of classified documents only', () => {
    expect(contentRefusal('normal')).toBeNull();
    for (const level of ['confidential', 'secret', 'top_secret'] as const) {
      expect(isClassified(level)).toBe(true);
      expect(contentRefusal(level)).toMatchObject({ code: 'classified_content' });
    }
    expect(contentRefusal('secret')!.vi).toContain('Tối mật');
  });
});

describe('number and symbol', () => {
  it.each([
    [{ number: 12, type: 'decision', agency: 'UBND' }, '12/QĐ-UBND'],
    [{ number: 5, type: 'report', agency: 'SNV' }, '05/BC-SNV'],
    [{ number: 45, type: 'letter', agency: 'UBND', unit: 'VP' }, '45/UBND-VP'],
    [{ number: 3, type: 'regulation', agency: 'UBND' }, '03/QyĐ-UBND'],
    [{ number: 120, type: 'invitation', agency: 'STP', unit: 'VP' }, '120/GM-STP'],
  ] as const)('formats %o as %s', (input, expected) => {
    expect(formatNumberSymbol(input)).toBe(expected);
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => formatNumberSymbol({ number: 0, type: 'decision', agency: 'UBND' })).toThrow(RangeError);
  });

  it.each([
    ['12/QĐ-UBND', { number: 12, type: 'decision', issuer: ['UBND'], text: '12/QĐ-UBND' }],
    ['Số: 12/QĐ-UBND', { number: 12, type: 'decision', text: '12/QĐ-UBND' }],
    ['số 7 / BC - SNV', { number: 7, type: 'report', issuer: ['SNV'], text: '07/BC-SNV' }],
    ['45/UBND-VP', { number: 45, type: 'letter', issuer: ['UBND', 'VP'], symbol: 'UBND-VP' }],
    ['1234/SNV-CCHC', { number: 1234, type: 'letter', issuer: ['SNV', 'CCHC'] }],
    ['12/2024/NĐ-CP', { number: 12, year: 2024, type: 'letter', symbol: 'NĐ-CP', text: '12/2024/NĐ-CP' }],
    // Decomposed (NFD) input, as some scanners' text layers have it.
    ['15/Q\u0110-UBND'.normalize('NFD'), { number: 15, type: 'decision' }],
    ['09/KH–UBND', { number: 9, type: 'plan', symbol: 'KH-UBND' }],
  ])('reads %s', (input, expected) => {
    expect(parseNumberSymbol(input)).toMatchObject(expected);
  });

  it.each(['', 'QĐ-UBND', '12', '12/', 'abc/QĐ-UBND', '0/QĐ-UBND', '12/QĐ UBND'])('is not fooled by %j', (input) => {
    expect(parseNumberSymbol(input)).toBeNull();
  });

  it('reads back what it formats', () => {
    for (const type of DOCUMENT_TYPE_CODES) {
      const text = formatNumberSymbol({ number: 31, type, agency: 'UBND', unit: 'VP' });
      expect(parseNumberSymbol(text)).toMatchObject({ number: 31, type, text });
    }
  });
});

describe('register sequences', () => {
  it('restarts on 1 January, Vietnam time, per agency and register', () => {
    const lastOfYear = new Date('2026-12-31T23:59:00+07:00');
    const firstOfYear = new Date('2027-01-01T00:00:00+07:00');
    expect(registerSequence('a', 'incoming', lastOfYear)).toEqual({ agencyId: 'a', register: 'incoming', year: 2026 });
    // 17:00 UTC on 31 December is already 1 January in Vietnam.
    expect(firstOfYear.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(registerSequence('a', 'incoming', firstOfYear)).toEqual({ agencyId: 'a', register: 'incoming', year: 2027 });
    expect(registerSequence('a', 'outgoing', firstOfYear)).not.toEqual(registerSequence('a', 'incoming', firstOfYear));
  });
});

describe('symbol abbreviations by default', () => {
  it.each([
    [{ kind: 'province', name: 'UBND tỉnh Thanh Hóa' }, 'UBND'],
    [{ kind: 'commune', name: 'UBND xã Hòa Bình' }, 'UBND'],
    [{ kind: 'department', name: 'Sở Nội vụ tỉnh Thanh Hóa' }, 'SNV'],
    [{ kind: 'department', name: 'Sở Tư pháp' }, 'STP'],
    [{ kind: 'department', name: 'Sở Giáo dục và Đào tạo tỉnh Thanh Hóa' }, 'SGDĐT'],
    [{ kind: 'department', name: 'BHXH tỉnh Thanh Hóa' }, 'BHXH'],
  ] as const)('%o signs as %s', (agency, expected) => {
    expect(defaultAgencyAbbreviation(agency)).toBe(expected);
  });

  it.each([
    ['Văn phòng', 'VP'],
    ['Phòng Văn hóa - Xã hội', 'VHXH'],
    ['Bộ phận Một cửa', 'MC'],
    ['Phòng Cải cách hành chính', 'CCHC'],
  ])('a unit %s signs as %s', (name, expected) => {
    expect(defaultUnitAbbreviation({ name })).toBe(expected);
  });
});

describe('register search words', () => {
  it('folds diacritics and splits numbers and symbols', () => {
    expect(registerSearchWords('Cải cách  hành chính')).toEqual(['cai', 'cach', 'hanh', 'chinh']);
    expect(registerSearchWords('Số 1234/SNV-CCHC')).toEqual(['so', '1234', 'snv', 'cchc']);
    expect(registerSearchWords('Đề án')).toEqual(['de', 'an']);
    expect(registerSearchWords(' %_ ')).toEqual([]);
  });
});
