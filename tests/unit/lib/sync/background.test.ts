// Sync in the background (lib/sync/background.ts) with pages that only send it a note (lib/sync/page.ts):
// each page and the background has its own connection to one database, as in the browser. Changes
// made in several pages reach sync storage with no page running a round, another browser's write
// reaches the database with no page open, nothing is sent while sync is off, and every write of the
// whole extension is counted by one limiter, whose log outlives the background's worker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie, { liveQuery } from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { readStore } from '@/lib/sync/decode';
import { startSyncBackground } from '@/lib/sync/background';
import { startSync } from '@/lib/sync/page';
import { EMPTY, put } from '@/lib/sync/state';
import { syncRound } from '@/lib/sync/sync';
import { DEFAULT_LIMITS } from '@/lib/sync/writer';
import { busiestWindow, FakeScheduler, FakeSyncStorage } from './fakes';

const T0 = Date.UTC(2026, 11, 5);
const MINUTE = 60_000;
const HOUR = 3_600_000;
let opened: TendDb[] = [];
let stops: (() => unknown)[] = [];
let counter = 0;

afterEach(async () => {
  for (const stop of stops) await stop();
  stops = [];
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
});

type Listener<T extends unknown[]> = (...args: T) => void;
function listenable<T extends unknown[]>() {
  const listeners: Listener<T>[] = [];
  return { addListener: (l: Listener<T>) => void listeners.push(l), fire: (...args: T) => listeners.forEach((l) => l(...args)) };
}

/** One browser profile: a database, its sync storage, a background (restartable) and pages. */
function profile() {
  const name = `tend-bg-${++counter}`;
  const connect = (): TendData => {
    const db = new TendDb(name);
    opened.push(db);
    return createTendData(db);
  };
  const clock = new FakeScheduler(T0);
  const storage = new FakeSyncStorage(clock.now);
  const onMessage = listenable<[unknown]>();
  const onStorageChanged = listenable<[Record<string, unknown>, string]>();
  let opens = 0;
  const startBackground = () => {
    const background = startSyncBackground({ open: () => (opens++, connect().sync), storage, onMessage, onStorageChanged, scheduler: clock });
    stops.push(background.stop);
    return background;
  };
  const notes: number[] = [];
  const openPage = (n: number) => {
    const data = connect();
    notes[n] = 0;
    // What runtime.sendMessage does: every background listener hears it.
    stops.push(startSync(data, liveQuery, (message) => void ((notes[n] = (notes[n] ?? 0) + 1), onMessage.fire(message))));
    return data;
  };
  return { clock, storage, connect, startBackground, openPage, notes, onStorageChanged, opens: () => opens };
}

const syncedSaves = async (storage: FakeSyncStorage) => {
  const read = readStore(await storage.get(null));
  if (!read.ok) throw new Error(read.detail);
  return [...read.state.records.values()].filter((r) => r.kind === 'saved' && r.value !== undefined).map((r) => r.id).sort();
};

describe('sync in the background', () => {
  it('case 48: with sync off, pages send nothing and the background never opens the database', async () => {
    const p = profile();
    p.startBackground();
    const page = p.openPage(0);
    await page.save('off-item', T0);
    await page.sync.row();
    // The page's live query has run (the save is there to read) and sent nothing.
    await vi.waitFor(async () => expect(await page.readingList()).toHaveLength(1));
    await p.clock.advanceTo(T0 + MINUTE);
    expect(p.notes[0]).toBe(0);
    expect(p.opens()).toBe(0);
    expect(p.storage.writes).toEqual([]);
  });

  it('case 48: a change made in a page is synced by the background after the page has closed', async () => {
    const p = profile();
    const background = p.startBackground();
    const page = p.openPage(0);
    await page.sync.setOn(true);
    await vi.waitFor(() => expect(p.notes[0]).toBe(1)); // the page's note when sync comes on
    await page.save('saved-then-closed', T0);
    await vi.waitFor(() => expect(p.notes[0]).toBe(2));
    await stops.pop()?.(); // the page closes at once
    await p.clock.advanceTo(T0 + 3_000);
    await background.idle();
    expect(await syncedSaves(p.storage)).toEqual(['saved-then-closed']);
  });

  it('case 48: another browser’s write reaches the database with no page open', async () => {
    const p = profile();
    const background = p.startBackground();
    const data = p.connect();
    await data.sync.setOn(true);
    const edit = put(EMPTY, 'saved', 'from-elsewhere', { savedAt: T0 }, 'remote01', T0);
    if (!edit.ok) throw new Error(edit.message);
    const changes = await syncRound(p.storage, edit.state, 'remote01', T0);
    expect(changes.wrote).toBe(true);
    p.onStorageChanged.fire({ 'tend.sync': { newValue: {} } }, 'sync');
    await vi.waitFor(() => expect(p.clock.pending()).toBe(1)); // the background has asked for a round
    await p.clock.advanceTo(T0 + 3_000);
    await background.idle();
    expect((await data.readingList()).map((r) => r.id)).toEqual(['from-elsewhere']);
  });

  it('case 49: writes from three pages, across a restart of the background, stay within one limit', async () => {
    const p = profile();
    // The last hour was busy: one write short of the hour's limit, spread over it (as earlier rounds left the log).
    const earlier = Array.from({ length: DEFAULT_LIMITS.perHour - 1 }, (_, i) => T0 - HOUR + 60_000 + Math.floor((i * (HOUR - 120_000)) / DEFAULT_LIMITS.perHour));
    const seed = p.connect();
    await seed.sync.setOn(true);
    await seed.sync.saveWrites(earlier);
    p.storage.writes = [...earlier];
    let background = p.startBackground();
    const pages = [p.openPage(0), p.openPage(1), p.openPage(2)];
    await vi.waitFor(() => expect(p.notes).toEqual([1, 1, 1]));
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      if (i === 15) {
        // The worker stops when idle; the next note starts a new one, which must go on counting.
        await background.stop();
        background = p.startBackground();
      }
      const id = `item-${i}`;
      ids.push(id);
      const before = [...p.notes];
      await pages[i % 3]?.save(id, p.clock.now());
      await vi.waitFor(() => expect(p.notes).toEqual(before.map((n) => n + 1))); // every page saw it and said so
      await p.clock.advanceTo(p.clock.now() + 2_500);
      await background.idle();
    }
    for (let t = p.clock.now(); t <= T0 + 2 * HOUR; t += MINUTE) {
      await p.clock.advanceTo(t);
      await background.idle();
    }
    const made = p.storage.writes.length - earlier.length;
    expect(made).toBeGreaterThan(0);
    if (process.env.SYNC_REPORT) {
      const firstNew = p.storage.writes[earlier.length];
      console.info({ notes: p.notes, made, firstNewWriteAfterMs: firstNew === undefined ? undefined : firstNew - T0, busiestHour: busiestWindow(p.storage.writes, HOUR), busiestMinute: busiestWindow(p.storage.writes, MINUTE) });
    }
    expect(busiestWindow(p.storage.writes, HOUR)).toBeLessThanOrEqual(DEFAULT_LIMITS.perHour);
    expect(busiestWindow(p.storage.writes, MINUTE)).toBeLessThanOrEqual(DEFAULT_LIMITS.perMinute);
    expect(await syncedSaves(p.storage)).toEqual(ids.sort());
    expect((await seed.sync.peek())?.report?.problem).toBeUndefined();
  });
});
