// A page that shows one item at a time (new tab, popup): the current item, moving to the next,
// following settings changes, and the item's live saved/read state.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import type { Upcoming } from '../upcoming';
import type { Session } from '../session';
import { fallbackCard } from '../content/loaders';
import { useItemState, type ItemState } from './use-item-state';

export const DB_UNAVAILABLE = 'Saving and reading history are off: Tend could not open its storage in this browser.';

export interface ItemPage extends ItemState {
  card?: Card;
  /** Set when the item came back as a reminder of something saved then. */
  savedAt?: number;
  session?: Session;
  /** Why save and read are off, when they are. */
  unavailable?: string;
  next: () => Promise<void>;
}

/**
 * @param initial the item painted before anything loaded (from localStorage)
 * @param recordInitial whether painting `initial` counts as showing it (true on a new tab; the
 *   popup only repeats what a new tab showed)
 */
export function useItemPage(initial: Upcoming | undefined, recordInitial: boolean): ItemPage {
  const [shown, setShown] = useState(initial);
  const [session, setSession] = useState<Session>();
  const [unavailable, setUnavailable] = useState<string>();
  // Started once, at the first render: the session (database, catalog, settings) loads after the
  // first paint, never before it. Actions taken before it is open wait for it instead of being lost.
  const [ready] = useState(() => import('../session').then(({ openSession }) => openSession({ full: false })));
  const whenReady = () => ready.catch(() => undefined);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const card = shown?.card;
  const state = useItemState(session ?? whenReady, card?.id);

  const show = useCallback(async (s: Session) => {
    const next = await s.feed.advance();
    if (!next) return;
    setShown(next);
    await s.feed.shown(next.card);
  }, []);

  useEffect(() => {
    ready
      .then(async (s) => {
        setSession(s);
        if (!initial) await show(s);
        else if (recordInitial) await s.feed.shown(initial.card);
      })
      .catch(async (error: unknown) => {
        // The page still shows something to read; only saving and history are off.
        console.warn('Tend: storage unavailable', error);
        setUnavailable(DB_UNAVAILABLE);
        const fallback = initial ? undefined : await fallbackCard();
        if (fallback) setShown({ card: fallback });
      });
    // Runs once per page: `initial` and `recordInitial` never change.
  }, []);

  // When settings change so that this item no longer fits (a topic turned off), move on.
  useEffect(() => {
    if (!session) return undefined;
    return session.onSettings(() => {
      const current = shownRef.current;
      if (current && current.savedAt === undefined && !session.feed.eligible(current.card)) void show(session);
    });
  }, [session]);

  // The page's actions work from here on: a signal for the end-to-end tests (tests/e2e/harness.ts).
  useEffect(() => {
    if (session) document.documentElement.dataset.tendReady = '';
  }, [session]);

  return {
    ...state,
    card,
    savedAt: shown?.savedAt,
    session,
    unavailable,
    next: async () => {
      const s = session ?? (await whenReady());
      if (s) await show(s);
    },
  };
}
