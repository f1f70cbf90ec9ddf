import { describe, expect, it } from 'vitest';
import { fillText } from './fill-text.js';

describe('filling a text', () => {
  it('puts each value in its place and leaves an unknown placeholder as written', () => {
    expect(fillText('Trang {page}/{pages}', { page: 2, pages: 9 })).toBe('Trang 2/9');
    expect(fillText('Hello {name}', {})).toBe('Hello {name}');
  });

  it('agrees the English word with its number', () => {
    const text = '{count} {count|dossier|dossiers} found';
    expect(fillText(text, { count: 1 })).toBe('1 dossier found');
    expect(fillText(text, { count: 0 })).toBe('0 dossiers found');
    expect(fillText(text, { count: 21 })).toBe('21 dossiers found');
    expect(fillText('{supplements} {supplements|supplement|supplements}, {extensions} {extensions|extension|extensions}', { supplements: 1, extensions: 2 })).toBe(
      '1 supplement, 2 extensions',
    );
  });
});
