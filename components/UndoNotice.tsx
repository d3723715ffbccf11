interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * A quiet notice after a removal, with a way back. It sits in the page's flow above the list, never
 * over an entry, and stays until dismissed or replaced.
 */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="undo" data-testid="undo-notice">
      <span>{message}</span>
      <button type="button" class="state-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="icon-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
