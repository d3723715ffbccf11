import { describe, expect, it } from 'vitest';
import { eligibleLibraryIds, isUnused, pickNext, sampleCandidates, type RotationState } from '@/lib/rotation/pick';
import { index } from 'virtual:tend-index';
import { TOPICS } from '@/lib/content/types';
import { isEligible } from '@/lib/settings/model';

/** A seeded generator, so every run of a test sees the same "random" sequence. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Plays `count` picks, recording each pick the way the database does. Returns the ids in order. */
function play(ids: string[], count: number, random: () => number, start = { state: { cycleStartedAt: 0 } as RotationState, pickedAt: new Map<string, number>(), clock: 1 }) {
  const order: string[] = [];
  for (let i = 0; i < count; i++) {
    const now = start.clock++;
    const used = new Set(ids.filter((id) => (start.pickedAt.get(id) ?? -1) >= start.state.cycleStartedAt));
    const pick = pickNext(ids, used, start.state, now, random);
    if (!pick) throw new Error('no pick');
    start.pickedAt.set(pick.id, now);
    start.state = pick.state;
    order.push(pick.id);
  }
  return { order, memory: start };
}

const ids = Array.from({ length: 12 }, (_, i) => `item-${i}`);

describe('pickNext', () => {
  it('shows every eligible item exactly once per cycle, over three cycles', () => {
    const { order } = play(ids, ids.length * 3, seeded(1));
    for (let cycle = 0; cycle < 3; cycle++) {
      const slice = order.slice(cycle * ids.length, (cycle + 1) * ids.length);
      expect([...slice].sort()).toEqual([...ids].sort());
    }
  });

  it('never picks the same item twice in a row, including across cycle boundaries', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { order } = play(ids.slice(0, 3), 30, seeded(seed));
      order.forEach((id, i) => expect(id).not.toBe(order[i - 1]));
    }
  });

  it('orders the cycles differently', () => {
    const { order } = play(ids, ids.length * 3, seeded(7));
    const cycles = [0, 1, 2].map((c) => order.slice(c * ids.length, (c + 1) * ids.length).join());
    expect(new Set(cycles).size).toBe(3);
  });

  it('keeps the cycle across a restart: state and history are all it needs', () => {
    const random = seeded(3);
    const first = play(ids, 5, random);
    // A "restart": only what the database keeps (pickedAt per item, the rotation state) carries over.
    const restored = { state: { ...first.memory.state }, pickedAt: new Map(first.memory.pickedAt), clock: first.memory.clock };
    const rest = play(ids, ids.length - 5, random, restored);
    expect([...first.order, ...rest.order].sort()).toEqual([...ids].sort());
  });

  it('follows the eligible set: a disabled item is not picked, a new one joins the current cycle', () => {
    const random = seeded(11);
    const run = play(ids.slice(0, 4), 2, random);
    const eligible = [...ids.slice(1, 4), 'new-item']; // item-0 disabled, new-item added
    const rest = play(eligible, 3, random, run.memory);
    expect(rest.order).not.toContain('item-0');
    expect(new Set([...run.order, ...rest.order]).size).toBe(5);
  });

  it('returns the only item when just one is eligible, and nothing when none is', () => {
    expect(pickNext(['solo'], new Set(['solo']), { cycleStartedAt: 1, lastPickedId: 'solo' }, 10, () => 0.5)?.id).toBe('solo');
    expect(pickNext([], new Set(), { cycleStartedAt: 0 }, 10, () => 0.5)).toBeUndefined();
  });

  it('starts a new cycle at `now` when every item was picked in the current one', () => {
    const pick = pickNext(['a', 'b'], new Set(['a', 'b']), { cycleStartedAt: 4, lastPickedId: 'b' }, 20, () => 0.99);
    expect(pick).toEqual({ id: 'a', state: { cycleStartedAt: 20, lastPickedId: 'a' } });
  });

  it('copes with a random source that returns 1', () => {
    expect(pickNext(['a', 'b'], new Set(), { cycleStartedAt: 0 }, 1, () => 1)?.id).toBe('b');
  });
});

