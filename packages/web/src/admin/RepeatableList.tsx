import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useI18n } from '../shared/i18n.js';
import { commonTexts } from './texts.js';

/** Every repeated item carries a key of its own, so that React keeps its inputs when rows move. */
export interface Keyed {
  key: string;
}

let lastKey = 0;
export const newKey = (): string => `item-${(lastKey += 1)}`;

export function withKeys<T>(items: readonly T[]): Array<T & Keyed> {
  return items.map((item) => ({ ...item, key: newKey() }));
}

export function withoutKey<T extends Keyed>({ key: _key, ...rest }: T): Omit<T, 'key'> {
  return rest;
}

/** A button of one item; its name says which item, so that a screen reader's list of buttons makes sense. */
function ItemButton({ text, item, disabled, onClick }: { text: string; item: string; disabled: boolean; onClick(): void }) {
  return (
    <button type="button" className="button button-secondary" disabled={disabled} onClick={onClick}>
      {text}
      <span className="visually-hidden"> — {item}</span>
    </button>
  );
}

/**
 * A list the administrator edits in place: each item is a fieldset named by `itemLabel` with
 * buttons to move (when the order means something: `ordered`) or remove it, and a button adds a
 * new one. A new item takes the keyboard focus,
 * and so does the add button when an item is removed, so that nobody is left on a vanished button.
 */
export function RepeatableList<T extends Keyed>({
  legend,
  hint,
  error,
  items,
  onChange,
  create,
  addLabel,
  itemLabel,
  renderItem,
  minItems = 0,
  emptyText,
  ordered = true,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  items: T[];
  onChange(items: T[]): void;
  create(): T;
  addLabel: string;
  itemLabel(index: number): string;
  renderItem(item: T, update: (patch: Partial<T>) => void, index: number): ReactNode;
  minItems?: number;
  emptyText?: string;
  /** The items' order means something (the steps of a process); a set of them (an officer's roles) has none to move. */
  ordered?: boolean;
}) {
  const { t } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusRequest = useRef<'last' | 'add' | null>(null);

  useEffect(() => {
    if (focusRequest.current === 'last') {
      listRef.current?.querySelector<HTMLElement>(':scope > li:last-child :is(input, select, textarea)')?.focus();
    } else if (focusRequest.current === 'add') {
      addRef.current?.focus();
    }
    focusRequest.current = null;
  }, [items.length]);

  const update = (index: number) => (patch: Partial<T>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const remove = (index: number) => {
    focusRequest.current = 'add';
    onChange(items.filter((_, i) => i !== index));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    onChange(next);
  };
  const add = () => {
    focusRequest.current = 'last';
    onChange([...items, create()]);
  };
  const errorId = `${useId()}-error`;

  return (
    <fieldset className={`admin-repeatable${error ? ' field-invalid' : ''}`} aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {items.length === 0 && <p className="muted">{emptyText ?? t(commonTexts.emptyList)}</p>}
      <ol className="admin-repeatable-items" ref={listRef}>
        {items.map((item, index) => {
          const label = itemLabel(index);
          return (
            <li key={item.key}>
              <fieldset className="admin-repeatable-item">
                <legend>{label}</legend>
                {renderItem(item, update(index), index)}
                <div className="row admin-repeatable-tools">
                  {ordered && (
                    <>
                      <ItemButton text={t(commonTexts.moveUp)} item={label} disabled={index === 0} onClick={() => move(index, -1)} />
                      <ItemButton text={t(commonTexts.moveDown)} item={label} disabled={index === items.length - 1} onClick={() => move(index, 1)} />
                    </>
                  )}
                  <ItemButton text={t(commonTexts.remove)} item={label} disabled={items.length <= minItems} onClick={() => remove(index)} />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-secondary" ref={addRef} onClick={add}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
