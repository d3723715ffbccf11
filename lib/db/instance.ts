// The page's one database connection. A newer schema opened elsewhere (an update) closes this
// connection for good and reloads the page, so old code never writes rows in an old shape.
import { TendDb, DB_NAME } from './schema';

export { liveQuery } from 'dexie';
import { createTendData, type TendData } from './tend-data';

export function connect(name: string = DB_NAME, onVersionChange: () => void = () => location.reload()): TendData {
  const db = new TendDb(name);
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
