import { describe, expect, it } from 'vitest';
import { pickNext, type RotationState } from '@/lib/rotation';

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
