// Storage failure modes at the database level (reliability cases 3, 5, 11, 12, 13): each is named,
// none loses a row, and the connection carries on where it can.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { connect, openStorage } from '@/lib/db/instance';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { isQuotaError, StorageError, storageProblem } from '@/lib/db/errors';
import { BrokenUpgradeDb, failingOpenRequest, fillDisk, quotaError } from './faults';
import v1 from '../../../fixtures/db-v1.json';

let counter = 0;
const names: string[] = [];
const opened: Dexie[] = [];

function name(label: string): string {
  const n = `tend-health-${label}-${++counter}`;
  names.push(n);
  return n;
}
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  vi.restoreAllMocks();
  opened.splice(0).forEach((db) => db.close({ disableAutoOpen: true }));
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** The problem named by the StorageError `promise` rejects with (fails the test otherwise). */
async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return (error as StorageError).problem;
}

describe('case 3: an upgrade that throws', () => {
  it('leaves the old version and every row, is named upgrade-failed, and never tries again by itself', async () => {
    const n = name('upgrade');
    let reloads = 0;
    const oldTab = connect(n, () => reloads++);
    track(oldTab.db);
    await oldTab.save('a', 100);
    await oldTab.markRead('b', 200);

    const page = track(new BrokenUpgradeDb(n));
    expect(await problemOf(openStorage(page, () => undefined))).toBe('upgrade-failed');
    expect(page.upgrades).toBe(1);
    expect(reloads).toBe(1); // the old tab let go for the update (case 4), once

    // The page's later actions fail calmly; none of them runs the upgrade again.
    await expect(page.items.count()).rejects.toThrow();
    await expect(createTendData(page).save('c', 300)).rejects.toThrow();
    expect(page.upgrades).toBe(1);

    // A reloaded tab on the same broken code fails the same way, and reloads nobody.
    const reloaded = track(new BrokenUpgradeDb(n));
    expect(await problemOf(openStorage(reloaded, () => undefined))).toBe('upgrade-failed');
    expect(reloads).toBe(1);

    const after = track(new TendDb(n));
    await after.open();
    expect(after.verno).toBe(3);
    expect(await after.items.toArray()).toEqual([
      { id: 'a', shownCount: 0, savedAt: 100 },
      { id: 'b', shownCount: 0, readAt: 200 },
    ]);
    expect(await after.events.toArray()).toEqual([{ seq: 1, itemId: 'b', at: 200 }]);
  });
});

describe('case 5: a connection that will not close', () => {
  it('reports blocked while an old tab ignores the update, then finishes with every row once it closes', async () => {
    const n = name('blocked');
    const old = track(new Dexie(n));
    old.version(1).stores(v1.stores);
    old.on('versionchange', () => false); // a stuck tab: it never lets go
    await old.open();
    await old.table('items').bulkAdd(v1.rows.items);

    const page = connect(n, () => undefined);
    track(page.db);
    let blocked = 0;
    let done = false;
    const opening = openStorage(page.db, () => blocked++).then(() => {
      done = true;
    });
    await vi.waitFor(() => expect(blocked).toBe(1));
    expect(done).toBe(false);
    expect(page.db.isOpen()).toBe(false);

    old.close();
    await opening;
    expect(page.db.verno).toBe(3);
    expect(await page.db.items.count()).toBe(v1.rows.items.length);
    expect(await page.db.practices.count()).toBe(0);
    await page.save('cbt-thought-record', 1); // works, and keeps the first save time
    expect((await page.itemState('cbt-thought-record')).savedAt).toBe(1764160050000);
  });
});

describe('case 11: the database closed mid-session', () => {
  it('reopens on the next action after a close behind the page’s back, or the browser’s own close', async () => {
    const data = connect(name('closed'), () => undefined);
    track(data.db);
    await data.save('a', 1);

    data.db.close(); // Dexie's default would refuse every later action
    await data.save('b', 2);
    expect(data.db.isOpen()).toBe(true);

    // What the browser does (e.g. site data cleared). fake-indexeddb's types ask for the class, not a connection.
    forceCloseDatabase(data.db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await data.markRead('a', 3);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await data.itemState('a')).readAt).toBe(3);
  });

  it('still closes for good when a newer schema opens elsewhere (case 4 keeps its behaviour)', async () => {
    const n = name('closed-upgrade');
    let reloads = 0;
    const data = connect(n, () => reloads++);
    track(data.db);
    await data.save('a', 1);
    const newer = track(new Dexie(n));
    newer.version(4).stores({ items: 'id, pickedAt, lastShownAt, readAt, savedAt, extra' });
    await newer.open();
    expect(reloads).toBe(1);
    await expect(data.save('b', 2)).rejects.toThrow();
    expect(await newer.table('items').count()).toBe(1);
  });
});

describe('case 12: disk full', () => {
  it('a refused second step leaves no partial rows, is named quota, and the next write works', async () => {
    const data = connect(name('quota'), () => undefined);
    track(data.db);
    // Only the item row fails: markRead's read-log entry is written first and must roll back.
    const disk = { full: true, only: (table: string) => table === 'items' };
    fillDisk(data.db, disk);

    const error = await data.markRead('a', 5).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isQuotaError(error)).toBe(true);
    expect(storageProblem(error)).toBe('quota');
    expect(await data.db.events.count()).toBe(0);
    expect(await data.db.items.count()).toBe(0);

    disk.full = false;
    await data.markRead('a', 6);
    expect(await data.db.events.toArray()).toEqual([expect.objectContaining({ itemId: 'a', at: 6 })]);
    expect((await data.itemState('a')).readAt).toBe(6);
  });
});

describe('case 13: IndexedDB unavailable', () => {
  it('a database that cannot open is named unavailable', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => failingOpenRequest());
    const db = track(new TendDb(name('off')));
    expect(await problemOf(openStorage(db, () => undefined))).toBe('unavailable');
  });
});

describe('naming storage errors', () => {
  it.each([
    ['a QuotaExceededError DOMException', quotaError(), 'quota'],
    ['Dexie’s QuotaExceededError wrapping the browser’s', Object.assign(new Error('wrapped'), { name: 'AbortError', inner: quotaError() }), 'quota'],
    ['a named open failure', new StorageError('blocked'), 'blocked'],
    ['an upgrade failure caused by a full disk', new StorageError('upgrade-failed', { cause: quotaError() }), 'upgrade-failed'],
    ['any other error', new Error('something else'), 'unavailable'],
    ['not an error at all', undefined, 'unavailable'],
  ])('%s', (_, error, problem) => {
    expect(storageProblem(error)).toBe(problem);
  });
});
