import { useEffect, useRef } from 'preact/hooks';

/** A ref for a <dialog> that is shown modally while `open` is true (so Escape and focus work natively). */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
