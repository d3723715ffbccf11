// The new tab's keyboard shortcuts as its ? dialog lists them, loaded with the dialog.
import type { Shortcut } from '../../components/ShortcutHelp';
import type { ShortcutAction } from './shortcuts';

const LABELS: Readonly<Record<ShortcutAction, string>> = {
  next: 'Next item',
  save: 'Save to the reading list, or remove it',
  read: 'Keep reading an article',
  mark: 'Mark read, or not read',
  breathe: 'Breathe for a minute',
  ground: 'Ground yourself (5-4-3-2-1)',
  help: 'Show these shortcuts',
};

/** @param keys each single key and its action (shortcuts.ts's KEYS) */
export function shortcutList(keys: Readonly<Record<string, ShortcutAction>>): Shortcut[] {
  return [
    ...Object.entries(keys).map(([key, action]) => ({ key, action: LABELS[action] })),
    // Handled where they apply, not by the single-key handler.
    { key: 'Esc', action: 'Close the article or the practice' },
    { key: 'Space', action: 'Show the tip (quiet new tab)' },
  ];
}
