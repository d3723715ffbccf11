// @vitest-environment node
// Whole sync rounds between simulated browsers sharing one fake sync storage: deletions are
// forgotten only once every device holds them, a device silent for 60 days stops holding them
// back, racing writes lose nothing, and values that are not ours change nothing here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MANIFEST_KEY } from '@/lib/sync/encode';
import { readStore } from '@/lib/sync/decode';
import { keyOf, mergeRegister, type Kind, type Register } from '@/lib/sync/records';
import { EMPTY, put, remove, type Edit, type SyncState } from '@/lib/sync/state';
import type { SyncStorage } from '@/lib/sync/storage';
import { syncRound } from '@/lib/sync/sync';
import { STALE_MS } from '@/lib/sync/tombstones';
import { FakeSyncStorage } from './fakes';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1);
const SETTINGS = { theme: 'dark' };

/** What a page would show: the live values only. */
const live = (state: SyncState) =>
  Object.fromEntries([...state.records].filter(([, r]) => r.value !== undefined).map(([k, r]) => [k, r.value]).sort(([a], [b]) => String(a) < String(b) ? -1 : 1));

function must(edit: Edit): SyncState {
  if (!edit.ok) throw new Error(edit.message);
  return edit.state;
}

async function storedRecords(storage: FakeSyncStorage) {
  const read = readStore(await storage.get(null));
  if (!read.ok) throw new Error(read.detail);
  return read.state.records;
}

/** The latest change made to each record: what every browser should end up showing. */
function latest(made: readonly Register[]): Map<string, Register> {
  const out = new Map<string, Register>();
  for (const r of made) {
    const key = keyOf(r.kind, r.id);
    const prev = out.get(key);
    out.set(key, prev ? mergeRegister(prev, r) : r);
  }
  return out;
}

