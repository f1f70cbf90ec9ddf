import { describe, expect, it } from 'vitest';
import { CODE128_QUIET_ZONE, code128Bars, code128Symbols, isCode128Encodable } from './code128.js';

/** The value each symbol stands for in code set B: printable ASCII from the space. */
const b = (text: string) => [...text].map((char) => char.charCodeAt(0) - 32);

describe('Code 128', () => {
  it('carries letters in code set B with the weighted modulo-103 check symbol', () => {
    // "Wikipedia": 104 + 55·1 + 73·2 + 75·3 + 73·4 + 80·5 + 69·6 + 68·7 + 73·8 + 65·9 = 2457 ≡ 88 (mod 103).
    expect(code128Symbols('Wikipedia')).toEqual([104, ...b('Wikipedia'), 88, 106]);
  });

  it('starts in code set C for a text of digits in pairs, and leaves an odd first digit to set B', () => {
    // 105 + 12·1 + 34·2 = 185 ≡ 82.
    expect(code128Symbols('1234')).toEqual([105, 12, 34, 82, 106]);
    // B "1", switch to C (99), 23, 45: 104 + 17·1 + 99·2 + 23·3 + 45·4 = 568 ≡ 53.
    expect(code128Symbols('12345')).toEqual([104, 17, 99, 23, 45, 53, 106]);
    // Three digits are not worth the switch.
    expect(code128Symbols('123').slice(0, 4)).toEqual([104, ...b('123')]);
  });

  it('switches to code set C inside a dossier code only for runs long enough to pay for it', () => {
    const symbols = code128Symbols('001.01.01.H99-261204-0007');
    // "001." and the short groups stay in set B; "261204" and the final "0007" go in pairs.
    expect(symbols.slice(0, 15)).toEqual([104, ...b('001.01.01.H99-')]);
    expect(symbols.slice(15, 19)).toEqual([99, 26, 12, 4]);
    expect(symbols.slice(19, 21)).toEqual([100, ...b('-')]);
    expect(symbols.slice(21, 24)).toEqual([99, 0, 7]);
    expect(symbols).toHaveLength(26);
    const data = symbols.slice(0, -2);
    expect(symbols.at(-2)).toBe(data.reduce((sum, value, index) => sum + value * Math.max(index, 1), 0) % 103);
  });

  it('draws 11 modules a symbol, bars and spaces alternating, and a 13-module stop ending on a bar', () => {
    const text = '001.01.01.H99-261204-0007';
    const { bars, modules } = code128Bars(text);
    const symbols = code128Symbols(text);
    expect(modules).toBe((symbols.length - 1) * 11 + 13);
    expect(bars[0]!.start).toBe(0);
    const last = bars.at(-1)!;
    expect(last.start + last.width).toBe(modules);
    for (const [index, bar] of bars.entries()) {
      expect(bar.width).toBeGreaterThanOrEqual(1);
      expect(bar.width).toBeLessThanOrEqual(4);
      if (index > 0) expect(bar.start).toBeGreaterThan(bars[index - 1]!.start + bars[index - 1]!.width - 1);
    }
    // Three bars a symbol, four in the stop pattern.
    expect(bars).toHaveLength((symbols.length - 1) * 3 + 4);
    expect(CODE128_QUIET_ZONE).toBe(10);
  });

  it('refuses what code sets B and C cannot carry', () => {
    expect(isCode128Encodable('Hồ sơ')).toBe(false);
    expect(isCode128Encodable('')).toBe(false);
    expect(() => code128Symbols('Hồ sơ')).toThrow(RangeError);
    expect(() => code128Symbols('a\tb')).toThrow(RangeError);
  });
});
