import { describe, expect, it } from 'vitest';
import { type KeyPress, actionFor, shortcutOf, typingIn } from './keyboard-shortcuts.js';

const press = (key: string, target: object | null = { tagName: 'BODY' }, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  target: target as EventTarget | null,
  ...modifiers,
});

const SHORTCUTS = { callNext: 'F2', recall: 'F3', pause: 'Shift+F9' } as const;

describe('keyboard shortcuts', () => {
  it('write a press as aria-keyshortcuts does, modifiers first', () => {
    expect(shortcutOf(press('F2'))).toBe('F2');
    expect(shortcutOf(press('F9', null, { shiftKey: true }))).toBe('Shift+F9');
    expect(shortcutOf(press('Enter', null, { ctrlKey: true, altKey: true }))).toBe('Control+Alt+Enter');
  });

  it('find the action of the key pressed, with its modifiers and only with them', () => {
    expect(actionFor(press('F2'), SHORTCUTS)).toBe('callNext');
    expect(actionFor(press('F9', null, { shiftKey: true }), SHORTCUTS)).toBe('pause');
    expect(actionFor(press('F9'), SHORTCUTS)).toBeUndefined();
    expect(actionFor(press('F2', null, { ctrlKey: true }), SHORTCUTS)).toBeUndefined();
  });

  it('never take a key from a field being typed into or a list being chosen in', () => {
    for (const target of [{ tagName: 'INPUT', type: 'text' }, { tagName: 'INPUT' }, { tagName: 'input', type: 'search' }, { tagName: 'TEXTAREA' }, { tagName: 'SELECT' }, { tagName: 'DIV', isContentEditable: true }]) {
      expect(typingIn(target as unknown as EventTarget)).toBe(true);
      expect(actionFor(press('F2', target), SHORTCUTS)).toBeUndefined();
    }
    // A button, a checkbox or the page itself do not take typing: the shortcut works there.
    for (const target of [{ tagName: 'BUTTON' }, { tagName: 'INPUT', type: 'checkbox' }, { tagName: 'BODY' }, null]) {
      expect(actionFor(press('F3', target), SHORTCUTS)).toBe('recall');
    }
  });
});
