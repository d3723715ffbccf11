import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { connect } from '@/lib/db/instance';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createHistoryData } from '@/lib/db/history';
import { logReads } from './faults';

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
  it('case 1: opens a fresh install at version 3 with exactly the declared tables', async () => {
    const { db } = fresh();
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'hidden', 'items', 'meta', 'notes', 'practices', 'sync', 'tips']);
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

  it('case 8: saving twice, from two pages, leaves one record with the first save time', async () => {
    const name = `tend-two-pages-${++counter}`;
    const one = fresh(name);
    const two = fresh(name);
    await Promise.all([one.save('a', 100), two.save('a', 200), one.save('a', 300)]);
    expect(await one.readingList()).toEqual([{ id: 'a', savedAt: 100 }]);
  });

  it('restores a removed item to its old place (undo)', async () => {
    const data = fresh();
    await data.save('a', 100);
    await data.save('b', 200);
    await data.unsave('a', 300);
    await data.restoreSaved('a', 100);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('lists each saved item with its marks only, newest saved first (a list page holds one for every saved item)', async () => {
    const data = fresh();
    await data.recordShown('a', 1);
    await data.save('a', 2);
    await data.save('b', 3);
    await data.markRead('b', 4);
    await data.markRead('c', 5); // read but not saved: not listed
    expect(await data.readingList()).toEqual([
      { id: 'b', savedAt: 3, readAt: 4 },
      { id: 'a', savedAt: 2 },
    ]);
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
  it('case 8: marks read once and logs one read event, however often it is marked', async () => {
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

  it('case 7: is one transaction: when the log write fails, the item is not marked read', async () => {
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

  it('counts an item shown without a pick (a fresh profile\'s first item) as used in the cycle', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let run = 0; run < 20; run++) {
      const data = fresh();
      await data.recordShown('c', 1);
      const picked: (string | undefined)[] = [];
      for (let t = 2; t <= 6; t++) picked.push(await data.pick(ids, t, Math.random));
      expect(picked).not.toContain('c');
      expect(new Set(picked).size).toBe(5);
    }
  });

  it('leaves an item picked in this cycle as picked when it is shown later', async () => {
    const data = fresh();
    const id = await data.pick(['a'], 10, Math.random);
    await data.recordShown('a', 50);
    expect(id).toBe('a');
    expect(await data.itemState('a')).toMatchObject({ pickedAt: 10, lastShownAt: 50, shownCount: 1 });
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

/** A seeded generator, so every run of a test sees the same "random" sequence. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Counts range reads of the pickedAt index (the exact path's cost). Call before the database opens. */
function countUsedReads(db: TendDb): { readonly count: number } {
  const reads = logReads(db);
  return {
    get count() {
      return reads.filter((r) => r.table === 'items' && r.index === 'pickedAt').length;
    },
  };
}

describe('picking at scale (probe a few candidates, else the exact path)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

  it('shows each of 50 items once per cycle over three cycles, never twice in a row, using both paths', async () => {
    const data = fresh();
    const reads = countUsedReads(data.db);
    const ids = many(50);
    const random = seeded(5);
    const order: string[] = [];
    for (let t = 1; t <= 150; t++) order.push((await data.pick(ids, t, random))!);
    for (let cycle = 0; cycle < 3; cycle++) expect(order.slice(cycle * 50, (cycle + 1) * 50).sort()).toEqual([...ids].sort());
    order.forEach((id, i) => expect(id).not.toBe(order[i - 1]));
    // Most picks found an unused candidate; the ends of cycles needed the exact path.
    expect(reads.count).toBeGreaterThan(0);
    expect(reads.count).toBeLessThan(50);
  });

  it('never repeats back to back across many short cycles, each boundary a new cycle', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const data = fresh();
      const random = seeded(seed);
      const order: string[] = [];
      for (let t = 1; t <= 30; t++) order.push((await data.pick(['a', 'b', 'c'], t, random))!);
      order.forEach((id, i) => expect(id).not.toBe(order[i - 1]));
      for (let cycle = 0; cycle < 10; cycle++) expect(order.slice(cycle * 3, cycle * 3 + 3).sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('never repeats the last pick even when it looks unused (the clock went back, or an import)', async () => {
    const data = fresh();
    await data.db.meta.put({ key: 'rotation', cycleStartedAt: 100 });
    expect(await data.pick(['a', 'b'], 50, () => 0)).toBe('a'); // picked "before" the cycle began
    expect(await data.itemState('a')).toMatchObject({ pickedAt: 50 });
    expect(await data.pick(['a', 'b'], 60, () => 0)).toBe('b');
  });

  it('reads no range of the pickedAt index when a candidate is unused', async () => {
    const data = fresh();
    const reads = countUsedReads(data.db);
    const ids = many(200);
    for (let t = 1; t <= 5; t++) await data.pick(ids, t, seeded(t));
    expect(reads.count).toBe(0);
  });

  it('falls back to the exact path when every candidate is used: the one unused item of 200 is still picked', async () => {
    const data = fresh();
    const reads = countUsedReads(data.db);
    const used = many(199);
    await data.db.items.bulkPut(used.map((id, i) => ({ id, shownCount: 1, pickedAt: 100 + i })));
    await data.db.meta.put({ key: 'rotation', cycleStartedAt: 100, lastPickedId: 'item-198' });
    // A source near 1 draws the candidates from the end of the list; the unused item is first.
    const picked = await data.pick(['fresh', ...used], 500, () => 0.999999);
    expect(picked).toBe('fresh');
    expect(reads.count).toBe(1);
    expect(await data.db.meta.get('rotation')).toEqual({ key: 'rotation', cycleStartedAt: 100, lastPickedId: 'fresh' });
  });



  it('starts a new cycle when every item is used, never with the last pick', async () => {
    const data = fresh();
    const ids = many(20);
    await data.db.items.bulkPut(ids.map((id, i) => ({ id, shownCount: 1, pickedAt: 100 + i })));
    await data.db.meta.put({ key: 'rotation', cycleStartedAt: 100, lastPickedId: 'item-0' });
    const picked = await data.pick(ids, 500, () => 0);
    expect(picked).toBe('item-1');
    expect(await data.db.meta.get('rotation')).toEqual({ key: 'rotation', cycleStartedAt: 500, lastPickedId: 'item-1' });
    // In the new cycle everything but item-1 looks unused, item-0 included: it is still not next.
    expect(await data.pick(['item-0', 'item-1'], 501, () => 0)).toBe('item-0');
    expect(await data.pick(['item-0', 'item-1', 'item-2'], 502, () => 0)).toBe('item-2');
  });

  it('keeps what the record held (shown, saved) when it records the pick, on both paths', async () => {
    const data = fresh();
    await data.save('a', 11);
    expect(await data.pick(['a', 'b'], 20, () => 0)).toBe('a'); // probed
    expect(await data.itemState('a')).toEqual({ id: 'a', shownCount: 0, savedAt: 11, pickedAt: 20 });
    await data.recordShown('a', 21);
    expect(await data.pick(['a', 'b'], 30, () => 0)).toBe('b');
    // Both used, 'b' last: a new cycle, through the exact path.
    expect(await data.pick(['a', 'b'], 40, () => 0)).toBe('a');
    expect(await data.itemState('a')).toEqual({ id: 'a', shownCount: 1, lastShownAt: 21, savedAt: 11, pickedAt: 40 });
    expect(await data.itemState('b')).toEqual({ id: 'b', shownCount: 0, pickedAt: 30 });
  });

  it('returns the only eligible item even twice in a row, and nothing when none is eligible', async () => {
    const data = fresh();
    expect(await data.pick(['solo'], 1, Math.random)).toBe('solo');
    expect(await data.pick(['solo'], 2, Math.random)).toBe('solo');
    expect(await data.itemState('solo')).toMatchObject({ pickedAt: 2 });
    expect(await data.pick([], 3, Math.random)).toBeUndefined();
    expect(await data.db.meta.get('rotation')).toMatchObject({ lastPickedId: 'solo' });
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
    newer.version(4).stores({ items: 'id, pickedAt, lastShownAt, readAt, savedAt, extra' });
    await newer.open();
    expect(reloads).toBe(1);
    expect(old.db.isOpen()).toBe(false);
    // The old code must not reopen with its old schema and write old-shaped rows.
    await expect(old.save('b', 2)).rejects.toThrow();
    expect(await newer.table('items').count()).toBe(1);
    newer.close();
  });
});
