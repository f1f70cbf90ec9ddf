import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import { AppError } from '../../platform/errors.js';
import { officialName } from './demo-ca.js';

/**
 * The images of visible signatures: an officer's handwritten signature (blue, transparent PNG)
 * and an agency's seal (red, transparent PNG). Officers and agencies upload their own; the demo
 * draws plausible ones here, stroke by stroke, never copied from a real seal.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A seal or a signature needs no more; a bigger upload is a photo, not a transparent drawing. */
const MAX_SIDE = 2000;
const MAX_BYTES = 2 * 1024 * 1024;

export interface PngFacts {
  width: number;
  height: number;
}

/** Width and height of a PNG, or a 400 saying it is not one an officer should sign with. */
export function checkPng(bytes: Uint8Array, field: string): PngFacts {
  const buffer = Buffer.from(bytes);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE) || buffer.toString('latin1', 12, 16) !== 'IHDR') {
    throw new AppError(400, 'image_not_png', 'Ảnh chữ ký, con dấu phải là tệp PNG (nền trong suốt).', 'The signature or seal image must be a PNG file (transparent background).', field);
  }
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  if (buffer.length > MAX_BYTES || width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) {
    throw new AppError(400, 'image_too_large', `Ảnh quá lớn: tối đa ${MAX_SIDE}×${MAX_SIDE} điểm ảnh và 2 MB.`, `The image is too large: at most ${MAX_SIDE}×${MAX_SIDE} pixels and 2 MB.`, field);
  }
  return { width, height };
}

type Rgb = readonly [number, number, number];

