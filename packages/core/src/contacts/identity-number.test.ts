import { describe, expect, it } from 'vitest';
import { ID_NUMBER_PATTERN } from './contacts.js';
import { identityDocumentOf, idNumberProblem, isPersonalIdNumber, normaliseIdNumber } from './identity-number.js';

describe('identity numbers', () => {
  it('reads a person’s number as the document it is', () => {
    expect(identityDocumentOf('citizen', '038095001234')).toBe('cccd');
    expect(identityDocumentOf('citizen', '038 095 001 234')).toBe('cccd');
    expect(identityDocumentOf('citizen', '171234567')).toBe('cmnd');
    expect(identityDocumentOf('citizen', 'C1234567')).toBe('passport');
    expect(identityDocumentOf('citizen', 'c1234567')).toBe('passport');
    expect(identityDocumentOf('citizen', 'AB123456')).toBe('passport');
  });

  it('refuses an 11-digit CCCD and says how many digits it has', () => {
    const problem = idNumberProblem('citizen', '03809500123');
    expect(problem?.code).toBe('citizen_digits');
    expect(problem?.vi).toBe('Số định danh cá nhân (CCCD) gồm đúng 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có 11 chữ số.');
    expect(problem?.en).toContain('this one has 11');
    for (const digits of ['12345678', '1234567890', '0380950012345']) expect(idNumberProblem('citizen', digits)?.code, digits).toBe('citizen_digits');
  });

  it('refuses what cannot be a passport number', () => {
    for (const wrong of ['C12', 'C1234567890', 'ABCDEFGHIJ']) expect(idNumberProblem('citizen', wrong)?.code, wrong).toBe('passport');
    for (const wrong of ['038-095-001234', 'Nguyễn', 'C123.4567']) expect(idNumberProblem('citizen', wrong)?.code, wrong).toBe('citizen_characters');
  });

  it('takes an organisation’s tax code of 10 digits, or 13 with the branch after a dash', () => {
    expect(identityDocumentOf('organisation', '0101234567')).toBe('tax_code');
    expect(identityDocumentOf('organisation', '0101234567-001')).toBe('tax_code');
    for (const wrong of ['010123456', '0101234567001', '0101234567-01', '038095001234', 'C1234567']) {
      expect(idNumberProblem('organisation', wrong)?.code, wrong).toBe('tax_code');
    }
    // A person's CCCD is no tax code, and a tax code no person's number.
    expect(idNumberProblem('citizen', '0101234567')?.code).toBe('citizen_digits');
  });

  it('asks for the number when there is none, in the words of the applicant kind', () => {
    expect(idNumberProblem('citizen', '  ')).toMatchObject({ code: 'missing', vi: 'Nhập số định danh cá nhân (CCCD) hoặc số hộ chiếu.' });
    expect(idNumberProblem('organisation', '')).toMatchObject({ code: 'missing', vi: 'Nhập mã số thuế (mã số doanh nghiệp) của tổ chức.' });
  });

  it('lets through the schema’s character check every number the rule takes', () => {
    for (const id of ['038095001234', '171234567', 'C1234567', '0101234567', '0101234567-001']) {
      expect(ID_NUMBER_PATTERN.test(id), id).toBe(true);
      expect(new RegExp(ID_NUMBER_PATTERN.source, 'v').test(id), `${id} as an HTML pattern`).toBe(true);
    }
  });

  it('keeps a citizen account’s number to the CCCD', () => {
    expect(isPersonalIdNumber('038095001234')).toBe(true);
    expect(isPersonalIdNumber('171234567')).toBe(false);
    expect(normaliseIdNumber(' c 123 4567 ')).toBe('C1234567');
  });
});
