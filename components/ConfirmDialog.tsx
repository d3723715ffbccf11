import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useModal } from './use-modal';

interface Props {
  open: boolean;
  title: string;
  /** The confirming button's label: say what it does ("Clear history"), never just "OK". */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ComponentChildren;
}

/** A modal question with Cancel focused first; Escape or Cancel dismisses it and changes nothing. */
export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onCancel, children }: Props) {
  const ref = useModal(open);
  // Unique per dialog: a page may hold more than one (options: replace data, clear all).
  const titleId = useId();
  return (
    <dialog ref={ref} class="dialog" aria-labelledby={titleId} onClose={() => open && onCancel()}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div class="actions__row">
        <button type="button" class="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" class="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
