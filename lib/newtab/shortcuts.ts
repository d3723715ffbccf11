// Single-key shortcuts of the new tab. Pure: takes what a keydown event says.

export type ShortcutAction = 'next' | 'save' | 'read' | 'mark' | 'breathe' | 'ground' | 'help';

export const SHORTCUTS: readonly { key: string; action: ShortcutAction; label: string }[] = [
  { key: 'N', action: 'next', label: 'Next item' },
  { key: 'S', action: 'save', label: 'Save to the reading list, or remove it' },
  { key: 'R', action: 'read', label: 'Keep reading an article' },
  { key: 'M', action: 'mark', label: 'Mark read, or not read' },
  { key: 'B', action: 'breathe', label: 'Breathe for a minute' },
  { key: 'G', action: 'ground', label: 'Ground yourself (5-4-3-2-1)' },
  { key: '?', action: 'help', label: 'Show these shortcuts' },
];

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
  return SHORTCUTS.find((s) => s.key === key)?.action;
}
