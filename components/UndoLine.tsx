/** Undo of an un-save, offered for a few seconds; hovering or focusing it holds the offer. */
export interface UndoOffer {
  onUndo: () => void;
  onHold: (held: boolean) => void;
}

/** The line above Save · Mark read · Next that puts an un-saved item back (ItemActions loads it when offered). */
export function UndoLine({ undo, confirmation }: { undo: UndoOffer; confirmation?: string }) {
  return (
    <p
      class="actions__undo"
      data-testid="unsave-undo"
      onMouseEnter={() => undo.onHold(true)}
      onMouseLeave={() => undo.onHold(false)}
      onFocusIn={() => undo.onHold(true)}
      onFocusOut={() => undo.onHold(false)}
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
