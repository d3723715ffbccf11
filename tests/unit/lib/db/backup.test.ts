import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import Dexie, { type DBCore } from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createPracticeData } from '@/lib/db/practice';
import { createBackupData } from '@/lib/db/backup';
import { backupText, makeBackup, parseBackup } from '@/lib/backup/format';
import { importFailedText } from '@/lib/backup/messages';
import { loadSettings, resetSettings, updateSettings } from '@/lib/settings/store';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const KNOWN = new Set(['a', 'b', 'c', 'd']);

let opened: TendDb[] = [];
let counter = 0;

/** Each test gets its own database: Dexie keeps the indexedDB it saw at import time. */
function fresh(name = `tend-backup-test-${++counter}`, db = new TendDb(name)) {
  opened.push(db);
  return { data: createTendData(db), backup: createBackupData(db), db };
}

afterEach(async () => {
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
});

/** A person who has used Tend for a while: shown, picked, saved, read, unsaved, practised, changed settings. */
async function seed(data: TendData): Promise<void> {
  await data.pick(['a', 'b', 'c'], NOW - 5000, () => 0);
  await data.recordShown('a', NOW - 4000);
  await data.recordShown('a', NOW - 3500);
  await data.save('a', NOW - 3000);
  await data.markRead('b', NOW - 2000);
  await data.save('c', NOW - 1500);
  await data.unsave('c', NOW - 1000);
  await data.markRead('retired-item', NOW - 500);
  await data.markReminded('a', NOW - 400);
  await data.mine.addTip({ title: 'Mine', text: 'Line one\nline two <b>not bold</b>', topic: 'sleep' }, NOW - 300, () => 0.1);
  await data.mine.setNote('a', 'A note of mine.', NOW - 200);
  await data.mine.hide('d', NOW - 100);
  await createPracticeData(data.db).recordPractice('breathing', NOW - 300, 60);
  await updateSettings({ theme: 'dark', topics: ['stress', 'cbt'], reminders: false });
}

const parseOk = (text: string) => {
  const parsed = parseBackup(text, KNOWN, NOW);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
};

