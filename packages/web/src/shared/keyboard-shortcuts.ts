import { useEffect, useRef } from 'react';

/** What a key press is made of, as a KeyboardEvent has it. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** The press as a shortcut is written on its button and in `aria-keyshortcuts`: "F2", "Shift+F9". */
export function shortcutOf(press: KeyPress): string {
  const modifiers = [press.ctrlKey && 'Control', press.altKey && 'Alt', press.metaKey && 'Meta', press.shiftKey && 'Shift'].filter(Boolean);
  return [...modifiers, press.key].join('+');
}

const TYPED_INPUTS = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * Whether the press goes to something the person is typing into or choosing in: a shortcut must
 * never take a key from a text field, a list or an editable area.
 */
export function typingIn(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!element?.tagName) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TYPED_INPUTS.has((element.type ?? 'text').toLowerCase());
}

/** The action a press stands for, unless the person is typing or no action has that shortcut. */
export function actionFor<Action extends string>(press: KeyPress, shortcuts: Readonly<Partial<Record<Action, string>>>): Action | undefined {
  if (typingIn(press.target)) return undefined;
  const pressed = shortcutOf(press);
  return (Object.keys(shortcuts) as Action[]).find((action) => shortcuts[action] === pressed);
}

/**
 * Runs the action of each shortcut pressed anywhere on the page. `run` says whether it took the
 * action (an action not offered now lets the key go to the browser).
 */
export function useKeyboardShortcuts<Action extends string>(shortcuts: Readonly<Partial<Record<Action, string>>>, run: (action: Action) => boolean): void {
  // The latest of both, read when a key comes: the listener is added once.
  const latest = useRef({ shortcuts, run });
  latest.current = { shortcuts, run };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const action = actionFor(event, latest.current.shortcuts);
      if (action && latest.current.run(action)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
