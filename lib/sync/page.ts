// Runs sync in an open Tend page while it is on: rounds after changes here (seen through a live
// query of the synced tables) and after writes to storage.sync (another browser's, arriving through
// the browser's own sync, or another page's). Loaded after the page's first paint.
import type { liveQuery } from 'dexie';
import type { TendData } from '../db/tend-data';
import { storageApi } from '../settings/storage-api';
import { createSyncLink, touchesSync } from './link';
import type { Scheduler } from './writer';

const timers: Scheduler = {
  now: Date.now,
  after: (ms, run) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
};

/** One round at a time across every page of this browser's profile. */
function browserLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request('tend-sync', work) as Promise<T>) : work();
}

/** Starts following the sync switch; returns a function that stops everything. */
export function startSync(data: TendData, live: typeof liveQuery): () => void {
  let running: (() => void) | undefined;

  function start(): () => void {
    const api = storageApi();
    const link = createSyncLink({ data: data.sync, storage: api.sync, scheduler: timers, lock: browserLock });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (touchesSync(changes, area)) link.changed();
    };
    api.onChanged.addListener(onChanged);
    // Every change of a synced table (also the writes a round makes: the round after them finds nothing new).
    const local = live(() => data.sync.readValues()).subscribe({ next: () => link.changed(), error: () => undefined });
    return () => {
      api.onChanged.removeListener(onChanged);
      local.unsubscribe();
      link.stop();
    };
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
