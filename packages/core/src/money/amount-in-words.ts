/**
 * Amounts of money as Vietnamese papers print them: in figures with dots between thousands
 * (`150.000`) and in words (`Một trăm năm mươi nghìn đồng`), as on fee receipts.
 *
 * Reading rules of the spoken language, group of three digits by group of three:
 * - a zero tens digit before a units digit reads "linh" (105: một trăm linh năm);
 * - ten is "mười", and a tens digit from 2 reads "… mươi" (20: hai mươi);
 * - after "mươi", 1 reads "mốt" and 4 reads "tư" (21: hai mươi mốt, 24: hai mươi tư);
 * - after "mười" or "mươi", 5 reads "lăm" (15: mười lăm, 25: hai mươi lăm);
 * - a group after a larger one says its hundreds even when zero (1.005.000: một triệu không trăm
 *   linh năm nghìn); a group that is all zeros is left out (2.000.500: hai triệu năm trăm);
 * - the scale words are nghìn, triệu, tỷ; above 999 tỷ the count of tỷ is itself read (nghìn tỷ).
 */

/** The largest amount of money (VND) the system takes: a thousand billion đồng, far above any fee or charge. */
export const MAX_AMOUNT_VND = 1_000_000_000_000;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

function digit(value: number): string {
  return DIGITS[value]!;
}

/** One group of three digits; `full` when a larger group precedes it, so its hundreds are read even if zero. */
function readGroup(group: number, full: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh', digit(units));
    else if (units > 0) words.push(digit(units));
    return words;
  }
  if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
    return words;
  }
  words.push(digit(tens), 'mươi');
  if (units === 1) words.push('mốt');
  else if (units === 4) words.push('tư');
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(digit(units));
  return words;
}

/** Below one tỷ: up to three groups (triệu, nghìn, units). */
function readBelowBillion(value: number, full: boolean): string[] {
  const words: string[] = [];
  let leading = full;
  for (let scale = 2; scale >= 0; scale--) {
    const group = Math.floor(value / 1000 ** scale) % 1000;
    if (group === 0) continue;
    words.push(...readGroup(group, leading));
    const scaleWord = SCALES[scale];
    if (scaleWord) words.push(scaleWord);
    leading = true;
  }
  return words;
}

function read(value: number, full: boolean): string[] {
  if (value < BILLION) return readBelowBillion(value, full);
  const billions = Math.floor(value / BILLION);
  const rest = value % BILLION;
  return [...read(billions, full), 'tỷ', ...(rest > 0 ? readBelowBillion(rest, true) : [])];
}

function assertAmount(value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a whole, non-negative amount: ${value}`);
}

/** A whole number in Vietnamese words, lower case: 1_005_000 → "một triệu không trăm linh năm nghìn". */
export function numberInWords(value: number): string {
  assertAmount(value);
  if (value === 0) return digit(0);
  return read(value, false).join(' ');
}

/** An amount of đồng in words, as written on receipts: 150_000 → "Một trăm năm mươi nghìn đồng". */
export function amountInWords(amountVnd: number): string {
  const words = numberInWords(amountVnd);
  return `${words.charAt(0).toLocaleUpperCase('vi')}${words.slice(1)} đồng`;
}

/** An amount in figures with dots between thousands: 2_500_000 → "2.500.000". */
export function amountInFigures(amountVnd: number): string {
  assertAmount(amountVnd);
  return String(amountVnd).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
