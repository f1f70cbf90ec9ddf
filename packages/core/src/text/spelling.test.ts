import { describe, expect, it } from 'vitest';
import { correctWords, editDistance, toTsquery } from './spelling.js';

const VOCABULARY = ['dang', 'ky', 'khai', 'sinh', 'ket', 'hon', 'tu', 'giay', 'phep', 'lai', 'xe', 'xay', 'dung', 'chung', 'thuc'];

describe('spelling correction for the catalogue search', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('sih', 'sinh', 2)).toBe(1);
    expect(editDistance('khia', 'khai', 2)).toBe(1);
    expect(editDistance('giay', 'giay', 1)).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('keeps known words, corrects typos, treats the last word as a prefix', () => {
    const corrected = correctWords(['dang', 'ky', 'khai', 'sih'], VOCABULARY);
    expect(corrected.map((item) => item.alternatives)).toEqual([['dang'], ['ky'], ['khai'], ['sinh']]);
    expect(toTsquery(correctWords(['giay', 'phep', 'xa'], VOCABULARY))).toBe('giay & phep & xa:*');
    expect(toTsquery(correctWords(['ket', 'hn'], VOCABULARY))).toBe('ket & hon');
    expect(toTsquery(correctWords(['dung', 'xe'], ['dung', 'xe', 'xa']))).toBe('dung & xe:*');
    expect(toTsquery(correctWords(['thuc', 'dang'], ['thuc', 'dung', 'dan']))).toBe('thuc & (dung | dan)');
  });

  it('drops words that resemble nothing', () => {
    expect(correctWords(['qqqqqq'], VOCABULARY)).toEqual([]);
  });
});
