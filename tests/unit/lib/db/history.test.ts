import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createHistoryData } from '@/lib/db/history';

let opened: TendDb[] = [];
let counter = 0;

/** Each test gets its own database: Dexie keeps the indexedDB it saw at import time. */
function fresh(name = `tend-history-test-${++counter}`) {
  const db = new TendDb(name);
  opened.push(db);
  return { data: createTendData(db), history: createHistoryData(db) };
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
});

async function seed(data: TendData) {
  await data.recordShown('a', 1);
  await data.save('a', 5);
  await data.markRead('a', 30);
  await data.markRead('b', 10);
  await data.save('c', 6);
  await data.markRead('d', 20);
}

describe('readLog', () => {
  it('gives every read, newest first, whatever order they were logged in', async () => {
    const { data, history } = fresh();
    await seed(data);
    expect((await history.readLog()).map((e) => [e.itemId, e.at])).toEqual([
      ['a', 30],
      ['d', 20],
      ['b', 10],
    ]);
  });

  it('is empty before anything was read', async () => {
    expect(await fresh().history.readLog()).toEqual([]);
  });
});

describe('recentReads and readsSince (case 34: a page of a long history)', () => {
  it('case 34: gives the newest reads up to the limit, newest first, with how many there are in all', async () => {
    const { data, history } = fresh();
    await seed(data);
    const page = await history.recentReads(2);
    expect(page.reads.map((e) => [e.itemId, e.at])).toEqual([
      ['a', 30],
      ['d', 20],
    ]);
    expect(page.total).toBe(3);
    expect((await history.recentReads(10)).reads).toHaveLength(3);
  });

  it('readsSince gives every read from that time on, for the reading log', async () => {
    const { data, history } = fresh();
    await seed(data);
    expect((await history.readsSince(20)).map((e) => e.itemId).sort()).toEqual(['a', 'd']);
  });
});

describe('clearHistory', () => {
  it('removes every read event and read mark, and keeps saved items saved', async () => {
    const { data, history } = fresh();
    await seed(data);
    await history.clearHistory();
    expect(await history.readLog()).toEqual([]);
    expect(await data.itemState('a')).toEqual({ id: 'a', shownCount: 1, lastShownAt: 1, pickedAt: 1, savedAt: 5 });
    expect((await data.itemState('b')).readAt).toBeUndefined();
    expect((await data.itemState('d')).readAt).toBeUndefined();
    expect((await data.readingList()).map((r) => r.id)).toEqual(['c', 'a']);
    expect(await data.db.items.where('readAt').above(0).count()).toBe(0);
  });

  it('lets an item be read again afterwards, with a new event', async () => {
    const { data, history } = fresh();
    await data.markRead('a', 10);
    await history.clearHistory();
    await data.markRead('a', 40);
    expect(await history.readLog()).toEqual([expect.objectContaining({ itemId: 'a', at: 40 })]);
    expect((await data.itemState('a')).readAt).toBe(40);
  });

  it('is one transaction: when removing a read mark fails, no event is lost either', async () => {
    const { data, history } = fresh();
    await seed(data);
    // Fault injection: every change to an item fails, after the events were already cleared.
    data.db.items.hook('updating', () => {
      throw new Error('disk trouble');
    });
    await expect(history.clearHistory()).rejects.toThrow('disk trouble');
    expect(await history.readLog()).toHaveLength(3);
    expect((await data.itemState('a')).readAt).toBe(30);
  });

  it('shows in another page’s connection to the same data', async () => {
    const name = `tend-history-two-pages-${++counter}`;
    const one = fresh(name);
    const two = fresh(name);
    await one.data.markRead('a', 10);
    await two.history.clearHistory();
    expect(await one.history.readLog()).toEqual([]);
    expect((await one.data.itemState('a')).readAt).toBeUndefined();
  });
});
