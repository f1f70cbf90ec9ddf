/**
 * Code 128 (ISO/IEC 15417), the 1-D barcode that receipt and label scanners read everywhere: the
 * dossier code on the receipt, so that a USB scanner at a counter or a kiosk types it back. Code
 * set B carries the letters, dots and dashes; runs of digits switch to code set C, two digits a
 * symbol, where that makes the barcode shorter.
 */

/** Bar and space widths (in modules, bar first) of the symbol values 0–106; 106 is the stop pattern. */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
] as const;

const START = { B: 104, C: 105 } as const;
const SWITCH_TO = { B: 100, C: 99 } as const;
const STOP = 106;
const CHECKSUM_MODULUS = 103;

/** A symbol of code set C holds two digits; a run of digits pays for the switch only when long enough. */
const DIGITS_WORTH_C = { atEdge: 4, inside: 6 } as const;

export const isCode128Encodable = (text: string) => text.length > 0 && [...text].every((char) => char >= ' ' && char <= '~');

/** The length of the run of digits starting at `from`. */
function digitRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && text[end]! >= '0' && text[end]! <= '9') end++;
  return end - from;
}

/**
 * The symbol values of `text` (printable ASCII): start, data, check symbol and stop.
 * @throws RangeError for an empty text or one with characters outside printable ASCII
 */
export function code128Symbols(text: string): number[] {
  if (!isCode128Encodable(text)) throw new RangeError(`Code 128 (code sets B and C) cannot carry: ${JSON.stringify(text)}`);
  const symbols: number[] = [];
  let set: 'B' | 'C' | undefined;
  const use = (next: 'B' | 'C') => {
    if (set === next) return;
    symbols.push(set === undefined ? START[next] : SWITCH_TO[next]);
    set = next;
  };
  let at = 0;
  while (at < text.length) {
    const run = digitRun(text, at);
    const atEdge = at === 0 || at + run === text.length;
    const worthC = set === 'C' ? run >= 2 : run >= (atEdge ? DIGITS_WORTH_C.atEdge : DIGITS_WORTH_C.inside);
    if (worthC) {
      // An odd run leaves its first digit to code set B, so that set C takes the rest in pairs.
      if (set !== 'C' && run % 2 === 1) {
        use('B');
        symbols.push(text.charCodeAt(at++) - 32);
      }
      use('C');
      for (let pair = 0; pair < Math.floor((run - (run % 2)) / 2); pair++, at += 2) symbols.push(Number(text.slice(at, at + 2)));
      continue;
    }
    use('B');
    symbols.push(text.charCodeAt(at++) - 32);
  }
  // The start symbol and the first data symbol both weigh 1, each later one its position.
  const checksum = symbols.reduce((sum, value, index) => sum + value * Math.max(index, 1), 0) % CHECKSUM_MODULUS;
  return [...symbols, checksum, STOP];
}

/** A dark bar, in modules from the start of the symbol (quiet zones aside). */
export interface Bar {
  start: number;
  width: number;
}

/**
 * The bars of `text`'s barcode and its width in modules. The printer leaves a quiet zone of at
 * least 10 modules on each side, and draws a module at least 0.25 mm wide for ordinary scanners.
 */
export function code128Bars(text: string): { bars: Bar[]; modules: number } {
  const bars: Bar[] = [];
  let position = 0;
  for (const value of code128Symbols(text)) {
    [...PATTERNS[value]!].forEach((width, index) => {
      // Even places are bars, odd ones spaces.
      if (index % 2 === 0) bars.push({ start: position, width: Number(width) });
      position += Number(width);
    });
  }
  return { bars, modules: position };
}

/** The quiet zone each side of the barcode, in modules. */
export const CODE128_QUIET_ZONE = 10;
