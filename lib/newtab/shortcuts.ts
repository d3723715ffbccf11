// Single-key shortcuts of the new tab. Pure: takes what a keydown event says.

export type ShortcutAction = 'next' | 'save' | 'read' | 'mark' | 'breathe' | 'ground' | 'help';

/** Each key's action (the help dialog's words for them are in shortcut-list.ts, loaded with it). */
export const KEYS: Readonly<Record<string, ShortcutAction>> = { N: 'next', S: 'save', R: 'read', M: 'mark', B: 'breathe', G: 'ground', '?': 'help' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  /** The browser's auto-repeat of a key held down. */
  repeat?: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || !('tagName' in target)) return false;
  const el = target as HTMLElement;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable;
}

/**
 * The action a key press asks for, or undefined (modifier held, typing in a field, other key). A
 * key held down acts once: its repeats would toggle Save or Mark read back and forth.
 */
export function shortcutFor(event: KeyLike): ShortcutAction | undefined {
  if (event.repeat === true || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return undefined;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  return Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
}
