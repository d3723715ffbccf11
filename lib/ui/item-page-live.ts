// What a page that shows one item at a time (new tab, popup) does once its session is open: move to
// the next item, record what went on screen, follow settings, keep the marks the popup repeats. It
// loads with the session, after the first paint; lib/ui/use-item-page.ts holds the page's state.
import type { Card } from '../content/types';
import type { Upcoming } from '../newtab/snapshot';
import type { Session } from './session';
import { NO_MARKS } from '../records';

/** The page as this module sees it: its item and how to change it, and how to report a write. */
export interface LivePage {
  shown: () => Upcoming | undefined;
  setShown: (next: Upcoming) => void;
  /** Called after each write: with the error when it failed. */
  onWrite: (error?: unknown) => void;
}

/** The view is recorded and the next item prepared: a signal for the benchmark and the end-to-end tests. */
const recorded = () => {
  document.documentElement.dataset.tendRecorded = '';
};

const failed = (page: LivePage, error: unknown) => {
  console.warn('Tend: could not record that', error);
  page.onWrite(error);
};

/** Records that `card` went on screen (at `at`, else now) and prepares the next item, then says so. */
async function recordView(s: Session, page: LivePage, card: Card, at?: number): Promise<void> {
  await s.feed.shown(card, at).then(() => page.onWrite(), (error: unknown) => failed(page, error));
  recorded();
}

/** Any item from the bundle: the page never stays empty, and Next works even when storage does not. */
export async function showFallback(page: LivePage): Promise<void> {
  const { fallbackCard } = await import('../content/loaders');
  const fallback = await fallbackCard();
  if (fallback) page.setShown({ card: fallback, marks: NO_MARKS });
}

/** Moves to the next item and records it (the bundle's fallback when storage fails). */
export async function showNext(s: Session, page: LivePage): Promise<void> {
  let next: Upcoming | undefined;
  try {
    next = await s.feed.advance();
  } catch (error) {
    failed(page, error);
    return showFallback(page);
  }
  if (!next) return;
  page.setShown(next);
  await recordView(s, page, next.card);
}

/**
 * The session has opened: the item painted first is recorded as shown at `recordAt` (a new tab; the
 * popup repeats what a new tab showed and records nothing), or replaced when settings changed while
 * the page was still. Returns how to stop following settings.
 */
export async function goLive(s: Session, page: LivePage, initial: Upcoming | undefined, recordAt: number | undefined): Promise<() => void> {
  // Only a reminder of a saved item stays whatever the settings say.
  const fits = (u: Upcoming | undefined) => u !== undefined && (u.savedAt !== undefined || s.feed.eligible(u.card));
  const stop = s.onSettings(() => {
    const current = page.shown();
    if (current && !fits(current)) void showNext(s, page);
  });
  if (!fits(initial)) await showNext(s, page);
  else if (initial && recordAt !== undefined) await recordView(s, page, initial.card, recordAt);
  return stop;
}
