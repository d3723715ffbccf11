import { useModal } from './use-modal';

export interface Shortcut {
  key: string;
  action: string;
}

interface Props {
  open: boolean;
  shortcuts: readonly Shortcut[];
  onClose: () => void;
}

/** A small modal list of keyboard shortcuts; Escape, the button or a click outside closes it. */
export function ShortcutHelp({ open, shortcuts, onClose }: Props) {
  const ref = useModal(open);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      // Escape fires cancel at once but close only a task later: a key pressed in between would
      // still find the dialog open. Closing on cancel makes the shortcuts work again at once.
      onCancel={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl class="shortcuts">
        {shortcuts.map((s) => (
          <div key={s.key} class="shortcuts__row">
            <dt>
              <kbd>{s.key}</kbd>
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
