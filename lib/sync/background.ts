// Sync in the background, so it runs whether or not a Tend page is open. The background wakes for
// two things only: another browser's write arriving in storage.sync (storage.onChanged), and a
// page's note that something synced changed here (a runtime message, sent only while sync is on).
// Either asks the one link for a round; a round compares the database with the last synced state,
// so a note that never arrived is made up for by the next one. One link in one background makes
// every write, and its rate limiter's log is kept in the database across the worker's restarts.
// With sync off no page sends anything, so the background does not start for ordinary new tabs.
import type { SyncData } from '../db/sync-data';
import { createSyncLink, touchesSync } from './link';
import { isNudge } from './nudge';
import type { SyncStorage } from './storage';
import type { Scheduler } from './writer';


interface Listenable<T extends unknown[]> {
  addListener(callback: (...args: T) => void): void;
}

export interface BackgroundDeps {
  /** The database's sync data, opened on first use (the background opens it only when sync may be at work). */
  open: () => SyncData;
  storage: SyncStorage;
  onStorageChanged: Listenable<[Record<string, unknown>, string]>;
  onMessage: Listenable<[unknown]>;
  scheduler: Scheduler;
}

export function startSyncBackground({ open, storage, onStorageChanged, onMessage, scheduler }: BackgroundDeps) {
  let link: Promise<ReturnType<typeof createSyncLink> | undefined> | undefined;

  /** The link, made once; none while sync is off here (checked again at the next wake). */
  function ready() {
    link ??= (async () => {
      const data = open();
      const row = await data.peek();
      if (!row?.on) return undefined;
      return createSyncLink({ data, storage, scheduler, writes: row.writes ?? [] });
    })();
    return link.then((made) => {
      if (!made) link = undefined;
      return made;
    });
  }

  const wake = () =>
    void ready().then(
      (made) => made?.changed(),
      (error: unknown) => {
        link = undefined;
        console.warn('Tend: sync could not start', error);
      },
    );

  onStorageChanged.addListener((changes, area) => {
    if (touchesSync(changes, area)) wake();
  });
  onMessage.addListener((message) => {
    if (isNudge(message)) wake();
  });
  return {
    wake,
    /** Resolves when no round is running or due to start (for tests). */
    idle: async () => (await ready())?.idle(),
    stop: async () => (await ready())?.stop(),
  };
}
