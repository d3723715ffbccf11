// A page's part in sync, loaded after its first paint: while sync is on, it tells the background
// (lib/sync/background.ts) when something synced changed here, seen through a live query of the
// synced tables, and once when it opens (so a change whose page closed before its note went out is
// published now). The background does the rounds; with sync off this sends nothing.
import type { liveQuery } from 'dexie';
import type { TendData } from '../db/tend-data';
import { NUDGE } from './nudge';

type Send = (message: typeof NUDGE) => unknown;

/** runtime.sendMessage of this browser (a promise in both browsers' Manifest V3). */
function sendToBackground(message: typeof NUDGE): unknown {
  const scope = globalThis as { browser?: { runtime?: { sendMessage: Send } }; chrome?: { runtime?: { sendMessage: Send } } };
  return (scope.browser?.runtime ?? scope.chrome?.runtime)?.sendMessage(message);
}

/** Starts following the sync switch; returns a function that stops everything. */
export function startSync(data: TendData, live: typeof liveQuery, send: Send = sendToBackground): () => void {
  let running: (() => void) | undefined;
  const nudge = () => {
    try {
      void Promise.resolve(send(NUDGE)).catch((error: unknown) => console.warn('Tend: sync could not reach the background', error));
    } catch (error) {
      console.warn('Tend: sync could not reach the background', error);
    }
  };

  function start(): () => void {
    let last: string | undefined;
    // Every write to a synced table runs this again (a new tab's view too); only a change of what is synced is news.
    const local = live(() => data.sync.readValues()).subscribe({
      next: (values) => {
        const now = JSON.stringify([...values.values()]);
        if (now !== last) nudge();
        last = now;
      },
      error: () => undefined,
    });
    return () => local.unsubscribe();
  }

  const row = live(() => data.sync.peek()).subscribe({
    next: (r) => {
      if (r?.on && !running) running = start();
      else if (!r?.on && running) {
        running();
        running = undefined;
      }
    },
    error: (error: unknown) => console.warn('Tend: sync stopped', error),
  });
  return () => {
    row.unsubscribe();
    running?.();
  };
}
