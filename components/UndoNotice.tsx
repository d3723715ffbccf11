interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A quiet notice after a removal, with a way back. It stays until dismissed or replaced. */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="notice" role="status">
      <span>{message}</span>
      <button type="button" class="button button--small" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="button button--small button--quiet" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
