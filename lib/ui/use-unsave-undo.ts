// "Saved" pressed on the new tab: the item leaves the reading list at once, and for 6 s a calm
// notice above the dock offers it back, with the time it was first saved (so it keeps its place in
// the list). The offer waits while the pointer or the focus is on it, and ends when the item changes.
import { useEffect, useState } from 'preact/hooks';
import type { Session } from './session';

/** How long the Undo stays, unless held (direction.md: 6 s). */
export const UNDO_MS = 6000;

export interface UnsaveUndo {
  /** Save ↔ Saved, remembering what an unsave can give back. */
  toggleSave: () => Promise<void>;
  /** Set while the item can be put back. */
  undo?: { onUndo: () => void; onHold: (held: boolean) => void };
  /** What the live region says: the page's own message, or what the last undo did (until the page says more). */
  status: string;
}

/** @param said what the page's toggles last said (the undo's message replaces it until it changes) */
export function useUnsaveUndo(
  session: Session | undefined,
  id: string | undefined,
  saved: boolean,
  toggleSave: () => Promise<void>,
  said: string,
  ms = UNDO_MS,
): UnsaveUndo {
  const [offer, setOffer] = useState<{ id: string; savedAt: number }>();
  const [held, setHeld] = useState(false);
  const [undone, setUndone] = useState<{ text: string; over: string }>();
  useEffect(() => {
    if (!offer || held) return;
    const timer = setTimeout(() => setOffer(undefined), ms);
    return () => clearTimeout(timer);
  }, [offer, held, ms]);
  // Another item: the offer was about the one that left.
  useEffect(() => {
    setOffer(undefined);
    setUndone(undefined);
    setHeld(false);
  }, [id]);
  const tell = (text: string) => setUndone({ text, over: said });

  return {
    toggleSave: async () => {
      setUndone(undefined);
      setOffer(undefined);
      if (!saved || !session || !id) return toggleSave();
      const before = await session.data.itemState(id);
      await toggleSave();
      // Only when the unsave was written (a failed write says so itself, and there is nothing to undo).
      const after = await session.data.itemState(id);
      if (before.savedAt !== undefined && after.savedAt === undefined) setOffer({ id, savedAt: before.savedAt });
    },
    undo: offer && {
      onUndo: () => {
        setOffer(undefined);
        setHeld(false);
        session?.data.restoreSaved(offer.id, offer.savedAt).then(
          () => tell('Put back in your reading list.'),
          () => tell('That change could not be saved. Please try again.'),
        );
      },
      onHold: setHeld,
    },
    status: undone?.over === said ? undone.text : said,
  };
}
