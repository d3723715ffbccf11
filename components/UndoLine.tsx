import { useEffect, useState } from 'preact/hooks';

/** How long Undo stays after an un-save, unless held (the design's 6 s). */
export const UNDO_MS = 6000;

/** Undo of an un-save: what it does, and what ends the offer. */
export interface UndoOffer {
  onUndo: () => void;
  onExpire: () => void;
}

/**
 * The line above Save · Mark read · Next that puts an un-saved item back (ItemActions loads it when
 * offered). It stays `ms`, and longer while the pointer or the focus is on it.
 */
export function UndoLine({ undo, confirmation, ms = UNDO_MS }: { undo: UndoOffer; confirmation?: string; ms?: number }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(undo.onExpire, ms);
    return () => clearTimeout(timer);
  }, [held, ms]);
  return (
    <p
      class="actions__undo"
      data-testid="unsave-undo"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span aria-hidden="true">{confirmation}</span>
      <button
        type="button"
        class="actions__undo-button"
        onClick={(e) => {
          // The button goes with the notice: the focus returns to Save, where it came from.
          e.currentTarget.closest('.actions')?.querySelector<HTMLElement>('.state--save')?.focus();
          undo.onUndo();
        }}
      >
        Undo
      </button>
    </p>
  );
}
