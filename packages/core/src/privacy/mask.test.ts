import { describe, expect, it } from 'vitest';
import { maskIdentityNumber, maskPersonName } from './mask.js';

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
});
