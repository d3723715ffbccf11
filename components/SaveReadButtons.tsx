interface Props {
  saved: boolean;
  read: boolean;
  disabled?: boolean;
  onToggleSave: () => void;
  onToggleRead: () => void;
  /** Show the new tab's single-key shortcuts. */
  keys?: boolean;
}

// Labels stay the same (aria-pressed announces the state); the tick shows it.
const tick = (on: boolean) => (on ? <span class="tick" aria-hidden="true">✓</span> : null);
export const keyHint = (keys: boolean | undefined, key: string) => (keys ? <kbd aria-hidden="true">{key}</kbd> : null);

/** Enter held on a toggle clicks it again with every repeat: it acts once, like a held shortcut. */
const onceWhileHeld = (event: KeyboardEvent) => {
  if (event.repeat && event.key === 'Enter') event.preventDefault();
};

export function SaveReadButtons({ saved, read, disabled, onToggleSave, onToggleRead, keys }: Props) {
  return (
    <>
      <button type="button" class="button" aria-pressed={saved} disabled={disabled} onClick={onToggleSave} onKeyDown={onceWhileHeld}>
        {tick(saved)}Save for later {keyHint(keys, 'S')}
      </button>
      <button type="button" class="button" aria-pressed={read} disabled={disabled} onClick={onToggleRead} onKeyDown={onceWhileHeld}>
        {tick(read)}Mark as read {keyHint(keys, 'M')}
      </button>
    </>
  );
}
