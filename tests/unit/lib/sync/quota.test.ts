// @vitest-environment node
// The quota test: 1,000 personal tips and 2,000 saved items with notes, against the real
// limits. What fits is synced (saved items and notes first, newest first), the message names what
// is not, and nothing on the device is lost.
import { describe, expect, it } from 'vitest';
import { readStore } from '@/lib/sync/decode';
import { notSyncedText } from '@/lib/sync/messages';
import { keyOf, type Register } from '@/lib/sync/records';
import { EMPTY, put, remove, type SyncState } from '@/lib/sync/state';
import { QUOTA } from '@/lib/sync/storage';
import { syncRound } from '@/lib/sync/sync';
import { FakeSyncStorage } from './fakes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 5, 9);
const SETTINGS = { theme: 'dark', textSize: 'large', topics: ['stress', 'cbt', 'self-kindness'], cadence: 'every-tab' };

/** A small seeded generator, so the library is the same on every run. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function words(rand: () => number, chars: number): string {
  const pool = ['breathe', 'slowly', 'notice', 'your', 'feet', 'kind', 'pause', 'water', 'walk', 'rest', 'today', 'small', 'step'];
  let text = '';
  while (text.length < chars) text += `${pool[Math.floor(rand() * pool.length)]} `;
  return text.slice(0, chars).trim();
}

function library(tips: number, saved: number): SyncState {
  const rand = random(17);
  let state = EMPTY;
  const apply = (edit: ReturnType<typeof put>) => {
    if (!edit.ok) throw new Error(edit.message);
    state = edit.state;
  };
  for (let i = 0; i < saved; i++) {
    const at = NOW - 400 * DAY + i * 3 * 3_600_000;
    apply(put(state, 'saved', `saved-item-${i}`, { savedAt: at }, 'laptop01', at));
    apply(put(state, 'note', `saved-item-${i}`, { text: words(rand, 20 + Math.floor(rand() * 280)) }, 'laptop01', at + 1));
  }
  for (let i = 0; i < tips; i++) {
    const at = NOW - 300 * DAY + i * 5 * 3_600_000;
    apply(put(state, 'tip', `my-tip-${i}`, { text: words(rand, 80 + Math.floor(rand() * 420)), title: words(rand, 30), topic: 'stress' }, 'laptop01', at));
  }
  return state;
}

async function syncLibrary(state: SyncState) {
  const storage = new FakeSyncStorage(() => NOW);
  await storage.set({ settings: SETTINGS });
  const round = await syncRound(storage, state, 'laptop01', NOW);
  return { storage, round };
}

// 1,000 tips and 2,000 saved items with notes through real encoding and IndexedDB: about 2.5 s a test
// alone, several times that on a loaded 2-core machine.
describe('a library larger than browser sync holds', { timeout: 30_000 }, () => {
  it('syncs the newest saved items and notes that fit, names what is left out, and keeps everything here', async () => {
    const local = library(1_000, 2_000);
    const { storage, round } = await syncLibrary(local);

    expect(round.wrote).toBe(true);
    expect(storage.bytesInUse()).toBeLessThanOrEqual(QUOTA.bytes);
    expect(storage.data.size).toBeLessThanOrEqual(QUOTA.items);
    expect(await storage.get(['settings'])).toEqual({ settings: SETTINGS });

    const read = readStore(await storage.get(null));
    if (!read.ok) throw new Error(read.detail);
    const synced = [...read.state.records.values()];
    const left = round.leftOut!;
    expect(synced.length + left.keys.length).toBe(local.records.size);
    expect(synced.length).toBeGreaterThan(0);

    // Saved items and notes before tips, newest first: everything synced is newer than all left out.
    const leftOut = left.keys.map((k) => local.records.get(k)!);
    const savedOrNote = (r: Register) => r.kind !== 'tip';
    const oldestSynced = Math.min(...synced.filter(savedOrNote).map((r) => r.ts));
    expect(leftOut.filter(savedOrNote).every((r) => r.ts < oldestSynced)).toBe(true);
    if (leftOut.some(savedOrNote)) expect(synced.some((r) => r.kind === 'tip')).toBe(false);
    for (const r of synced) expect(r).toEqual(local.records.get(keyOf(r.kind, r.id)));

    // The message names what is not synced, with the counts.
    expect(left.saved + left.notes + left.tips).toBe(left.keys.length);
    const text = notSyncedText(left)!;
    expect(text).toContain(`${left.saved.toLocaleString('en')} saved items`);
    expect(text).toContain(`${left.notes.toLocaleString('en')} notes`);
    expect(text).toContain('all 1,000 tips you wrote');
    expect(text).toContain('nothing has been removed');

    // Nothing on this device is lost.
    for (const [key, r] of local.records) expect(round.state.records.get(key)).toEqual(r);

    if (process.env.SYNC_REPORT) {
      console.info({ synced: synced.length, savedLeft: left.saved, notesLeft: left.notes, tipsLeft: left.tips, bytes: storage.bytesInUse(), keys: storage.data.size, writes: storage.writes.length, text });
    }
  });

  it('gives your tips the room left once every saved item and note fits, newest first', async () => {
    const local = library(1_000, 100);
    const { storage, round } = await syncLibrary(local);
    const left = round.leftOut!;
    expect(left.saved + left.notes).toBe(0);
    expect(left.tips).toBeGreaterThan(0);
    expect(left.tips).toBeLessThan(1_000);
    const read = readStore(await storage.get(null));
    if (!read.ok) throw new Error(read.detail);
    const tips = [...read.state.records.values()].filter((r) => r.kind === 'tip');
    const oldestSynced = Math.min(...tips.map((r) => r.ts));
    expect(left.keys.every((k) => local.records.get(k)!.ts < oldestSynced)).toBe(true);
    expect(notSyncedText(left)).toContain(`your oldest ${left.tips.toLocaleString('en')} tips`);
    if (process.env.SYNC_REPORT) console.info({ tipsSynced: tips.length, tipsLeft: left.tips, bytes: storage.bytesInUse() });
  });

  it('says nothing when everything fits', async () => {
    const { round } = await syncLibrary(library(10, 10));
    expect(round.leftOut!.keys).toEqual([]);
    expect(notSyncedText(round.leftOut!)).toBeUndefined();
  });

  it('another browser receives exactly what was synced, and its own data stays', async () => {
    const { storage } = await syncLibrary(library(1_000, 2_000));
    const own = put(EMPTY, 'hidden', 'change-small-steps', true, 'phone001', NOW + 1);
    if (!own.ok) throw new Error(own.message);
    const phone = await syncRound(storage, own.state, 'phone001', NOW + 2);
    const read = readStore(await storage.get(null));
    if (!read.ok) throw new Error(read.detail);
    for (const [key, r] of read.state.records) expect(phone.state.records.get(key)).toEqual(r);
    expect(phone.state.records.get('hidden:change-small-steps')?.value).toBe(true);
  });

  it('a round makes at most the 2 write operations the writer counts it for: the full first write, and one that shrinks', { timeout: 30_000 }, async () => {
    const full = await syncLibrary(library(1_000, 2_000));
    expect(full.storage.writes).toHaveLength(2); // settings, then the round's one set (nothing stale to remove yet)
    expect(full.round.writes).toBe(1);
    // Unsave 250 of 300 items and delete their notes: fewer chunks, so the stale ones are removed first.
    const { storage, round } = await syncLibrary(library(0, 300));
    let state = round.state;
    for (let i = 0; i < 250; i++) {
      for (const kind of ['saved', 'note'] as const) {
        const edit = remove(state, kind, `saved-item-${i}`, 'laptop01', NOW + 10);
        if (!edit.ok) throw new Error(edit.message);
        state = edit.state;
      }
    }
    const chunksBefore = [...storage.data.keys()].filter((k) => k.startsWith('tend.sync.')).length;
    const shrink = await syncRound(storage, state, 'laptop01', NOW + 20);
    const chunksAfter = [...storage.data.keys()].filter((k) => k.startsWith('tend.sync.')).length;
    expect(chunksAfter).toBeLessThan(chunksBefore);
    expect(shrink.writes).toBe(2);
    expect(storage.writes).toHaveLength(4);
  });
});
