import type { ReactNode } from 'react';

/** A heading, or one with the order the rows follow (`none`: a column the rows can be sorted by, e.g. with a button as its label). */
export type Column = string | { label: ReactNode; sort: 'ascending' | 'descending' | 'none' };

/**
 * A list of records as a table: it scrolls sideways on its own when wider than the screen, names
 * its columns, gives screen readers its caption, and says `empty` instead when there is nothing
 * to list. Each `row` is a `<tr>` with its key, its first cell a `<th scope="row">`.
 */
export function DataTable<T>({
  items,
  columns,
  row,
  caption,
  empty = null,
  compact = false,
  stackOnPhone = false,
  showCaption = false,
  wrapClassName,
}: {
  items: readonly T[];
  columns: readonly Column[];
  row(item: T, index: number): ReactNode;
  caption?: string | undefined;
  empty?: ReactNode;
  compact?: boolean;
  /** One block per row on a phone, each cell introduced by its `data-label`. */
  stackOnPhone?: boolean;
  /** The caption shown to everyone, where no heading above already names the table. */
  showCaption?: boolean;
  /** Extra class of the scrolling box, e.g. to keep screen-reader-only texts from widening the page. */
  wrapClassName?: string | undefined;
}) {
  if (items.length === 0) return empty;
  return (
    // Focusable, so that a table wider than a phone's screen scrolls from the keyboard too.
    <div className={wrapClassName ? `table-wrap ${wrapClassName}` : 'table-wrap'} tabIndex={0} {...(caption ? { role: 'region', 'aria-label': caption } : {})}>
      <table className={[compact && 'table-compact', stackOnPhone && 'stack-on-phone'].filter(Boolean).join(' ') || undefined}>
        {caption && <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <th key={index} scope="col">
                  {column}
                </th>
              ) : (
                <th key={index} scope="col" aria-sort={column.sort}>
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{items.map(row)}</tbody>
      </table>
    </div>
  );
}
