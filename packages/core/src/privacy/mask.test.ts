import { describe, expect, it } from 'vitest';
import { maskApplicantName, maskIdentityNumber, maskPersonName } from './mask.js';

describe('masking personal data for public views', () => {
  it('keeps the family name and initials', () => {
    expect(maskPersonName('Nguyễn Văn An')).toBe('Nguyễn V. A.');
    expect(maskPersonName('  đặng   thị   ánh  ')).toBe('đặng T. Á.');
    expect(maskPersonName('Lê')).toBe('Lê');
  });

  it('returns NFC even from decomposed input', () => {
    const decomposed = 'Nguyễn Văn Ánh'.normalize('NFD');
    expect(maskPersonName(decomposed)).toBe('Nguyễn V. Á.'.normalize('NFC'));
  });

  it('shows only the last three characters of an identity number', () => {
    expect(maskIdentityNumber('038095001234')).toBe('*********234');
    expect(maskIdentityNumber('12')).toBe('**');
  });

  it('masks a natural person, a household representative included, and names an organisation in full', () => {
    expect(maskApplicantName({ type: 'citizen', name: 'Trần Thị Mai' })).toBe('Trần T. M.');
    // A household business is filed by its representative, a person.
    expect(maskApplicantName({ type: 'citizen', name: 'Hoàng Văn Hộ' })).toBe('Hoàng V. H.');
    expect(maskApplicantName({ type: 'organisation', name: 'Công ty TNHH Minh Hòa' })).toBe('Công ty TNHH Minh Hòa');
    expect(maskApplicantName({ type: 'organisation', name: '  Hợp tác xã Nông nghiệp Quảng Ngọc ' })).toBe('Hợp tác xã Nông nghiệp Quảng Ngọc');
    expect(maskApplicantName({ type: 'organisation', name: 'Công ty Cổ phần Ánh'.normalize('NFD') })).toBe('Công ty Cổ phần Ánh'.normalize('NFC'));
  });
});
