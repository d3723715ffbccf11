// The page's one database connection. A newer schema opened elsewhere (an update) closes this
// connection for good and reloads the page, so old code never writes rows in an old shape.
// Any other close (the browser's, or code closing it behind the page's back) reopens on next use.
import Dexie, { RangeSet } from 'dexie';
import { TendDb, DB_NAME } from './schema';
import { StorageError } from './errors';
import { createTendData, type TendData } from './tend-data';

export { liveQuery } from 'dexie';

/** Dexie's `close()` disables reopening by default; here only an explicit close for good does. */
class PageDb extends TendDb {
  constructor(name: string) {
    // No query cache: after the browser cleared site data, a cached answer would outlive the data.
    super(name, { cache: 'disabled' });
  }

  override close(options: { disableAutoOpen: boolean } = { disableAutoOpen: false }): void {
    super.close(options);
  }
}

/**
 * Tells every live query in the page that anything may have changed: after the browser closed the
 * connection (site data cleared), what a page shows may no longer be true, and no write will say so.
 * The queries run again, which reopens the database and shows what it holds now.
 */
function everythingChanged(): void {
  // `all` is how Dexie itself says "anything" (after a page comes back from the back/forward cache).
  Dexie.on.storagemutated.fire({ all: new RangeSet(-Infinity, [[]]) });
}

/** How often, at most, a page tries to reopen after the browser closed its database under it. */
const REOPEN_TRIES = 6;

/**
 * Reopens `db` and asks every live view again. While the browser is still clearing the data, an
 * open can fail (or the new connection be closed too, which comes back here): it is tried again a
 * little later, at most REOPEN_TRIES times, so live views never keep showing what is gone.
 */
function reopenAndRefresh(db: Dexie, tries = REOPEN_TRIES): void {
  setTimeout(
    () =>
      void db.open().then(everythingChanged, () => {
        if (tries > 1) reopenAndRefresh(db, tries - 1);
      }),
    (REOPEN_TRIES - tries) * 100,
  );
}

export function connect(name: string = DB_NAME, onVersionChange: () => void = () => location.reload()): TendData {
  const db = new PageDb(name);
  let closedForGood = false;
  db.on('versionchange', () => {
    closedForGood = true;
    db.close({ disableAutoOpen: true });
    onVersionChange();
    return false; // we handled it: Dexie must not reopen with the old schema
  });
  // Any other close reopens on next use; live views are asked again once the close is done.
  db.on('close', () => {
    if (!closedForGood) reopenAndRefresh(db);
  });
  return createTendData(db);
}

let shared: TendData | undefined;

export function tendData(): TendData {
  return (shared ??= connect());
}

/** The version the database is stored at, without changing it; undefined when there is none or it cannot open. */
async function storedVersion(name: string): Promise<number | undefined> {
  const probe = new Dexie(name); // no declared version: opens what is there, never upgrades or creates
  try {
    await probe.open();
    return probe.verno;
  } catch {
    return undefined;
  } finally {
    probe.close();
  }
}

/**
 * Opens the database. While a connection elsewhere holds an older version open and will not close,
 * `onBlocked` is called; the upgrade then waits and finishes by itself once that connection goes.
 * Rejects with a StorageError: `upgrade-failed` when the stored database is still at an older
 * version (the upgrade was rolled back, every row is kept), else `unavailable`. It never retries
 * on its own, so a failing upgrade cannot loop.
 */
export async function openStorage(db: Dexie, onBlocked: () => void): Promise<void> {
  const blocked = () => onBlocked();
  db.on('blocked', blocked);
  try {
    await db.open();
  } catch (error) {
    const stored = await storedVersion(db.name);
    throw new StorageError(stored !== undefined && stored < db.verno ? 'upgrade-failed' : 'unavailable', { cause: error });
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
}
