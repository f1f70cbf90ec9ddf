import { describe, expect, it } from 'vitest';
import { hasVisibleText, isStorableText } from './visible.js';

describe('hasVisibleText', () => {
  it.each(['\u200B', '\u200B\u200C\u200D', '\u2060\uFEFF', ' \u00A0\u3000\t', '', '\u200B \u200D'])('refuses %j', (value) => {
    expect(hasVisibleText(value)).toBe(false);
  });
  it.each(['Nguyễn Văn A', '\u200BA', 'Ủy ban nhân dân'])('accepts %j', (value) => {
    expect(hasVisibleText(value)).toBe(true);
  });
});

describe('isStorableText', () => {
  it.each(['a\u0000b', '\uD800', 'x\uDC00', '\uDBFFa', 'a\uDFFF\uD800'])('refuses %j', (value) => {
    expect(isStorableText(value)).toBe(false);
  });
  it.each(['', 'Nguyễn', '😀 ổn', '\uD83D\uDE00'])('accepts %j', (value) => {
    expect(isStorableText(value)).toBe(true);
  });
});
