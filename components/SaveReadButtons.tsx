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

export function SaveReadButtons({ saved, read, disabled, onToggleSave, onToggleRead, keys }: Props) {
  return (
    <>
      <button type="button" class="button" aria-pressed={saved} disabled={disabled} onClick={onToggleSave}>
        {tick(saved)}Save for later {keyHint(keys, 'S')}
      </button>
      <button type="button" class="button" aria-pressed={read} disabled={disabled} onClick={onToggleRead}>
        {tick(read)}Mark as read {keyHint(keys, 'M')}
      </button>
    </>
  );
}
