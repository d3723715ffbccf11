import { useLayoutEffect, useRef } from 'preact/hooks';
import { shortcutFor, type ShortcutAction } from '@/lib/newtab/shortcuts';

/** Single-key shortcuts while `enabled` (off while a dialog is open). */
export function useShortcuts(enabled: boolean, actions: Record<ShortcutAction, () => unknown>): void {
  // The listener reads the latest render, not the one its effect ran after: effects run a frame
  // late, and a key pressed in between (N right after Escape closed the dialog) was lost.
  const latest = useRef({ enabled, actions });
  latest.current = { enabled, actions };
  // Listening from the commit, not a frame later: a key pressed as the first frame appears counts.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = latest.current.enabled ? shortcutFor(event) : undefined;
      if (!action) return;
      event.preventDefault();
      void latest.current.actions[action]();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
