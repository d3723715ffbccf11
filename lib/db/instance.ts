// The page's one database connection. A newer schema opened elsewhere (an update) closes this
// connection for good and reloads the page, so old code never writes rows in an old shape.
// Any other close (the browser's, or code closing it behind the page's back) reopens on next use.
import Dexie from 'dexie';
import { TendDb, DB_NAME } from './schema';
import { StorageError } from './health';

export { liveQuery } from 'dexie';
import { createTendData, type TendData } from './tend-data';

/** Dexie's `close()` disables reopening by default; here only an explicit close for good does. */
class PageDb extends TendDb {
  override close(options: { disableAutoOpen: boolean } = { disableAutoOpen: false }): void {
    super.close(options);
  }
}

export function connect(name: string = DB_NAME, onVersionChange: () => void = () => location.reload()): TendData {
  const db = new PageDb(name);
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    onVersionChange();
    return false; // we handled it: Dexie must not reopen with the old schema
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
