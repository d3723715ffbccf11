// One item's saved/read state, live across pages, and the two toggles with their announcements.
import { useState } from 'preact/hooks';
import type { Session } from './session';
import { useLive } from './use-live';
import { marksOf, NO_MARKS, type Marks } from '../records';

export interface ItemState {
  saved: boolean;
  read: boolean;
  /** What the last action did, for a polite live region. */
  status: string;
  toggleSave: () => Promise<void>;
  toggleRead: () => Promise<void>;
}

export const NOT_SAVED = 'That change could not be saved. Please try again.';
export const DISK_FULL = 'That change was not saved: your browser is out of storage space.';

/**
 * Each toggle does what its label says when it is pressed: "Save" saves and "Saved" unsaves, also
 * before the database answers, when the label shows the marks painted with the item.
 * @param session the page's session, or a way to wait for it (actions taken early are not lost)
 * @param painted the item's marks as first painted, shown until the database's own answer arrives
 * @param onWrite called after each toggle's write: with the error when it failed
 */
export function useItemState(
  session: Session | (() => Promise<Session | undefined>) | undefined,
  id: string | undefined,
  painted: Marks | undefined,
  onWrite?: (error?: unknown) => void,
): ItemState {
  const open = typeof session === 'function' ? undefined : session;
  const [status, setStatus] = useState('');
  const live = useLive(open, id ? (s) => s.data.itemState(id) : undefined, [id]);
  // A live answer about another item (the page just moved on) is not this item's.
  const record = live?.id === id ? live : undefined;
  const { saved, read } = record ? marksOf(record) : (painted ?? NO_MARKS);

  const act = async (work: (s: Session, id: string) => Promise<unknown>, message: string) => {
    const s = typeof session === 'function' ? await session() : session;
    if (!s || !id) return;
    try {
      await work(s, id);
      setStatus(message);
      onWrite?.();
    } catch (error) {
      console.warn('Tend: could not save that change', error);
      // Loaded on the first failure only (most pages never fail).
      const { isQuotaError } = await import('../db/errors');
      setStatus(isQuotaError(error) ? DISK_FULL : NOT_SAVED);
      onWrite?.(error);
    }
  };

  return {
    saved,
    read,
    status,
    toggleSave: () =>
      saved
        ? act((s, i) => s.data.unsave(i, Date.now()), 'Removed from your reading list.')
        : act((s, i) => s.data.save(i, Date.now()), 'Saved to your reading list.'),
    toggleRead: () =>
      read
        ? act((s, i) => s.data.markUnread(i), 'Marked as not read.')
        : act((s, i) => s.data.markRead(i, Date.now()), 'Marked as read.'),
  };
}