describe('export and import (case 17)', () => {
  it('case 17: export → clear → import gives back exactly the same data and settings', async () => {
    const { data, backup } = fresh();
    await seed(data);
    const before = await backup.snapshot();
    expect(before.items).toHaveLength(4);
    expect(before.events).toHaveLength(2);
    expect(before.practices).toEqual([{ type: 'breathing', at: NOW - 300, seconds: 60 }]);
    expect(before.rotation).toBeDefined();
    expect(before.settings).toMatchObject({ theme: 'dark', reminders: false });

    const text = backupText(makeBackup(before, NOW, '0.1.0'));
    await backup.clearAll();
    expect(await backup.snapshot()).toEqual({ items: [], events: [], practices: [], settings: DEFAULT_SETTINGS });

    const parsed = parseOk(text);
    expect(parsed.backup).toMatchObject({ format: 'tend-backup', formatVersion: 2, exportedAt: new Date(NOW).toISOString(), appVersion: '0.1.0' });
    expect(parsed.unknownIds).toEqual(['retired-item']);
    await backup.importData(parsed.backup.data, 'merge');
    expect(await backup.snapshot()).toEqual(before);
    expect(await loadSettings()).toEqual(before.settings);
    // The pages' own reads agree.
    expect((await data.readingList()).map((r) => r.id)).toEqual(['a']);
    expect((await data.itemState('a')).remindedAt).toBe(NOW - 400);
  });

  it('case 17: replace also gives back exactly the exported data and settings', async () => {
    const { data, backup } = fresh();
    await seed(data);
    const before = await backup.snapshot();
    const text = backupText(makeBackup(before, NOW, '0.1.0'));
    await data.save('d', NOW);
    await updateSettings({ theme: 'light', textSize: 'large' });
    const plan = await backup.importData(parseOk(text).backup.data, 'replace');
    expect(plan).toMatchObject({ removes: 1, settingsChanged: true });
    expect(await backup.snapshot()).toEqual(before);
  });

  it('case 21: importing the same file twice changes nothing the second time', async () => {
    const source = fresh();
    await seed(source.data);
    const text = backupText(makeBackup(await source.backup.snapshot(), NOW, '0.1.0'));

    const { data, backup } = fresh();
    await data.save('d', NOW - 100);
    const first = await backup.importData(parseOk(text).backup.data, 'merge');
    expect(first.adds).toBe(4);
    const after = await backup.snapshot();
    const second = await backup.importData(parseOk(text).backup.data, 'merge');
    expect(second).toMatchObject({ adds: 0, updates: 0, removes: 0, settingsChanged: false });
    expect(await backup.snapshot()).toEqual(after);
    expect((await data.readingList()).map((r) => r.id)).toEqual(['d', 'a']);
  });

  it('case 21: a change another page made after the preview is merged, not lost', async () => {
    const name = `tend-backup-two-pages-${++counter}`;
    const options = fresh(name);
    const newTab = fresh(name);
    const incoming = { items: [{ id: 'a', shownCount: 1, savedAt: NOW - 10 }], events: [], practices: [], settings: {} };
    await newTab.data.save('b', NOW - 5); // between the preview and the click on "Merge"
    await options.backup.importData(incoming, 'merge');
    expect((await newTab.data.readingList()).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('a failure part-way through an import rolls everything back (case 20)', () => {
  /** Fault injection: the Nth row written to `table` throws; call the result before each attempt. */
  function failOnRow(db: TendDb, table: 'items' | 'events', n: number): () => void {
    let rows = 0;
    db.table(table).hook('creating', () => {
      if (++rows === n) throw new Error('disk trouble');
    });
    return () => (rows = 0);
  }

  it.each([
    ['the third item row', 'items' as const, 3],
    ['the second read row, after every item row was written', 'events' as const, 2],
  ])('case 20: when %s fails, data and settings are as before', async (_, table, n) => {
    const source = fresh();
    await seed(source.data);
    const file = makeBackup(await source.backup.snapshot(), NOW, '0.1.0').data;

    const { data, backup, db } = fresh();
    await data.save('d', NOW - 100);
    await data.markRead('d', NOW - 50);
    await updateSettings({ textSize: 'small' });
    const before = await backup.snapshot();
    const attempt = failOnRow(db, table, n);

    for (const mode of ['merge', 'replace'] as const) {
      attempt();
      await expect(backup.importData(file, mode)).rejects.toThrow('disk trouble');
      expect(await backup.snapshot()).toEqual(before);
    }
    attempt();
    await expect(backup.apply({ ...file, settings: { theme: 'light' } })).rejects.toThrow('disk trouble');
    expect(await backup.snapshot()).toEqual(before);
  });
});

describe('a merge that would pass the limit of your own tips (case 50)', () => {
  const tips = (n: number, word: string) => Array.from({ length: n }, (_, i) => ({ text: `${word} tip ${i}` }));

  it('case 50: is refused whole, with a message that says what was not imported; replace still works', async () => {
    const other = fresh();
    expect(await other.data.mine.importTips(tips(600, 'other'), NOW - 10, Math.random)).toMatchObject({ ok: true });
    await other.data.save('a', NOW - 5);
    await other.data.mine.setNote('a', 'from the backup', NOW - 5);
    const text = backupText(makeBackup(await other.backup.snapshot(), NOW, '1.0.0'));
    await resetSettings();

    const { data, backup } = fresh();
    expect(await data.mine.importTips(tips(500, 'mine'), NOW - 20, Math.random)).toMatchObject({ ok: true });
    await updateSettings({ theme: 'dark' });
    const before = await backup.snapshot();
    const file = parseOk(text).backup.data;

    const refused = await backup.importData(file, 'merge').then(
      () => 'imported',
      (error: unknown) => importFailedText(error),
    );
    expect(refused).toBe(
      'Merging this backup would give you 1,100 tips of your own, and Tend keeps up to 1,000. Nothing was imported: no tip, note, saved item or setting of the backup. Nothing was changed. Remove 100 of your tips first, or choose “Replace” to use the backup’s tips instead of yours.',
    );
    expect(await backup.snapshot()).toEqual(before);

    await backup.importData(file, 'replace');
    expect((await data.mine.tips()).map((t) => t.text).sort()).toEqual(tips(600, 'other').map((t) => t.text).sort());
  });
});

describe('clear all', () => {
  it('empties every table of the database and resets settings', async () => {
    const { data, backup, db } = fresh();
    await seed(data);
    await backup.clearAll();
    expect(await backup.snapshot()).toEqual({ items: [], events: [], practices: [], settings: DEFAULT_SETTINGS });
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('case 17: knows every table: a table added to the schema must be added to export, import and clear', () => {
    const { db } = fresh();
    // lib/db/backup.ts reads, writes and clears exactly these; extend it before extending this list.
    expect(db.tables.map((t) => t.name).sort()).toEqual(['events', 'hidden', 'items', 'meta', 'notes', 'practices', 'sync', 'tips']);
  });

  it('is one transaction: when a later table fails to clear, nothing is cleared', async () => {
    const db = new TendDb(`tend-backup-clear-${++counter}`);
    // Fault injection below Dexie's tables: clearing `meta` fails.
    db.use({
      stack: 'dbcore',
      name: 'fail-meta-clear',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) => (name === 'meta' && req.type === 'deleteRange' ? Promise.reject(new Error('disk trouble')) : table.mutate(req)),
          };
        },
      }),
    });
    const { data, backup } = fresh(db.name, db);
    await seed(data);
    const before = await backup.snapshot();
    await expect(backup.clearAll()).rejects.toThrow('disk trouble');
    expect(await backup.snapshot()).toEqual(before);
  });
});

describe('bad input changes nothing (case 18)', () => {
  it.each([
    ['not JSON', 'not json at all'],
    ['the wrong format', '{"format": "something-else"}'],
    ['a newer format version', '{"format": "tend-backup", "formatVersion": 9}'],
    ['a wrong-typed field', JSON.stringify({ format: 'tend-backup', formatVersion: 1, exportedAt: new Date(NOW).toISOString(), appVersion: '1', data: { items: 'many', events: [], settings: {} } })],
    ['bad settings', JSON.stringify({ format: 'tend-backup', formatVersion: 1, exportedAt: new Date(NOW).toISOString(), appVersion: '1', data: { items: [], events: [], settings: { theme: 'neon' } } })],
  ])('case 18: %s is rejected and the data before equals the data after', async (_, text) => {
    const { data, backup } = fresh();
    await seed(data);
    const before = await backup.snapshot();
    const parsed = parseBackup(text, KNOWN, NOW);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) await backup.importData(parsed.backup.data, 'merge'); // what a page would do, were it accepted
    expect(await backup.snapshot()).toEqual(before);
  });
});

describe('import: tables first, then only the settings that change (cases 31 and 39)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function fileFrom(settings: Parameters<typeof updateSettings>[0]) {
    const source = fresh();
    await seed(source.data);
    await resetSettings(); // the file holds these settings only
    await updateSettings(settings);
    const file = makeBackup(await source.backup.snapshot(), NOW, '0.1.0').data;
    await resetSettings();
    return file;
  }

  it('case 31: settings are written only once the tables hold the whole import', async () => {
    const file = await fileFrom({ theme: 'light' });
    const { backup, db } = fresh();
    const rowsWhenSettingsWritten: number[] = [];
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (values) => {
      rowsWhenSettingsWritten.push(await db.items.count());
      return set(values);
    });
    await backup.importData(file, 'merge');
    expect(rowsWhenSettingsWritten).toEqual([file.items.length]);
    expect((await loadSettings()).theme).toBe('light');
  });

  it('case 31: when the settings cannot be written, the tables are put back: nothing changes', async () => {
    const file = await fileFrom({ theme: 'light' });
    const { data, backup } = fresh();
    await data.save('d', NOW - 100);
    const before = await backup.snapshot();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(backup.importData(file, 'merge')).rejects.toThrow('quota');
    expect(await backup.snapshot()).toEqual(before);
  });

  it('case 31: reports its progress in rows written, up to all of them', async () => {
    const file = await fileFrom({});
    const events = Array.from({ length: 12_000 }, (_, i) => ({ itemId: 'a', at: NOW - 100_000 + i }));
    const { backup } = fresh();
    const seen: [number, number][] = [];
    await backup.importData({ ...file, events }, 'replace', (written, total) => seen.push([written, total]));
    const total = file.items.length + events.length + file.practices.length;
    expect(seen[0]).toEqual([0, total]);
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every(([w], i) => i === 0 || w > seen[i - 1]![0])).toBe(true);
  });

  it('case 39: a data-only import works with the sync write quota used up', async () => {
    const file = await fileFrom({ theme: 'dark', textSize: 'large' });
    const { backup } = fresh();
    await updateSettings({ theme: 'dark', textSize: 'large' }); // the file's settings are the ones in use
    const quota = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quota);
    vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValue(quota);
    const plan = await backup.importData(file, 'merge');
    expect(plan.settingsChanged).toBe(false);
    expect((await backup.snapshot()).items).toEqual(file.items);
  });

  it('case 39: an import stores only the settings that differ from the defaults', async () => {
    const file = await fileFrom({ theme: 'dark' });
    expect(file.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' }); // an export holds every field
    const { backup } = fresh();
    await backup.importData(file, 'replace');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.theme': 'dark' });
  });
});
