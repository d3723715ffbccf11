import { useEffect } from 'preact/hooks';
import type { Card } from '@/lib/content/types';
import type { Session } from '@/lib/ui/session';
import { useNotForMe } from '@/lib/mine/use-not-for-me';
import { UndoNotice } from '@/components/UndoNotice';

interface Props {
  session: Session;
  /** The item "Not for me" was chosen on. */
  card: Card;
  /** It is hidden: the page moves on. */
  onHidden: () => void;
  /** Nothing more to say (undone or dismissed). */
  onDone: () => void;
}

/**
 * "Not for me", chosen in the ··· menu: hides the item, moves on, and offers Undo above the next one.
 * Loaded when first chosen; the new tab renders one per choice.
 */
export function NotForMe({ session, card, onHidden, onDone }: Props) {
  const notForMe = useNotForMe(session, card, onHidden);
  useEffect(() => notForMe.hide(), []);
  if (notForMe.hidden) {
    const undo = () => {
      notForMe.undo();
      onDone();
    };
    return <UndoNotice message={`Hidden “${notForMe.hidden.title}”: it will not come up again.`} onUndo={undo} onDismiss={onDone} />;
  }
  return notForMe.message ? (
    <p class="notice notice--warn" role="status">
      {notForMe.message}
    </p>
  ) : null;
}
