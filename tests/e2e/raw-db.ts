// Reads Tend's database in a page with plain IndexedDB, no Tend code involved: what the tests
// check is what is really stored.
import type { Page } from 'playwright-core';

interface Read {
  table: string;
  /** Count the rows (under `key`, when given) or get the row with `key`. */
  op: 'count' | 'get';
  index?: string;
  key?: string;
}

export function readDb<T>(page: Page, read: Read): Promise<T> {
  return page.evaluate(
    ({ table, op, index, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(table).objectStore(table);
          const source = index ? store.index(index) : store;
          const request = op === 'count' ? source.count(key) : source.get(key ?? '');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    read,
  ) as Promise<T>;
}

/** Adds read events straight to the database, as weeks of reading would have left them. */
export function addReads(page: Page, reads: { itemId: string; at: number }[]): Promise<void> {
  return page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          for (const row of rows) tx.objectStore('events').add(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    reads,
  );
}
