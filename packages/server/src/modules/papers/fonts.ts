import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The typeface of the papers: Noto Serif, a Times-like serif with every Vietnamese letter, embedded
 * (subset) in each PDF. Official papers are set in Times New Roman, which may not be redistributed.
 */
const require = createRequire(import.meta.url);

const FILES = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
} as const;

export type Face = keyof typeof FILES;
export const FACES = Object.keys(FILES) as Face[];

/** The part of a fontkit glyph run that pdfkit reads. */
interface GlyphRun {
  glyphs: unknown[];
  positions: Array<Record<string, number>>;
}

interface FontkitFont {
  layout(text: string, features?: unknown): GlyphRun;
  createSubset(): unknown;
}

/**
 * fontkit is pdfkit's own dependency, resolved from pdfkit's location so that it is the very
 * version pdfkit expects; pdfkit takes a parsed fontkit font as well as a file.
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Uint8Array): FontkitFont };

const LAYOUT_CACHE_LIMIT = 20_000;

/**
 * A parsed font that also remembers how it laid out each word. Parsing Noto Serif costs about
 * 130 ms and shaping a word through its large OpenType tables about a millisecond, and pdfkit
 * would redo both for every paper (its own layout cache lives as long as one document). pdfkit
 * scales the positions of a run in place, so each caller gets positions of its own.
 *
 * Subsets are cut from a second parse of the font. fontkit keeps one glyph object per glyph, with
 * the characters it was first asked for; cutting a subset asks for the parts of composite glyphs
 * (the "a" of "á") without characters, and pdfkit writes a glyph's characters into the PDF's text
 * layer. On a shared font, the next paper's "a" would then have none, and read back as a blank.
 */
function remembering(buffer: Buffer): FontkitFont {
  const shaping = fontkit.create(buffer);
  const subsetting = fontkit.create(buffer);
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, features?: unknown): GlyphRun => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= LAYOUT_CACHE_LIMIT) runs.clear();
      const fresh = shaping.layout(text, features);
      run = { glyphs: fresh.glyphs, positions: fresh.positions.map((position) => ({ ...position })) };
      runs.set(key, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs,
      positions,
      // As fontkit's GlyphRun computes it, from the (possibly scaled) positions.
      get advanceWidth() {
        return positions.reduce((width, position) => width + (position.xAdvance ?? 0), 0);
      },
    } as GlyphRun;
  };
  const createSubset = () => subsetting.createSubset();
  return new Proxy(shaping, {
    get(target, property) {
      if (property === 'layout') return layout;
      if (property === 'createSubset') return createSubset;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A parsed font, as pdfkit's `registerFont` accepts it. */
export type ParsedFont = PDFKit.Mixins.PDFFontSource;

let parsed: Record<Face, ParsedFont> | undefined;

/** The faces, parsed once for the life of the process. */
export function paperFonts(): Record<Face, ParsedFont> {
  parsed ??= Object.fromEntries(
    FACES.map((face) => [face, remembering(readFileSync(require.resolve(FILES[face]))) as unknown as ParsedFont]),
  ) as Record<Face, ParsedFont>;
  return parsed;
}
