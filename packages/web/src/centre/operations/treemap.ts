/** A rectangle of the tree-map, in the drawing's units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Of a row of areas laid along a side, the worst ratio of a cell's long side to its short one. */
function worstRatio(areas: readonly number[], side: number): number {
  const sum = areas.reduce((total, area) => total + area, 0);
  const largest = Math.max(...areas);
  const smallest = Math.min(...areas);
  return Math.max((side * side * largest) / (sum * sum), (sum * sum) / (side * side * smallest));
}

/**
 * Lays `items` out in `bounds` as a squarified tree-map (Bruls, Huizing and van Wijk, 2000): each
 * cell's area is proportional to its value, and cells stay as near square as the values allow, so
 * that a name and a rate fit inside. Items of no value take no room and are left out.
 */
export function squarify<T>(items: ReadonlyArray<{ value: number; item: T }>, bounds: Rect): Array<Rect & { item: T }> {
  const sized = items.filter((entry) => entry.value > 0).sort((a, b) => b.value - a.value);
  const total = sized.reduce((sum, entry) => sum + entry.value, 0);
  if (total === 0 || bounds.width <= 0 || bounds.height <= 0) return [];
  const scale = (bounds.width * bounds.height) / total;
  const cells: Array<Rect & { item: T }> = [];
  let free = { ...bounds };
  let row: Array<{ area: number; item: T }> = [];

  /** Places the row along the free rectangle's shorter side and takes its strip off the free room. */
  const placeRow = () => {
    const sum = row.reduce((total, entry) => total + entry.area, 0);
    const alongHeight = free.width >= free.height;
    const thickness = sum / (alongHeight ? free.height : free.width);
    let offset = 0;
    for (const entry of row) {
      const length = entry.area / thickness;
      cells.push(
        alongHeight
          ? { x: free.x, y: free.y + offset, width: thickness, height: length, item: entry.item }
          : { x: free.x + offset, y: free.y, width: length, height: thickness, item: entry.item },
      );
      offset += length;
    }
    free = alongHeight
      ? { x: free.x + thickness, y: free.y, width: free.width - thickness, height: free.height }
      : { x: free.x, y: free.y + thickness, width: free.width, height: free.height - thickness };
    row = [];
  };

  for (const entry of sized) {
    const area = entry.value * scale;
    const side = Math.min(free.width, free.height);
    const areas = row.map((placed) => placed.area);
    if (row.length > 0 && worstRatio([...areas, area], side) > worstRatio(areas, side)) placeRow();
    row.push({ area, item: entry.item });
  }
  if (row.length > 0) placeRow();
  return cells;
}
