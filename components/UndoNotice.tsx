import { useEffect, useRef } from 'preact/hooks';

interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * A quiet notice after a removal, with a way back. It sits in the page's flow above the list, never
 * over an entry, and stays until dismissed or replaced. The focus moves to Undo: the button that
 * had it went with the removed entry.
 */
export function UndoNotice({ message, onUndo, onDismiss }: Props) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [message]);
  return (
    <div class="undo" data-testid="undo-notice">
      <span>{message}</span>
      <button type="button" class="state-button" ref={undo} onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="icon-button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
