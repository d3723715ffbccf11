// Sync wired to the database (issue 17): two browsers, each with its own database, share one sync
// storage. Changes made here reach the other, deletions too, read history never goes, turning sync
// off changes nothing, and a corrupt or foreign value in sync storage changes nothing here.
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createSyncLink } from '@/lib/sync/link';
import { FakeScheduler, FakeSyncStorage } from './fakes';

const T0 = Date.UTC(2026, 11, 5);
let opened: TendDb[] = [];
let counter = 0;

afterEach(async () => {
  for (const db of opened) db.close();
  for (const name of new Set(opened.map((db) => db.name))) await Dexie.delete(name);
  opened = [];
});

function browser(storage: FakeSyncStorage, clock: FakeScheduler) {
  const db = new TendDb(`tend-link-${++counter}`);
  opened.push(db);
  const data = createTendData(db);
  const link = createSyncLink({ data: data.sync, storage, scheduler: clock });
  return { data, link, on: () => data.sync.setOn(true) };
}

function setup() {
  const clock = new FakeScheduler(T0);
  const storage = new FakeSyncStorage(clock.now);
  return { clock, storage, a: browser(storage, clock), b: browser(storage, clock) };
}

const state = async (data: TendData) => ({
  saved: (await data.readingList()).map((r) => r.id),
  notes: [...(await data.mine.notes())],
  hidden: [...(await data.mine.hiddenIds())].sort(),
  tips: (await data.mine.tips()).map((t) => t.text),
});

describe('sync between two browsers through storage.sync', () => {
  it('case 45: carries saved items, notes, hidden items and tips both ways; read history stays', async () => {
    const { clock, a, b } = setup();
    await a.on();
    await b.on();
    await a.data.save('stress-box-breathing', T0);
    await a.data.markRead('stress-box-breathing', T0);
    await a.data.mine.setNote('stress-box-breathing', 'Before meetings.', T0);
    await a.data.mine.hide('sleep-wind-down', T0);
    await a.data.mine.addTip({ text: 'Mine <b>as typed</b>', topic: 'sleep' }, T0, Math.random);
    await b.data.save('cbt-thought-record', T0 + 1);
    await a.link.round();
    await b.link.round();
    await a.link.round();
    const expected = {
      saved: ['cbt-thought-record', 'stress-box-breathing'],
      notes: [['stress-box-breathing', 'Before meetings.']],
      hidden: ['sleep-wind-down'],
      tips: ['Mine <b>as typed</b>'],
    };
    expect(await state(a.data)).toEqual(expected);
    expect(await state(b.data)).toEqual(expected);
    // Read history never syncs.
    expect((await b.data.itemState('stress-box-breathing')).readAt).toBeUndefined();
    expect(await b.data.db.events.count()).toBe(0);
    void clock;
  });

  it('case 47: a removal on one browser reaches the other (a tombstone), and the later edit wins', async () => {
    const { a, b } = setup();
    await a.on();
    await b.on();
    await a.data.save('x-item', T0);
    await a.data.mine.setNote('x-item', 'first', T0);
    await a.link.round();
    await b.link.round();
    expect((await state(b.data)).saved).toEqual(['x-item']);
    await b.data.unsave('x-item', T0 + 10);
    await b.data.mine.setNote('x-item', 'edited on b', T0 + 10);
    await b.link.round();
    await a.link.round();
    expect(await state(a.data)).toMatchObject({ saved: [], notes: [['x-item', 'edited on b']] });
  });

  it('case 45: turning sync off leaves every value here as it is, and nothing more is written', async () => {
    const { storage, a } = setup();
    await a.on();
    await a.data.save('kept', T0);
    await a.link.round();
    const writes = storage.writes.length;
    await a.data.sync.setOn(false);
    await a.data.save('later', T0 + 1);
    expect(await a.link.round()).toBe(0);
    expect(storage.writes.length).toBe(writes);
    expect((await state(a.data)).saved).toEqual(['later', 'kept']);
  });

  it('case 46: a corrupt or foreign value in sync storage: a plain message, nothing here changed', async () => {
    const { storage, a } = setup();
    await a.on();
    await a.data.save('mine-to-keep', T0);
    storage.data.set('tend.sync', JSON.stringify({ hello: 'not ours' }));
    await a.link.round();
    expect((await state(a.data)).saved).toEqual(['mine-to-keep']);
    const row = await a.data.sync.peek();
    expect(row?.report?.problem).toMatch(/could not be read .* Nothing on this browser has changed\./);
  });

  it('case 46: a value from a newer version pauses sync with a message and changes nothing', async () => {
    const { storage, a } = setup();
    await a.on();
    await a.data.save('here', T0);
    storage.data.set('tend.sync', JSON.stringify({ f: 99 }));
    await a.link.round();
    expect((await state(a.data)).saved).toEqual(['here']);
    expect((await a.data.sync.peek())?.report?.problem ?? '').toMatch(/\S/);
  });

  it('case 47: a change made here while a round is on its way is kept (never overwritten by the round)', async () => {
    const clock = new FakeScheduler(T0);
    const storage = new FakeSyncStorage(clock.now);
    // b's round waits at its read of sync storage until the test lets it go: the person types then.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached = () => {};
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let gated = false;
    const get = async (keys: string[] | null) => {
      if (gated) {
        reached();
        await gate;
      }
      return storage.get(keys);
    };
    const slowStorage = { get, set: storage.set.bind(storage), remove: storage.remove.bind(storage) };
    const a = browser(storage, clock);
    const dbB = new TendDb(`tend-link-${++counter}`);
    opened.push(dbB);
    const bData = createTendData(dbB);
    const bLink = createSyncLink({ data: bData.sync, storage: slowStorage, scheduler: clock });
    await a.on();
    await bData.sync.setOn(true);
    await a.data.mine.setNote('n-item', 'from a', T0);
    await a.link.round();
    gated = true;
    const slow = bLink.round();
    await atGate; // b has read its own values (before sync storage) and waits at the gate
    await bData.mine.setNote('n-item', 'typed on b meanwhile', T0 + 5);
    release();
    await slow;
    expect((await bData.mine.note('n-item'))?.text).toBe('typed on b meanwhile');
    gated = false;
    clock.time += 10;
    await bLink.round();
    await a.link.round();
    expect((await a.data.mine.note('n-item'))?.text).toBe('typed on b meanwhile');
  });
});
