import { describe, expect, it } from 'vitest';
import { type Rect, squarify } from './treemap.js';

const BOUNDS: Rect = { x: 10, y: 20, width: 600, height: 400 };
const area = (cell: Rect) => cell.width * cell.height;
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('the squarified tree-map', () => {
  it('gives each item an area proportional to its value, inside the bounds, without overlap, filling them', () => {
    const values = [6, 6, 4, 3, 2, 2, 1];
    const cells = squarify(values.map((value, index) => ({ value, item: index })), BOUNDS);
    expect(cells.map((cell) => cell.item).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const total = values.reduce((sum, value) => sum + value, 0);
    for (const cell of cells) {
      expect(area(cell)).toBeCloseTo((values[cell.item]! / total) * area(BOUNDS), 6);
      expect(cell.x).toBeGreaterThanOrEqual(BOUNDS.x - 1e-9);
      expect(cell.y).toBeGreaterThanOrEqual(BOUNDS.y - 1e-9);
      expect(cell.x + cell.width).toBeLessThanOrEqual(BOUNDS.x + BOUNDS.width + 1e-9);
      expect(cell.y + cell.height).toBeLessThanOrEqual(BOUNDS.y + BOUNDS.height + 1e-9);
    }
    for (const [index, a] of cells.entries()) for (const b of cells.slice(index + 1)) expect(overlap(a, b)).toBeCloseTo(0, 6);
    expect(cells.reduce((sum, cell) => sum + area(cell), 0)).toBeCloseTo(area(BOUNDS), 6);
  });

  it('keeps equal values near square, where a strip of slices would not be', () => {
    const cells = squarify(Array.from({ length: 24 }, (_, index) => ({ value: 1, item: index })), BOUNDS);
    for (const cell of cells) expect(Math.max(cell.width / cell.height, cell.height / cell.width)).toBeLessThan(3);
  });

  it('leaves out items of no value, and lays out nothing when nothing has any', () => {
    expect(squarify([{ value: 0, item: 'a' }, { value: 5, item: 'b' }], BOUNDS)).toEqual([{ ...BOUNDS, item: 'b' }]);
    expect(squarify([{ value: 0, item: 'a' }], BOUNDS)).toEqual([]);
    expect(squarify([], BOUNDS)).toEqual([]);
  });
});
