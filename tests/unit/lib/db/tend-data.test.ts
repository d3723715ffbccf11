import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { connect } from '@/lib/db/instance';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createHistoryData } from '@/lib/db/history';

let opened: TendData[] = [];
let counter = 0;

/** Each test gets its own database: Dexie keeps the indexedDB it saw at import time. */
function fresh(name = `tend-test-${++counter}`): TendData {
  const data = createTendData(new TendDb(name));
  opened.push(data);
  return data;
}

afterEach(async () => {
  for (const data of opened) {
    data.db.close();
    await Dexie.delete(data.db.name);
  }
  opened = [];
});

describe('schema', () => {
  it('opens a fresh install at version 2 with exactly the declared tables', async () => {
    const { db } = fresh();
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'items', 'meta', 'practices']);
    expect(db.practices.schema.indexes.map((i) => i.name).sort()).toEqual(['at', 'type']);
    expect(db.items.schema.indexes.map((i) => i.name).sort()).toEqual(['lastShownAt', 'pickedAt', 'readAt', 'savedAt']);
  });
});

describe('saving', () => {
  it('saves, lists newest first, and unsaves', async () => {
    const data = fresh();
    await data.save('a', 100);
    await data.save('b', 200);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['b', 'a']);
    await data.unsave('b', 300);
    const list = await data.readingList();
    expect(list.map((r) => r.id)).toEqual(['a']);
    expect(await data.itemState('b')).toMatchObject({ id: 'b', unsavedAt: 300 });
    expect((await data.itemState('b')).savedAt).toBeUndefined();
  });

  it('saving twice, from two pages, leaves one record with the first save time', async () => {
    const name = `tend-two-pages-${++counter}`;
    const one = fresh(name);
    const two = fresh(name);
    await Promise.all([one.save('a', 100), two.save('a', 200), one.save('a', 300)]);
    expect(await one.readingList()).toEqual([{ id: 'a', shownCount: 0, savedAt: 100 }]);
  });

  it('restores a removed item to its old place (undo)', async () => {
    const data = fresh();
    await data.save('a', 100);
    await data.save('b', 200);
    await data.unsave('a', 300);
    await data.restoreSaved('a', 100);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('counts saved items that are still unread', async () => {
    const data = fresh();
    await data.save('a', 1);
    await data.save('b', 2);
    await data.markRead('c', 3); // read but not saved: not counted
    await data.markRead('a', 4);
    expect(await data.savedUnreadCount()).toBe(1);
  });
});

describe('reading', () => {
  it('marks read once and logs one read event, however often it is marked', async () => {
    const data = fresh();
    await data.markRead('a', 100);
    await data.markRead('a', 200);
    expect(await data.itemState('a')).toMatchObject({ readAt: 100 });
    expect(await createHistoryData(data.db).readLog()).toEqual([{ seq: 1, itemId: 'a', at: 100 }]);
  });

  it('marks unread without touching the log', async () => {
    const data = fresh();
    await data.markRead('a', 100);
    await data.markUnread('a');
    expect((await data.itemState('a')).readAt).toBeUndefined();
    expect(await createHistoryData(data.db).readLog()).toHaveLength(1);
  });

  it('is one transaction: when the log write fails, the item is not marked read', async () => {
    const data = fresh();
    await data.db.open();
    // Fault injection: every write to the events table fails.
    data.db.events.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(data.markRead('a', 100)).rejects.toThrow('disk trouble');
    expect((await data.itemState('a')).readAt).toBeUndefined();
    expect(await data.db.items.count()).toBe(0);
  });
});

describe('shown and picked', () => {
  it('records each showing', async () => {
    const data = fresh();
    await data.recordShown('a', 100);
    await data.recordShown('a', 200);
    expect(await data.itemState('a')).toMatchObject({ lastShownAt: 200, shownCount: 2 });
  });

  it('picks every eligible item once per cycle and keeps the cycle across a reopen', async () => {
    const name = `tend-cycle-${++counter}`;
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const first = fresh(name);
    const picked = [await first.pick(ids, 1, Math.random), await first.pick(ids, 2, Math.random)];
    first.db.close();
    const second = fresh(name); // a browser restart: a new connection to the same data
    for (let t = 3; t <= 5; t++) picked.push(await second.pick(ids, t, Math.random));
    expect([...picked].sort()).toEqual(ids);
  });

  it('never gives two pages picking at once the same item', async () => {
    const name = `tend-race-${++counter}`;
    const pages = [fresh(name), fresh(name), fresh(name), fresh(name)];
    const ids = ['a', 'b', 'c', 'd'];
    const picks = await Promise.all(pages.map((p) => p.pick(ids, 10, () => 0)));
    expect([...picks].sort()).toEqual(ids);
  });
});

describe('a newer schema opened elsewhere', () => {
  it('closes the old connection for good and asks the page to reload', async () => {
    const name = `tend-upgrade-${++counter}`;
    let reloads = 0;
    const old = connect(name, () => reloads++);
    opened.push(old);
    await old.save('a', 1);

    const newer = new Dexie(name);
    newer.version(3).stores({ items: 'id, pickedAt, lastShownAt, readAt, savedAt, extra' });
    await newer.open();
    expect(reloads).toBe(1);
    expect(old.db.isOpen()).toBe(false);
    // The old code must not reopen with its old schema and write old-shaped rows.
    await expect(old.save('b', 2)).rejects.toThrow();
    expect(await newer.table('items').count()).toBe(1);
    newer.close();
  });
});
