import { describe, expect, it } from 'vitest';
import { amountInFigures, amountInWords, numberInWords } from './amount-in-words.js';

describe('amounts in Vietnamese words', () => {
  it.each([
    [0, 'không'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [999, 'chín trăm chín mươi chín'],
    [1_000, 'một nghìn'],
    [1_010, 'một nghìn không trăm mười'],
    [1_024, 'một nghìn không trăm hai mươi tư'],
    [150_000, 'một trăm năm mươi nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_050_000, 'một triệu không trăm năm mươi nghìn'],
    [2_000_500, 'hai triệu năm trăm'],
    [21_500_000, 'hai mươi mốt triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [2_500_000_000, 'hai tỷ năm trăm triệu'],
    [2_050_000_000, 'hai tỷ không trăm năm mươi triệu'],
    [3_000_000_001, 'ba tỷ không trăm linh một'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_234_567_890_000, 'một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi nghìn'],
  ])('%d reads "%s"', (value, words) => {
    expect(numberInWords(value)).toBe(words);
  });

  it('writes an amount as a receipt does, capitalised with the currency', () => {
    expect(amountInWords(150_000)).toBe('Một trăm năm mươi nghìn đồng');
    expect(amountInWords(0)).toBe('Không đồng');
    expect(amountInWords(1_005_000)).toBe('Một triệu không trăm linh năm nghìn đồng');
    expect(amountInWords(2_500_000_000)).toBe('Hai tỷ năm trăm triệu đồng');
    expect(amountInWords(1_000_000)).toBe('Một triệu đồng');
  });

  it('writes figures with dots between thousands', () => {
    expect(amountInFigures(0)).toBe('0');
    expect(amountInFigures(999)).toBe('999');
    expect(amountInFigures(150_000)).toBe('150.000');
    expect(amountInFigures(2_500_000_000)).toBe('2.500.000.000');
  });

  it('refuses what is not a whole, non-negative amount', () => {
    expect(() => numberInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInFigures(Number.NaN)).toThrow(RangeError);
    expect(() => numberInWords(2 ** 60)).toThrow(RangeError);
  });
});
