// One sync round: read what is in sync storage, merge it into this device's state, forget the
// deletions every device holds, and write back what fits. This device's state is never reduced by
// a round (only tombstones all devices hold are dropped), so turning sync off, a full quota or a
// failed write leaves everything here as it is.
import { readStore, type Read } from './decode';
import { isOurKey, MANIFEST_KEY, pack, b36 } from './encode';
import { FULL, problemText, READ_FAILED, WRITE_FAILED } from './messages';
import { leftOut, priorityOrder, type LeftOut } from './plan';
import { mergeStates, sameRecords, type SyncState } from './state';
import { itemBytes, QUOTA, type SyncStorage } from './storage';
import { acknowledge, collect, numberWrite, stampOrigins } from './tombstones';

/** Room kept free for Tend's settings (stored in the same sync storage) to grow. */
export const RESERVE_BYTES = 2_048;
/** A device that has nothing new still writes this often, so others know it is alive. */
export const HEARTBEAT_MS = 86_400_000;

export interface Round {
  /** This device's state after the round: keep it (it is what is synced next time). */
  state: SyncState;
  wrote: boolean;
  /** Write operations made (set and remove each count one), for the rate limiter. */
  writes: number;
  /** What did not fit in sync storage (it stays on this device). */
  leftOut?: LeftOut;
  /** A plain-language message when something went wrong; the state is still safe to keep. */
  problem?: string;
  /** Sync storage held parts of two writes: run another round in a while, with `repair` set. */
  torn?: boolean;
}

export interface RoundOptions {
  /**
   * Overwrite parts of two writes with this device's state. Parts arrive one by one, so a torn
   * state is usually a write still arriving; seen again a while later it is one that never will
   * (a write interrupted), and only a write can mend it. Every device keeps its own data and
   * publishes it again on its next round, so nothing is lost.
   */
  repair?: boolean;
}

function budgetBesides(all: Record<string, unknown>) {
  const foreign = Object.entries(all).filter(([key]) => !isOurKey(key));
  const bytes = foreign.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return { bytes: QUOTA.bytes - bytes - RESERVE_BYTES, items: QUOTA.items - foreign.length };
}

function absorb(local: SyncState, read: Read, me: string): SyncState {
  if (!read.ok || !read.writer) return local;
  return acknowledge(mergeStates(local, read.state), me, read.writer);
}

export async function syncRound(storage: SyncStorage, local: SyncState, me: string, wallClock: number, options: RoundOptions = {}): Promise<Round> {
  let all: Record<string, unknown>;
  try {
    all = await storage.get(null);
  } catch {
    return { state: local, wrote: false, writes: 0, problem: READ_FAILED };
  }
  const read = readStore(all);
  if (!read.ok && read.problem === 'newer') return { state: local, wrote: false, writes: 0, problem: problemText(read.problem) };
  if (!read.ok && read.problem === 'torn' && !options.repair) return { state: local, wrote: false, writes: 0, problem: problemText('torn'), torn: true };
  const merged = absorb(local, read, me);
  const learned = !sameRecords(merged.records, local.records);
  // Ages and silences are measured on the shared clock (never behind any timestamp seen), so a
  // device whose clock runs fast or slow does not see deletions or devices as older than they are.
  const now = Math.max(wallClock, merged.clock);

  // Numbered first, so this device is heard from now and its own write count is never forgotten.
  const numbered = numberWrite(merged, me, now);
  const next = stampOrigins(collect(numbered.state, now), me, numbered.write);
  const ordered = priorityOrder(next);
  const budget = budgetBesides(all);
  const packed = pack(next, ordered, budget, `${me}.${b36(numbered.write)}`, me);
  const left = leftOut(ordered, packed.included);
  // Deletions must all go (a device that misses one brings the record back), and the manifest must fit.
  if (packed.bytes > budget.bytes || ordered.slice(packed.included).some((r) => r.value === undefined)) return { state: merged, wrote: false, writes: 0, leftOut: left, problem: FULL };

  const remote = read.ok ? read.state : undefined;
  const published = new Map(ordered.slice(0, packed.included).map((r) => [`${r.kind}:${r.id}`, r]));
  const heardAt = remote?.acks.get(me)?.at ?? -Infinity;
  const changed = !remote || learned || !sameRecords(published, remote.records) || now - heardAt >= HEARTBEAT_MS;
  if (!changed) return { state: merged, wrote: false, writes: 0, leftOut: left };

  const stale = Object.keys(all).filter((key) => isOurKey(key) && key !== MANIFEST_KEY && !Object.hasOwn(packed.items, key));
  let writes = 0;
  try {
    // Stale chunks go first, so the quota is never counted with old and new together; a reader in
    // between sees a manifest whose chunks are missing and waits.
    if (stale.length) await storage.remove(stale).then(() => writes++);
    await storage.set(packed.items);
  } catch {
    return { state: merged, wrote: false, writes: writes + 1, leftOut: left, problem: WRITE_FAILED };
  }
  return { state: next, wrote: true, writes: writes + 1, leftOut: left, problem: read.ok ? undefined : problemText('corrupt') };
}
