// A page that shows one item at a time (new tab, popup): the current card, moving to the next,
// and the item's live saved/read state.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import { fallbackCard, openSession, type Session } from '../session';
import { useItemState, type ItemState } from './use-item-state';

export const DB_UNAVAILABLE = 'Saving and reading history are off: Tend could not open its storage in this browser.';

export interface ItemPage extends ItemState {
  card?: Card;
  session?: Session;
  /** Why save and read are off, when they are. */
  unavailable?: string;
  next: () => Promise<void>;
}

/**
 * @param initial the card painted before anything loaded (the prepared snapshot)
 * @param recordInitial whether painting `initial` counts as showing it (true on a new tab; the
 *   popup only repeats what a new tab showed)
 */
export function useItemPage(initial: Card | undefined, recordInitial: boolean): ItemPage {
  const [card, setCard] = useState(initial);
  const [session, setSession] = useState<Session>();
  const [unavailable, setUnavailable] = useState<string>();
  const state = useItemState(session, card?.id);

  const show = useCallback(async (s: Session) => {
    const next = await s.feed.advance();
    if (!next) return;
    setCard(next);
    await s.feed.shown(next);
  }, []);

  useEffect(() => {
    openSession()
      .then(async (s) => {
        setSession(s);
        if (!initial) await show(s);
        else if (recordInitial) await s.feed.shown(initial);
      })
      .catch(async (error: unknown) => {
        // The page still shows something to read; only saving and history are off.
        console.warn('Tend: storage unavailable', error);
        setUnavailable(DB_UNAVAILABLE);
        if (!initial) setCard(await fallbackCard());
      });
    // Runs once per page: `initial` and `recordInitial` never change.
  }, []);

  // The page's actions work from here on (they are ignored before): a signal for tests.
  useEffect(() => {
    if (session) document.documentElement.dataset.tendReady = '';
  }, [session]);

  return {
    ...state,
    card,
    session,
    unavailable,
    next: () => (session ? show(session) : Promise.resolve()),
  };
}