describe('sync rounds between browsers', () => {
  it('keeps a deletion until every device holds it, then forgets it everywhere without bringing the item back', async () => {
    const storage = new FakeSyncStorage(() => now);
    let now = T0;
    const devices = { laptop01: EMPTY, phone001: EMPTY, work0001: EMPTY } as Record<string, SyncState>;
    const round = async (d: string) => {
      now += 1_000;
      devices[d] = (await syncRound(storage, devices[d]!, d, now)).state;
    };
    devices.laptop01 = must(put(EMPTY, 'saved', 'cbt-thought-record', { savedAt: now }, 'laptop01', now));
    for (const d of ['laptop01', 'phone001', 'work0001']) await round(d);
    expect(live(devices.work0001!)).toEqual(live(devices.laptop01!));

    // The work computer goes quiet, still holding the saved item. The laptop unsaves it.
    devices.laptop01 = must(remove(devices.laptop01!, 'saved', 'cbt-thought-record', 'laptop01', now));
    await round('laptop01');
    await round('phone001');
    for (let day = 1; day <= 20; day++) {
      now += DAY;
      devices.phone001 = must(put(devices.phone001!, 'hidden', `item-${day}`, true, 'phone001', now));
      await round('phone001');
      await round('laptop01');
    }
    // The work computer has not merged it yet, so the deletion is still there for it.
    expect((await storedRecords(storage)).get('saved:cbt-thought-record')?.value).toBeUndefined();
    expect((await storedRecords(storage)).has('saved:cbt-thought-record')).toBe(true);

    await round('work0001');
    expect(live(devices.work0001!)['saved:cbt-thought-record']).toBeUndefined();
    // Everyone holds it now, but a browser that turns sync on later could still need it: 60 days.
    for (let day = 21; day < 60; day += 3) {
      now += 3 * DAY;
      for (const d of ['laptop01', 'phone001', 'work0001']) {
        devices[d] = must(put(devices[d]!, 'note', `item-${day}`, { text: `Day ${day}` }, d, now));
        await round(d);
      }
    }
    expect((await storedRecords(storage)).has('saved:cbt-thought-record')).toBe(true);
    now += 3 * DAY;
    await round('laptop01');
    expect((await storedRecords(storage)).has('saved:cbt-thought-record')).toBe(false);
    expect(devices.laptop01!.records.has('saved:cbt-thought-record')).toBe(false);
    for (let i = 0; i < 2; i++) for (const d of ['work0001', 'laptop01', 'phone001']) await round(d);
    for (const d of Object.keys(devices)) {
      expect(live(devices[d]!)).toEqual(live(devices.laptop01!));
      expect(devices[d]!.records.has('saved:cbt-thought-record')).toBe(false);
    }
    expect(live(devices.laptop01!)['saved:cbt-thought-record']).toBeUndefined();
  });

  it('stops holding deletions back for a device not heard from in 60 days', async () => {
    let now = T0;
    const storage = new FakeSyncStorage(() => now);
    let laptop = must(put(EMPTY, 'tip', 'my-tip', { text: 'Step outside' }, 'laptop01', now));
    let phone = EMPTY;
    laptop = (await syncRound(storage, laptop, 'laptop01', (now += 1_000))).state;
    phone = (await syncRound(storage, phone, 'phone001', (now += 1_000))).state;
    laptop = must(remove(laptop, 'tip', 'my-tip', 'laptop01', now));
    laptop = (await syncRound(storage, laptop, 'laptop01', (now += 1_000))).state;
    now += STALE_MS - 10 * DAY; // the deletion is nearly 60 days old; the phone is nearly silent for 60 days
    laptop = (await syncRound(storage, must(put(laptop, 'hidden', 'a', true, 'laptop01', now)), 'laptop01', now)).state;
    expect((await storedRecords(storage)).has('tip:my-tip')).toBe(true);
    now += 11 * DAY;
    laptop = (await syncRound(storage, must(put(laptop, 'hidden', 'b', true, 'laptop01', now)), 'laptop01', now)).state;
    expect((await storedRecords(storage)).has('tip:my-tip')).toBe(false);
    expect(laptop.acks.has('phone001')).toBe(false);
    expect(phone.records.get('tip:my-tip')?.value).toEqual({ text: 'Step outside' });
  });

  it('converges on three browsers that edit, sync and race each other’s writes, and never brings a deletion back (150 runs)', { timeout: 60_000 }, async () => {
    const KINDS: Kind[] = ['saved', 'note', 'hidden', 'tip'];
    const DEVICES = ['dev0a', 'dev1b', 'dev2c'];
    const step = fc.oneof(
      fc.record({ do: fc.constant('edit' as const), device: fc.nat(2), kind: fc.constantFrom(...KINDS), id: fc.constantFrom('a', 'b', 'c'), del: fc.boolean(), text: fc.constantFrom('one', 'two', 'three') }),
      // A round whose read is from `stale` steps ago: its write lands over anything written since.
      fc.record({ do: fc.constant('sync' as const), device: fc.nat(2), stale: fc.nat(4), wait: fc.integer({ min: 0, max: 6 * DAY }) }),
    );
    let forgotten = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 50 }), async (steps) => {
        let now = T0;
        const storage = new FakeSyncStorage(() => now);
        await storage.set({ settings: SETTINGS });
        const states = DEVICES.map(() => EMPTY);
        const made: Register[] = [];
        const lastRound = DEVICES.map(() => now);
        // The third browser's clock runs 70 days fast: its idea of "60 days old" cannot be trusted.
        const clock = (d: number) => now + (d === 2 ? 70 * DAY : 0);
        const syncFresh = async (d: number) => {
          now += 1_000;
          states[d] = (await syncRound(storage, states[d]!, DEVICES[d]!, clock(d))).state;
          lastRound[d] = now;
        };
        // Every browser turns sync on before its first edit (one joining later is the 60-day trade-off).
        for (let d = 0; d < DEVICES.length; d++) await syncFresh(d);
        const snapshots: Record<string, unknown>[] = [await storage.get(null)];
        for (const s of steps) {
          now += 1_000;
          if (s.do === 'edit') {
            const value = s.kind === 'saved' ? { savedAt: now } : s.kind === 'hidden' ? true : { text: s.text };
            const edit = s.del ? remove(states[s.device]!, s.kind, s.id, DEVICES[s.device]!, clock(s.device)) : put(states[s.device]!, s.kind, s.id, value as never, DEVICES[s.device]!, clock(s.device));
            if (!edit.ok) throw new Error(edit.message);
            states[s.device] = edit.state;
            made.push(edit.register);
          } else {
            now += s.wait;
            const seen = snapshots[Math.max(0, snapshots.length - 1 - s.stale)]!;
            const racing: SyncStorage = { get: async () => structuredClone(seen), set: (i) => storage.set(i), remove: (k) => storage.remove(k) };
            const round = await syncRound(racing, states[s.device]!, DEVICES[s.device]!, clock(s.device));
            states[s.device] = round.state;
            lastRound[s.device] = now;
          }
          // Nobody goes quiet for 60 days here (that is the documented trade-off, not a bug).
          for (let d = 0; d < DEVICES.length; d++) if (now - lastRound[d]! > 20 * DAY) await syncFresh(d);
          snapshots.push(await storage.get(null));
        }
        // Then every browser keeps syncing for 70 days, past the age when deletions may be forgotten.
        for (let pass = 0; pass < 10; pass++) {
          now += 7 * DAY;
          for (let d = 0; d < DEVICES.length; d++) await syncFresh(d);
        }
        const deletions = [...latest(made).values()].filter((r) => r.value === undefined);
        forgotten += deletions.filter((r) => !states.some((state) => state.records.has(keyOf(r.kind, r.id)))).length;
        const expected = live({ ...EMPTY, records: latest(made) });
        for (const state of states) expect(live(state)).toEqual(expected);
        expect(live({ ...EMPTY, records: await storedRecords(storage) })).toEqual(expected);
        expect(await storage.get(['settings'])).toEqual({ settings: SETTINGS });
      }),
      { numRuns: 150 },
    );
    // The runs did forget deletions (the part that could bring records back), not only keep them.
    expect(forgotten).toBeGreaterThan(20);
  });

  it('leaves this browser’s data as it is when sync storage holds something not ours or damaged, and says so', async () => {
    const local = must(put(must(put(EMPTY, 'saved', 'cbt-thought-record', { savedAt: T0 }, 'laptop01', T0)), 'note', 'cbt-thought-record', { text: 'Try this on Sunday' }, 'laptop01', T0 + 1));
    for (const bad of ['hello', { v: 1, g: 'x', n: 3 }, { v: 1, d: ['__proto__'] }, [1, 2], null]) {
      const storage = new FakeSyncStorage(() => T0 + 10);
      await storage.set({ settings: SETTINGS, [MANIFEST_KEY]: bad, 'tend.sync.0': { g: 'x', r: [['sbad', '1', 0, 0]] } });
      const round = await syncRound(storage, local, 'laptop01', T0 + 10);
      expect(round.problem).toBe('The synced data could not be read (it may be damaged), so Tend left it out and synced this browser’s copy in its place. Nothing on this browser has changed.');
      expect(live(round.state)).toEqual(live(local));
      expect(await storage.get(['settings'])).toEqual({ settings: SETTINGS });
      expect(live({ ...EMPTY, records: await storedRecords(storage) })).toEqual(live(local));
    }
  });

  it('does not touch sync storage written by a newer version of Tend', async () => {
    const local = must(put(EMPTY, 'hidden', 'cbt-thought-record', true, 'laptop01', T0));
    const storage = new FakeSyncStorage(() => T0 + 10);
    const newer = { settings: SETTINGS, [MANIFEST_KEY]: { v: 2, whatever: [1] } };
    await storage.set(newer);
    const round = await syncRound(storage, local, 'laptop01', T0 + 10);
    expect(round).toMatchObject({ wrote: false, problem: expect.stringContaining('newer version of Tend') });
    expect(round.state).toBe(local);
    expect(await storage.get(null)).toEqual(newer);
  });

  it('waits on parts of two writes, and mends them only when asked to (seen again later)', async () => {
    let now = T0;
    const storage = new FakeSyncStorage(() => now);
    let laptop = EMPTY;
    for (let i = 0; i < 300; i++) laptop = must(put(laptop, 'note', `item-${i}`, { text: 'A note long enough to need several parts of storage.' }, 'laptop01', now + i));
    laptop = (await syncRound(storage, laptop, 'laptop01', (now += 1_000))).state;
    await storage.set({ 'tend.sync.1': { g: 'other.1', r: [] } });
    const phone = must(put(EMPTY, 'hidden', 'x', true, 'phone001', now));
    const first = await syncRound(storage, phone, 'phone001', (now += 1_000));
    expect(first).toMatchObject({ wrote: false, torn: true, problem: expect.stringContaining('partway through syncing') });
    expect(first.state).toBe(phone);
    const second = await syncRound(storage, phone, 'phone001', (now += 60_000), { repair: true });
    expect(second.wrote).toBe(true);
    laptop = (await syncRound(storage, laptop, 'laptop01', (now += 1_000))).state;
    expect(live(laptop)['hidden:x']).toBe(true);
    expect(Object.keys(live(laptop))).toHaveLength(301);
  });

  it('says so, and keeps everything here, when browser sync cannot be read, refuses the write, or is full', async () => {
    const local = must(remove(must(put(EMPTY, 'tip', 'mine', { text: 'Rest' }, 'laptop01', T0)), 'saved', 'gone', 'laptop01', T0 + 1));
    const unreadable: SyncStorage = { get: () => Promise.reject(new Error('no')), set: () => Promise.resolve(), remove: () => Promise.resolve() };
    expect(await syncRound(unreadable, local, 'laptop01', T0 + 2)).toMatchObject({ state: local, wrote: false, problem: expect.stringContaining('could not read browser sync') });

    const refusing = new FakeSyncStorage(() => T0 + 2);
    refusing.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded.'));
    const refused = await syncRound(refusing, local, 'laptop01', T0 + 2);
    expect(refused).toMatchObject({ wrote: false, problem: expect.stringContaining('did not take Tend’s changes') });
    expect(live(refused.state)).toEqual(live(local));
    expect(refused.state.records.get('saved:gone')).toEqual(local.records.get('saved:gone'));

    // Other keys leave no room even for the deletion.
    const full = new FakeSyncStorage(() => T0 + 2);
    for (let i = 0; i < 12; i++) await full.set({ [`settings-${i}`]: 'x'.repeat(8_000) });
    await full.set({ more: 'x'.repeat(4_200) });
    const round = await syncRound(full, local, 'laptop01', T0 + 2);
    expect(round).toMatchObject({ wrote: false, problem: 'Browser sync is full, so Tend could not sync from this browser. Nothing on this browser has changed.' });
    expect(live(round.state)).toEqual(live(local));
    expect([...full.data.keys()].some((k) => k.startsWith('tend.sync'))).toBe(false);
  });

  it('keeps counting its own writes after 60 days away, so its new deletions are not mistaken for old ones', async () => {
    let now = T0;
    const storage = new FakeSyncStorage(() => now);
    let laptop = must(put(EMPTY, 'hidden', 'x', true, 'laptop01', now));
    let phone = EMPTY;
    for (let i = 0; i < 5; i++) {
      laptop = (await syncRound(storage, must(put(laptop, 'note', 'x', { text: `v${i}` }, 'laptop01', (now += 1_000))), 'laptop01', now)).state;
      phone = (await syncRound(storage, phone, 'phone001', (now += 1_000))).state;
    }
    const before = laptop.acks.get('laptop01')!.seen.get('laptop01')!;
    now += STALE_MS + DAY; // the laptop is away; the phone keeps syncing
    phone = (await syncRound(storage, must(put(phone, 'hidden', 'y', true, 'phone001', now)), 'phone001', now)).state;
    expect(phone.acks.has('laptop01')).toBe(false);
    laptop = must(remove(laptop, 'hidden', 'x', 'laptop01', (now += 1_000)));
    laptop = (await syncRound(storage, laptop, 'laptop01', now)).state;
    expect(laptop.acks.get('laptop01')!.seen.get('laptop01')).toBe(before + 1);
    expect(laptop.records.get('hidden:x')?.origin).toEqual(['laptop01', before + 1]);
    phone = (await syncRound(storage, phone, 'phone001', (now += 1_000))).state;
    expect(phone.records.get('hidden:x')?.value).toBeUndefined();
    expect(phone.records.has('hidden:x')).toBe(true);
  });
});
