// lib/db forgets the lists' kept first screens when what they show is removed, so the next visit
// never paints a removed item or a cleared history (it waits for the live list instead).
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createHistoryData } from '@/lib/db/history';
import { createBackupData } from '@/lib/db/backup';
import { FIRST_SCREEN_KEYS, keepFirstScreen, readFirstScreen } from '@/lib/lists/first-screen';

const PAGES = ['reading-list', 'explore', 'history', 'item'] as const;
const kept = () => PAGES.filter((page) => readFirstScreen(localStorage, page, 'v1', 'x', (v): v is unknown => v !== undefined) !== undefined);
const keepAll = () => PAGES.forEach((page) => keepFirstScreen(localStorage, page, 'v1', 'x', { page }));

let counter = 0;
let db: TendDb | undefined;
const open = () => (db = new TendDb(`tend-first-screen-${++counter}`));

afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  localStorage.clear();
});

describe('kept first screens and the database', () => {
  it('unsaving an item forgets the reading list’s; saving or reading it does not', async () => {
    const data = createTendData(open());
    keepAll();
    await data.save('a', 1);
    await data.markRead('a', 2);
    expect(kept()).toEqual(PAGES);
    await data.unsave('a', 3);
    expect(kept()).toEqual(['explore', 'history', 'item']);
  });

  it('clearing the history forgets every list’s', async () => {
    const d = open();
    await createTendData(d).markRead('a', 2);
    keepAll();
    await createHistoryData(d).clearHistory();
    expect(kept()).toEqual([]);
  });

  it('clearing all data removes every key they use', async () => {
    const d = open();
    await createTendData(d).save('a', 1);
    keepAll();
    await createBackupData(d).clearAll();
    for (const key of FIRST_SCREEN_KEYS) expect(localStorage.getItem(key)).toBeNull();
  });

  it('an import forgets them', async () => {
    const d = open();
    const backup = createBackupData(d);
    const data = await backup.snapshot();
    keepAll();
    await backup.importData({ ...data, items: [{ id: 'b', shownCount: 1, lastShownAt: 1, savedAt: 1 }] }, 'replace');
    expect(kept()).toEqual([]);
  });
});
