// Test doubles for sync: a clock tests move by hand, and a sync storage that keeps the browsers'
// limits and fails the way Chrome does when one is passed.
import { itemBytes, QUOTA, type SyncStorage } from '@/lib/sync/storage';
import type { Scheduler } from '@/lib/sync/writer';

export class FakeScheduler implements Scheduler {
  private timers: { at: number; run: () => void; id: number }[] = [];
  private nextId = 0;
  constructor(public time = 0) {}
  now = () => this.time;
  after = (ms: number, run: () => void) => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + Math.max(0, ms), run, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  };
  /** Moves time on to `to`, running each timer due on the way and letting its promises settle. */
  async advanceTo(to: number): Promise<void> {
    for (;;) {
      const due = this.timers.filter((t) => t.at <= to).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
      await settle();
    }
    this.time = to;
    await settle();
  }
  pending = () => this.timers.length;
}

/** Lets every promise already queued run to the end (the fakes never wait on real time). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export class FakeSyncStorage implements SyncStorage {
  data = new Map<string, string>();
  /** When each write operation (set or remove) happened. */
  writes: number[] = [];
  constructor(private now: () => number = () => 0) {}

  async get(keys: string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [key, json] of this.data) if (keys === null || keys.includes(key)) out[key] = JSON.parse(json);
    return out;
  }

  private countWrite() {
    const t = this.now();
    const inLast = (ms: number) => this.writes.filter((w) => w > t - ms).length + 1;
    if (inLast(60_000) > QUOTA.writesPerMinute) throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded.');
    if (inLast(3_600_000) > QUOTA.writesPerHour) throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded.');
    this.writes.push(t);
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded.');
      next.set(key, JSON.stringify(value));
    }
    if (next.size > QUOTA.items) throw new Error('MAX_ITEMS quota exceeded.');
    if (bytesOf(next) > QUOTA.bytes) throw new Error('QUOTA_BYTES quota exceeded.');
    this.countWrite();
    this.data = next;
  }

  async remove(keys: string | string[]): Promise<void> {
    this.countWrite();
    for (const key of [keys].flat()) this.data.delete(key);
  }

  bytesInUse = () => bytesOf(this.data);
}

const encoder = new TextEncoder();
const bytesOf = (data: ReadonlyMap<string, string>) => [...data].reduce((sum, [k, json]) => sum + encoder.encode(k).length + encoder.encode(json).length, 0);

/** The most writes in any rolling window of `span` ms. */
export function busiestWindow(writes: readonly number[], span: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < writes.length; i++) {
    while ((writes[j] ?? 0) <= (writes[i] ?? 0) - span) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}