describe('sampleCandidates', () => {
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

  it.each([
    { name: 'k smaller than the list', eligible: letters, exclude: undefined, k: 4, size: 4 },
    { name: 'the excluded id is never drawn', eligible: letters, exclude: 'c', k: 9, size: 9 },
    { name: 'k larger than the list: all of it', eligible: letters, exclude: undefined, k: 30, size: 10 },
    { name: 'k larger, with an exclusion', eligible: letters, exclude: 'j', k: 30, size: 9 },
    { name: 'an exclusion not in the list changes nothing', eligible: letters, exclude: 'zz', k: 10, size: 10 },
    { name: 'only the excluded id: nothing', eligible: ['a'], exclude: 'a', k: 8, size: 0 },
    { name: 'an empty list', eligible: [], exclude: undefined, k: 8, size: 0 },
    { name: 'k of zero', eligible: letters, exclude: undefined, k: 0, size: 0 },
  ])('$name: distinct ids from the list', ({ eligible, exclude, k, size }) => {
    for (const random of [seeded(1), seeded(2), () => 0, () => 1, () => 0.999999]) {
      const drawn = sampleCandidates(eligible, exclude, k, random);
      expect(drawn).toHaveLength(size);
      expect(new Set(drawn).size).toBe(size);
      for (const id of drawn) expect(eligible).toContain(id);
      expect(drawn).not.toContain(exclude);
    }
  });

  it.each([
    { random: () => 0, expected: ['a', 'd'] }, // draws the first, whose place the last one takes
    { random: () => 1, expected: ['d', 'c'] }, // a source that returns 1 draws the last, never past it
    { random: () => 0.5, expected: ['c', 'd'] },
  ])('draws in a known order from a known source ($expected)', ({ random, expected }) => {
    expect(sampleCandidates(['a', 'b', 'c', 'd'], 'b', 2, random)).toEqual(expected);
  });

  it('leaves the list it was given as it was', () => {
    const eligible = [...letters];
    sampleCandidates(eligible, 'a', 5, seeded(4));
    expect(eligible).toEqual(letters);
  });

  it('draws every id first equally often', () => {
    const random = seeded(21);
    const counts = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const [first] = sampleCandidates(letters, undefined, 3, random);
      counts.set(first!, (counts.get(first!) ?? 0) + 1);
    }
    for (const id of letters) expect(Math.abs((counts.get(id) ?? 0) / 10_000 - 0.1)).toBeLessThan(0.015);
  });
});

describe('isUnused', () => {
  const start = 100;
  it.each([
    { name: 'no record yet (never touched)', record: undefined, expected: true },
    { name: 'a record never picked', record: {}, expected: true },
    { name: 'picked in an earlier cycle', record: { pickedAt: 99 }, expected: true },
    { name: 'picked at the very start of this cycle', record: { pickedAt: 100 }, expected: false },
    { name: 'picked later in this cycle', record: { pickedAt: 150 }, expected: false },
  ])('$name', ({ record, expected }) => {
    expect(isUnused(record, start)).toBe(expected);
  });
});

describe('probing (sampleCandidates, then the first unused)', () => {
  it('chooses uniformly among the unused items, and never a used one', () => {
    const items = Array.from({ length: 20 }, (_, i) => `item-${i}`);
    const cycleStartedAt = 1000;
    // Even items were picked this cycle (item-18 last); odd ones in an earlier cycle or never.
    const records = new Map(items.map((id, i) => [id, i % 2 === 0 ? { pickedAt: 1000 + i } : i % 4 === 1 ? { pickedAt: 10 } : undefined]));
    const unused = items.filter((_, i) => i % 2 === 1);
    const random = seeded(99);
    const counts = new Map<string, number>();
    const picks = 10_000;
    for (let i = 0; i < picks; i++) {
      const candidates = sampleCandidates(items, 'item-18', 8, random);
      const id = candidates.find((c) => isUnused(records.get(c), cycleStartedAt)) ?? 'fallback';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Eight used candidates out of ten used: rare (45 in 125,970), the database then falls back.
    expect(counts.get('fallback') ?? 0).toBeLessThan(20);
    for (const id of unused) expect(Math.abs((counts.get(id) ?? 0) / picks - 0.1)).toBeLessThan(0.015);
    expect([...counts.keys()].filter((id) => id !== 'fallback').sort()).toEqual([...unused].sort());
  });
});

describe('eligibleLibraryIds', () => {
  it('keeps the library entries isEligible accepts, in index order, for any topics and kinds chosen', () => {
    const random = seeded(7);
    const kindChoices = [['tip', 'article'], ['tip'], ['article'], []] as const;
    for (let round = 0; round < 40; round++) {
      const topics = TOPICS.map((t) => t.id).filter(() => random() < 0.5);
      const kinds = [...kindChoices[round % kindChoices.length]!];
      const expected = index.filter((e) => isEligible(e, { topics, kinds, myTips: 'both' })).map((e) => e.id);
      expect(eligibleLibraryIds(index, { topics, kinds })).toEqual(expected);
    }
  });

  it('never keeps a sensitive item, a kind not chosen or an item with no chosen topic', () => {
    const entries = [
      { id: 'a', kind: 'tip', topics: ['stress', 'sleep'] },
      { id: 'b', kind: 'tip', topics: ['stress'], sensitive: true as const },
      { id: 'c', kind: 'article', topics: ['sleep'] },
      { id: 'd', kind: 'tip', topics: ['cbt'] },
      { id: 'e', kind: 'tip', topics: ['cbt', 'sleep'] },
    ];
    expect(eligibleLibraryIds(entries, { topics: ['sleep'], kinds: ['tip'] })).toEqual(['a', 'e']);
    expect(eligibleLibraryIds(entries, { topics: [], kinds: ['tip', 'article'] })).toEqual([]);
  });
});
