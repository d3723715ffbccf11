// "Not for me" on the new tab and in the popup: hides the item from the rotation and moves on, with
// an undo that brings it back into the rotation.
import { useState } from 'preact/hooks';
import type { Session } from '../ui/session';
import type { Card } from '../content/types';

export interface NotForMe {
  /** The item just hidden (an undo notice shows while it is set). */
  hidden?: { id: string; title: string };
  message?: string;
  hide: () => void;
  undo: () => void;
  dismiss: () => void;
}

export function useNotForMe(session: Session | undefined, card: Card | undefined, next: () => void): NotForMe {
  const [hidden, setHidden] = useState<{ id: string; title: string }>();
  const [message, setMessage] = useState<string>();
  return {
    hidden,
    message,
    hide: () => {
      if (!session || !card) return;
      const { id, title } = card;
      void session.data.mine.hide(id, Date.now()).then(
        () => {
          setHidden({ id, title });
          next();
        },
        () => setMessage('That could not be saved. Please try again.'),
      );
    },
    undo: () => {
      if (session && hidden) void session.data.mine.unhide(hidden.id).then(() => setMessage(`“${hidden.title}” is back in the rotation.`));
      setHidden(undefined);
    },
    dismiss: () => setHidden(undefined),
  };
}
