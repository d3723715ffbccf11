interface Props {
  disabled?: boolean;
  onHide: () => void;
}

/** "Not for me": hides the item from the rotation (an undo notice follows). */
export function HiddenButton({ disabled, onHide }: Props) {
  return (
    <button type="button" class="button button--quiet not-for-me" disabled={disabled} onClick={onHide}>
      Not for me
    </button>
  );
}
