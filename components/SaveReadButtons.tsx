import { Icon } from './Icon';

interface Props {
  saved: boolean;
  read: boolean;
  disabled?: boolean;
  onToggleSave: () => void;
  onToggleRead: () => void;
  /** Name the new tab's single-key shortcuts for assistive technology (aria-keyshortcuts). */
  keys?: boolean;
}

/** A visible key hint; the new tab shows these only when ? is pressed (PracticeLauncher still uses it). */
export const keyHint = (keys: boolean | undefined, key: string) => (keys ? <kbd class="key-hint" aria-hidden="true">{key}</kbd> : null);

/** Enter held on a toggle clicks it again with every repeat: it acts once, like a held shortcut. */
const onceWhileHeld = (event: KeyboardEvent) => {
  if (event.repeat && event.key === 'Enter') event.preventDefault();
};

/**
 * Save ↔ Saved and Mark read ↔ Read: the visible label is the accessible name and says the state,
 * so there is no aria-pressed (which needs a label that stays the same). Pressing a button in its
 * "on" state turns it off ("Saved" unsaves).
 */
export function SaveReadButtons({ saved, read, disabled, onToggleSave, onToggleRead, keys }: Props) {
  return (
    <>
      <button
        type="button"
        class={saved ? 'button state state--on state--save' : 'button state state--save'}
        disabled={disabled}
        aria-keyshortcuts={keys ? 'S' : undefined}
        onClick={onToggleSave}
        onKeyDown={onceWhileHeld}
      >
        <Icon name={saved ? 'bookmark-filled' : 'bookmark'} />
        {saved ? 'Saved' : 'Save'}
      </button>
      <button
        type="button"
        class={read ? 'button state state--on state--read' : 'button state state--read'}
        disabled={disabled}
        aria-keyshortcuts={keys ? 'M' : undefined}
        onClick={onToggleRead}
        onKeyDown={onceWhileHeld}
      >
        <Icon name={read ? 'check' : 'circle-check'} />
        {read ? 'Read' : 'Mark read'}
      </button>
    </>
  );
}
