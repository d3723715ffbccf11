// When a deletion may be forgotten.
//
// A tombstone must stay until every device holds it, or a device that missed it would bring the
// deleted record back on its next write. Timestamps cannot prove that (a device that was offline
// publishes old timestamps late), so each write is numbered per writer, and each tombstone records
// the first write that published it (its origin). A device's acknowledgement lists, per writer, the
// highest write number it has merged, directly or through another device's write (which held
// everything its writer had merged). A writer keeps every tombstone it published, so "device D has
// merged writer W's write n or later" proves D holds a tombstone W published in write n.
//
// A device not heard from for STALE_MS (60 days: uninstalled, a lost laptop, a reset browser)
// stops holding tombstones back and is forgotten. A device never heard from (one that turns sync
// on later, with records made before) cannot acknowledge anything, so a tombstone is also kept
// until it is STALE_MS old. A device that joins or comes back later than that can bring back a
// record deleted meanwhile from its own copy; that is the price of not keeping deletions forever.
import type { Register } from './records';
import { mergeAck, type Ack, type SyncState } from './state';

export const STALE_MS = 60 * 86_400_000;

/** After merging `writer`'s write: this device now also holds everything that write had merged. */
export function acknowledge(state: SyncState, me: string, writer: string): SyncState {
  const theirs = state.acks.get(writer);
  if (!theirs || writer === me) return state;
  const mine = state.acks.get(me) ?? { at: 0, seen: new Map<string, number>() };
  const acks = new Map(state.acks);
  acks.set(me, mergeAck(mine, { at: 0, seen: theirs.seen }));
  return { ...state, acks };
}

/** This device's next write number, written into its own acknowledgement with the time (which the clock then never falls behind). */
export function numberWrite(state: SyncState, me: string, now: number): { state: SyncState; write: number } {
  const mine: Ack = state.acks.get(me) ?? { at: 0, seen: new Map() };
  const write = (mine.seen.get(me) ?? 0) + 1;
  const acks = new Map(state.acks);
  acks.set(me, { at: Math.max(mine.at, now), seen: new Map(mine.seen).set(me, write) });
  return { state: { ...state, acks, clock: Math.max(state.clock, now) }, write };
}

/** Tombstones not yet published get this write as their origin. */
export function stampOrigins(state: SyncState, me: string, write: number): SyncState {
  const records = new Map(state.records);
  for (const [key, r] of state.records) if (r.value === undefined && !r.origin) records.set(key, { ...r, origin: [me, write] });
  return { ...state, records };
}

/** Drops tombstones 60 days old that every recently heard device holds, and devices not heard from in 60 days. */
export function collect(state: SyncState, now: number): SyncState {
  const acks = new Map([...state.acks].filter(([, ack]) => now - ack.at <= STALE_MS));
  const held = (r: Register) => {
    if (r.value !== undefined || !r.origin || now - r.ts < STALE_MS) return true;
    const [writer, write] = r.origin;
    return [...acks.values()].some((ack) => (ack.seen.get(writer) ?? 0) < write);
  };
  const records = new Map([...state.records].filter(([, r]) => held(r)));
  return { ...state, records, acks };
}
