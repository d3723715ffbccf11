// "Saved" pressed on the new tab: the item leaves the reading list at once, and a calm notice above
// the dock offers it back, with the time it was first saved (so it keeps its place in the list).
// How long the offer stays is the notice's own business (components/UndoLine); it ends when the
// item changes.
import { useEffect, useState } from 'preact/hooks';
import type { Session } from './session';
import type { UndoOffer } from '../../components/UndoLine';

export interface UnsaveUndo {
  /** Save ↔ Saved, remembering what an unsave can give back. */
  toggleSave: () => Promise<void>;
  /** Set while the item can be put back. */
  undo?: UndoOffer;
  /** What the live region says: the page's own message, or what the last undo did (until the page says more). */
  status: string;
}

/** @param said what the page's toggles last said (the undo's message replaces it until it changes) */
export function useUnsaveUndo(session: Session | undefined, id: string | undefined, saved: boolean, toggleSave: () => Promise<void>, said: string): UnsaveUndo {
  const [offer, setOffer] = useState<{ id: string; savedAt: number }>();
  const [undone, setUndone] = useState<{ text: string; over: string }>();
  useEffect(() => {
    setOffer(undefined);
    setUndone(undefined);
  }, [id]);

  return {
    toggleSave: async () => {
      setUndone(undefined);
      setOffer(undefined);
      if (!saved || !session || !id) return toggleSave();
      // Read around the write: only an item this press really un-saved is offered back.
      const before = await session.data.itemState(id);
      await toggleSave();
      const after = await session.data.itemState(id);
      if (before.savedAt !== undefined && after.savedAt === undefined) setOffer({ id, savedAt: before.savedAt });
    },
    undo: offer && {
      onUndo: () => {
        setOffer(undefined);
        const tell = (text: string) => setUndone({ text, over: said });
        session?.data.restoreSaved(offer.id, offer.savedAt).then(
          () => tell('Put back in your reading list.'),
          () => tell('That change could not be saved. Please try again.'),
        );
      },
      onExpire: () => setOffer(undefined),
    },
    status: undone?.over === said ? undone.text : said,
  };
}