/** An RGBA drawing surface, transparent to begin with. */
class Canvas {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
  }

  /** Ink of `colour` at (x, y) with `coverage` (0–1), over what is there. */
  ink(x: number, y: number, colour: Rgb, coverage: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || coverage <= 0) return;
    const at = (y * this.width + x) * 4;
    const alpha = Math.max(this.pixels[at + 3]!, Math.round(Math.min(1, coverage) * 255));
    this.pixels.set([colour[0], colour[1], colour[2], alpha], at);
  }

  /** A round pen of `radius` at (cx, cy), its edge smoothed over one pixel. */
  dot(cx: number, cy: number, radius: number, colour: Rgb): void {
    for (let y = Math.floor(cy - radius - 1); y <= Math.ceil(cy + radius + 1); y++) {
      for (let x = Math.floor(cx - radius - 1); x <= Math.ceil(cx + radius + 1); x++) {
        this.ink(x, y, colour, radius + 0.5 - Math.hypot(x - cx, y - cy));
      }
    }
  }

  /** A ring between two radii around the centre. */
  ring(cx: number, cy: number, inner: number, outer: number, colour: Rgb): void {
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) {
        const distance = Math.hypot(x - cx, y - cy);
        this.ink(x, y, colour, Math.min(distance - inner + 0.5, outer + 0.5 - distance));
      }
    }
  }

  /** Filled closed contours (even-odd: a letter's counters stay open), sampled at each pixel's centre. */
  fill(contours: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, colour: Rgb): void {
    for (let y = 0; y < this.height; y++) {
      const crossings: number[] = [];
      const sy = y + 0.5;
      for (const points of contours) {
        points.forEach(([x1, y1], index) => {
          const [x2, y2] = points[(index + 1) % points.length]!;
          if (y1 <= sy !== y2 <= sy) crossings.push(x1 + ((sy - y1) * (x2 - x1)) / (y2 - y1));
        });
      }
      crossings.sort((a, b) => a - b);
      for (let pair = 0; pair + 1 < crossings.length; pair += 2) {
        for (let x = Math.ceil(crossings[pair]! - 0.5); x < crossings[pair + 1]! - 0.5; x++) this.ink(x, y, colour, 1);
      }
    }
  }

  png(): Uint8Array {
    const rows = Buffer.alloc(this.height * (this.width * 4 + 1));
    for (let y = 0; y < this.height; y++) {
      // Filter type 0 (none) before each row.
      Buffer.from(this.pixels.buffer, y * this.width * 4, this.width * 4).copy(rows, y * (this.width * 4 + 1) + 1);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter variants, no interlace
    return new Uint8Array(Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Ink blue, as Decree 30/2020 asks of the signer's image. */
export const SIGNATURE_BLUE: Rgb = [16, 48, 160];
/** Seal red. */
export const SEAL_RED: Rgb = [200, 20, 40];

/** A number in [0, 1) from the name, so that each officer's drawn signature differs and stays the same. */
const seeded = (name: string, index: number) => createHash('sha256').update(`${name}#${index}`).digest().readUInt32BE(0) / 2 ** 32;

/**
 * A demo handwritten signature for `name`: loops that run to the right, then a flourish under
 * them, in blue on a transparent background.
 */
export function drawDemoSignature(name: string): Uint8Array {
  const canvas = new Canvas(480, 180);
  const loops = 3 + Math.floor(seeded(name, 0) * 3);
  const tilt = 0.3 + seeded(name, 1) * 0.4;
  const steps = 900;
  for (let step = 0; step <= steps; step++) {
    const t = step / steps;
    const swing = Math.sin(Math.PI * t);
    const x = 50 + 360 * t + 22 * Math.cos(2 * Math.PI * loops * t) + tilt * 30 * swing;
    const y = 90 - 45 * Math.sin(2 * Math.PI * loops * t) * (0.5 + 0.5 * swing);
    canvas.dot(x, y, 2.6, SIGNATURE_BLUE);
  }
  for (let step = 0; step <= 300; step++) {
    const t = step / 300;
    canvas.dot(70 + 360 * t, 150 - 14 * Math.sin(Math.PI * t) - 6 * t, 2.2 * (1 - 0.5 * t), SIGNATURE_BLUE);
  }
  return canvas.png();
}

interface GlyphPath {
  commands: Array<{ command: string; args: number[] }>;
}
interface OutlineFont {
  unitsPerEm: number;
  layout(text: string): { glyphs: Array<{ path: GlyphPath }>; positions: Array<{ xAdvance: number }> };
}

const require = createRequire(import.meta.url);
let sealFont: OutlineFont | undefined;
/** Noto Serif Bold's outlines, through pdfkit's own fontkit (as papers/fonts.ts resolves it). */
function outlineFont(): OutlineFont {
  const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Uint8Array): OutlineFont };
  return (sealFont ??= fontkit.create(readFileSync(require.resolve('@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf'))));
}

type Point = readonly [number, number];

/** A glyph's outline as closed contours of points, its curves cut into short segments. */
function contoursOf(path: GlyphPath, place: (x: number, y: number) => Point): Point[][] {
  const contours: Point[][] = [];
  let current: Point[] = [];
  let last: [number, number] = [0, 0];
  const to = (x: number, y: number) => {
    current.push(place(x, y));
    last = [x, y];
  };
  const STEPS = 8;
  for (const { command, args } of path.commands) {
    if (command === 'moveTo') {
      if (current.length > 2) contours.push(current);
      current = [];
      to(args[0]!, args[1]!);
    } else if (command === 'lineTo') {
      to(args[0]!, args[1]!);
    } else if (command === 'quadraticCurveTo' || command === 'bezierCurveTo') {
      const [x0, y0] = last;
      for (let step = 1; step <= STEPS; step++) {
        const t = step / STEPS;
        const u = 1 - t;
        if (command === 'quadraticCurveTo') {
          to(u * u * x0 + 2 * u * t * args[0]! + t * t * args[2]!, u * u * y0 + 2 * u * t * args[1]! + t * t * args[3]!);
        } else {
          to(
            u * u * u * x0 + 3 * u * u * t * args[0]! + 3 * u * t * t * args[2]! + t * t * t * args[4]!,
            u * u * u * y0 + 3 * u * u * t * args[1]! + 3 * u * t * t * args[3]! + t * t * t * args[5]!,
          );
        }
      }
    } else if (command === 'closePath') {
      if (current.length > 2) contours.push(current);
      current = [];
    }
  }
  if (current.length > 2) contours.push(current);
  return contours;
}

/**
 * Letters set along a circle of `radius` (their baseline), reading clockwise and centred on the
 * top, each upright towards the outside as on an engraved seal, over at most `span` radians.
 */
function textAround(canvas: Canvas, text: string, centre: number, radius: number, span: number, maxHeight: number, colour: Rgb): void {
  const font = outlineFont();
  const run = font.layout(text);
  const tracking = font.unitsPerEm * 0.12;
  const advances = run.positions.map((position) => position.xAdvance + tracking);
  const total = advances.reduce((sum, advance) => sum + advance, 0) - tracking;
  const scale = Math.min(maxHeight / font.unitsPerEm, (radius * span) / total);
  let along = -total / 2;
  run.glyphs.forEach((glyph, index) => {
    const middle = along + (advances[index]! - tracking) / 2;
    const angle = (middle * scale) / radius;
    const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
    const half = (advances[index]! - tracking) / 2;
    // x along the tangent (clockwise), y outwards; the canvas's y grows downwards.
    const place = (x: number, y: number): Point => {
      const tangent = (x - half) * scale;
      const outward = radius + y * scale;
      return [centre + outward * sin + tangent * cos, centre - outward * cos + tangent * sin];
    };
    canvas.fill(contoursOf(glyph.path, place), colour);
    along += advances[index]!;
  });
}

/**
 * A demo round seal: two rings, the agency's name in capitals around the band between them, and a
 * five-pointed star in the middle, in red on a transparent background.
 */
export function drawDemoSeal(agencyName: string): Uint8Array {
  const size = 400;
  const centre = size / 2;
  const canvas = new Canvas(size, size);
  canvas.ring(centre, centre, 186, 196, SEAL_RED);
  canvas.ring(centre, centre, 128, 134, SEAL_RED);
  const name = officialName(agencyName).toLocaleUpperCase('vi');
  textAround(canvas, name, centre, 146, (300 / 180) * Math.PI, 38, SEAL_RED);
  const star = Array.from({ length: 10 }, (_unused, index) => {
    const radius = index % 2 === 0 ? 90 : 36;
    const angle = -Math.PI / 2 + (Math.PI * index) / 5;
    return [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)] as const;
  });
  canvas.fill([star], SEAL_RED);
  return canvas.png();
}
