// @vitest-environment node
// When sync writes: one round after a quiet moment, one more for changes made during a round, and
// never more write operations than Chrome allows in any rolling minute or hour (counted by the
// fake storage, which also fails the way Chrome does if a limit is passed).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY, put, type SyncState } from '@/lib/sync/state';
import { QUOTA } from '@/lib/sync/storage';
import { syncRound, type Round } from '@/lib/sync/sync';
import { createRateLimiter, createWriter } from '@/lib/sync/writer';
import { busiestWindow, FakeScheduler, FakeSyncStorage, settle } from './fakes';

const MINUTE = 60_000;
const HOUR = 3_600_000;

function countingWriter(scheduler: FakeScheduler, options: { quietMs?: number; maxWaitMs?: number } = {}) {
  const starts: number[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const writer = createWriter({
    scheduler,
    opsPerRound: 2,
    ...options,
    round: () => {
      starts.push(scheduler.now());
      return hold ? new Promise<number>((resolve) => (release = () => resolve(1))) : Promise.resolve(1);
    },
  });
  return { writer, starts, holdRounds: (on: boolean) => (hold = on), release: () => release?.() };
}

describe('the sync writer', () => {
  it('makes a burst of changes one round, after a quiet moment', async () => {
    const scheduler = new FakeScheduler(0);
    const { writer, starts } = countingWriter(scheduler, { quietMs: 2_000 });
    for (let t = 0; t <= 1_000; t += 20) {
      await scheduler.advanceTo(t);
      writer.changed();
    }
    await scheduler.advanceTo(2_999);
    expect(starts).toEqual([]);
    await scheduler.advanceTo(10_000);
    expect(starts).toEqual([3_000]);
  });

  it('syncs within the longest wait even when changes never pause', async () => {
    const scheduler = new FakeScheduler(0);
    const { writer, starts } = countingWriter(scheduler, { quietMs: 2_000, maxWaitMs: 20_000 });
    for (let t = 0; t < 61_000; t += 500) {
      await scheduler.advanceTo(t);
      writer.changed();
    }
    expect(starts).toEqual([20_000, 40_000, 60_000]);
  });

  it('coalesces changes made during a round into one more round after it', async () => {
    const scheduler = new FakeScheduler(0);
    const { writer, starts, holdRounds, release } = countingWriter(scheduler, { quietMs: 1_000 });
    holdRounds(true);
    writer.changed();
    await scheduler.advanceTo(1_000);
    expect(starts).toEqual([1_000]);
    for (let t = 1_100; t < 5_000; t += 100) {
      await scheduler.advanceTo(t);
      writer.changed();
    }
    expect(starts).toEqual([1_000]); // never two rounds at once
    holdRounds(false);
    release();
    await settle();
    await scheduler.advanceTo(20_000);
    expect(starts).toEqual([1_000, 5_900]);
    expect(scheduler.pending()).toBe(0);
  });

  it('never lets more operations start than the limits allow in any rolling window (200 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 400 }), fc.integer({ min: 1, max: 3 }), (gaps, ops) => {
        const limiter = createRateLimiter({ perMinute: 12, perHour: 50 });
        const starts: number[] = [];
        let t = 0;
        for (const gap of gaps) {
          t = limiter.earliest(t + gap, ops);
          limiter.record(t, ops);
          for (let i = 0; i < ops; i++) starts.push(t);
        }
        expect(busiestWindow(starts, MINUTE)).toBeLessThanOrEqual(12);
        expect(busiestWindow(starts, HOUR)).toBeLessThanOrEqual(50);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps real sync rounds within Chrome’s write limits during two hours of constant edits (counted)', { timeout: 60_000 }, async () => {
    const scheduler = new FakeScheduler(Date.UTC(2026, 11, 5));
    const start = scheduler.now();
    const storage = new FakeSyncStorage(scheduler.now);
    let local: SyncState = EMPTY;
    const rounds: Round[] = [];
    // No quiet period at all: only the rate limiter stands between the edits and the quota.
    const writer = createWriter({
      scheduler,
      opsPerRound: 2,
      quietMs: 0,
      maxWaitMs: 0,
      round: async () => {
        const round = await syncRound(storage, local, 'laptop01', scheduler.now());
        local = round.state;
        rounds.push(round);
        return round.writes;
      },
    });
    let edits = 0;
    for (let t = start; t < start + 2 * HOUR; t += 200) {
      await scheduler.advanceTo(t);
      const edit = put(local, 'note', `item-${edits % 100}`, { text: `Edit number ${edits}` }, 'laptop01', t);
      if (!edit.ok) throw new Error(edit.message);
      local = edit.state;
      edits++;
      writer.changed();
    }
    await scheduler.advanceTo(start + 3 * HOUR);
    await writer.idle();

    expect(rounds.filter((r) => r.problem)).toEqual([]);
    expect(busiestWindow(storage.writes, MINUTE)).toBeLessThanOrEqual(QUOTA.writesPerMinute);
    expect(busiestWindow(storage.writes, HOUR)).toBeLessThanOrEqual(QUOTA.writesPerHour);
    // The last edit reached sync storage.
    expect(rounds.at(-1)?.wrote).toBe(true);
    if (process.env.SYNC_REPORT) {
      console.info({ edits, rounds: rounds.length, writes: storage.writes.length, busiestMinute: busiestWindow(storage.writes, MINUTE), busiestHour: busiestWindow(storage.writes, HOUR) });
    }
  });
});
