// A page that shows one item at a time (new tab, popup): the current item, moving to the next,
// following settings changes, the item's live saved/read state, and what is wrong with storage.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Card } from '../content/types';
import type { LivePage } from './item-page-live';
import type { Upcoming } from '../newtab/snapshot';
import { afterFirstPaint } from '../newtab/after-paint';
import type { Session } from './session';
import type { StorageProblem } from '../db/errors';
import { useLazy } from '../../components/use-lazy';
import type { StorageNoticeProps } from '../../components/StorageNotice';
import { PAGES } from './pages';
import { useItemState, type ItemState } from './use-item-state';

export interface ItemPage extends ItemState {
  card?: Card;
  /** Set when the item came back as a reminder of something saved then. */
  savedAt?: number;
  session?: Session;
  /** Why save and read are off, when they are. */
  unavailable?: string;
  /** What the page should say about storage (update failed, waiting on other tabs, disk full). */
  notice?: Omit<StorageNoticeProps, 'newTab'>;
  next: () => Promise<void>;
}

/** Where "Export your data" goes: the options page's Your data section. */
export const EXPORT_HREF = `${PAGES.options}#data-heading`;

/** What the page does with its session: loaded with it (lib/ui/item-page-live). */
const live = () => import('./item-page-live');

/** The page's session, loaded once its first frame is on screen, so nothing competes with that frame. */
const openAfterPaint = () =>
  new Promise<void>((resolve) => afterFirstPaint(resolve))
    .then(() => import('./session'))
    .then(({ openSession }) => openSession({ full: false }));

/**
 * @param initial the item painted before anything loaded (from localStorage)
 * @param recordInitialAt when `initial` went on screen, if this page records that it was shown (a
 *   new tab; not the popup, which repeats what a new tab showed)
 * @param open how the page's session opens (tests pass their own database)
 */
export function useItemPage(initial: Upcoming | undefined, recordInitialAt: number | undefined, open: () => Promise<Session> = openAfterPaint): ItemPage {
  const [shown, setShown] = useState(initial);
  const [session, setSession] = useState<Session>();
  const [problem, setProblem] = useState<StorageProblem>();
  // Started once, at the first render: the session (database, catalog, settings) loads after the
  // first paint, never before it. Actions taken before it is open wait for it instead of being lost.
  const [ready] = useState(() =>
    open().then(async (s) => {
      // The page's live part (lib/ui/item-page-live) loads alongside the storage check.
      const [{ openStorage }] = await Promise.all([import('../db/instance'), live()]);
      await openStorage(s.data.db, () => setProblem('blocked'));
      return s;
    }),
  );
  const whenReady = () => ready.catch(() => undefined);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const card = shown?.card;

  /** After each write: a full disk shows the quota notice (the page carries on); a success clears it. */
  const onWrite = useCallback((error?: unknown) => {
    if (error === undefined) setProblem((p) => (p === 'quota' ? undefined : p));
    // What kind of failure it was is worked out by code loaded on the first failure: most pages never fail.
    else void import('../db/errors').then(({ isQuotaError }) => isQuotaError(error) && setProblem('quota'));
  }, []);
  const state = useItemState(session ?? whenReady, card?.id, shown?.marks, onWrite);
  const livePage: LivePage = { shown: () => shownRef.current, setShown, onWrite };

  useEffect(() => {
    let stop: (() => void) | undefined;
    ready.then(
      async (s) => {
        setProblem(undefined); // no longer waiting on other tabs
        setSession(s);
        stop = await (await live()).goLive(s, livePage, initial, recordInitialAt);
      },
      async (error: unknown) => {
        // The page still shows something to read; only saving and history are off. A warning, not
        // an error: the page works as designed for this browser.
        console.warn('Tend: storage unavailable', error);
        setProblem((await import('../db/errors')).storageProblem(error));
        if (!initial) await (await live()).showFallback(livePage);
      },
    );
    return () => stop?.();
    // Runs once per page: `initial` and `recordInitialAt` never change.
  }, []);

  // The page's actions work from here on: a signal for the end-to-end tests (tests/e2e/harness.ts).
  useEffect(() => {
    if (session) document.documentElement.dataset.tendReady = '';
  }, [session]);

  // The item the popup repeats keeps the marks the person last saw, so its first frame is true too.
  const { saved, read } = state;
  useEffect(() => {
    if (session && card) session.feed.keepMarks(card.id, { saved, read });
  }, [session, card?.id, saved, read]);

  // What to say about a storage problem loads only when there is one (most new tabs never see one).
  const health = useLazy(() => import('../db/health'), problem !== undefined);
  const messages = problem && health?.STORAGE_MESSAGES[problem];
  return {
    ...state,
    card,
    savedAt: shown?.savedAt,
    session,
    unavailable: messages?.off,
    notice: messages?.notice
      ? { message: messages.notice, action: problem === 'quota' ? { label: 'Export your data', href: EXPORT_HREF } : undefined }
      : undefined,
    next: async () => {
      const s = session ?? (await whenReady());
      const { showNext, showFallback } = await live();
      await (s ? showNext(s, livePage) : showFallback(livePage));
    },
  };
}
