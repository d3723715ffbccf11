// One device's view of everything synced: the registers, each device's acknowledgements, and the
// largest timestamp seen. Local edits and merges return a new state; nothing is changed in place.
import { compareRegisters, keyOf, mergeRegister, nextTimestamp, normalize, valueProblem, type Kind, type Register, type Values } from './records';

/** What one device has acknowledged: when it last wrote, and the write numbers it has merged. */
export interface Ack {
  at: number;
  /** Writer device → the highest of that writer's write numbers this device has merged. */
  seen: ReadonlyMap<string, number>;
}

export interface SyncState {
  records: ReadonlyMap<string, Register>;
  acks: ReadonlyMap<string, Ack>;
  /** The largest timestamp seen, so new writes sort after everything already known. */
  clock: number;
}

export const EMPTY: SyncState = { records: new Map(), acks: new Map(), clock: 0 };

export const maxMap = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> => {
  const out = new Map(a);
  for (const [k, n] of b) out.set(k, Math.max(n, out.get(k) ?? n));
  return out;
};

export function mergeAck(a: Ack, b: Ack): Ack {
  return { at: Math.max(a.at, b.at), seen: maxMap(a.seen, b.seen) };
}

/** Everything either state knows; the same result in any order, any number of times. */
export function mergeStates(a: SyncState, b: SyncState): SyncState {
  const records = new Map(a.records);
  for (const [key, r] of b.records) {
    const mine = records.get(key);
    records.set(key, mine ? mergeRegister(mine, r) : r);
  }
  const acks = new Map(a.acks);
  for (const [device, ack] of b.acks) {
    const mine = acks.get(device);
    acks.set(device, mine ? mergeAck(mine, ack) : ack);
  }
  return { records, acks, clock: Math.max(a.clock, b.clock) };
}

export type Edit = { ok: true; state: SyncState; register: Register } | { ok: false; message: string };

function write(state: SyncState, register: Register): Edit {
  const records = new Map(state.records);
  records.set(keyOf(register.kind, register.id), register);
  return { ok: true, state: { ...state, records, clock: register.ts }, register };
}

/** Save, note, hide, add or edit a tip on this device. Bad input changes nothing and says why. */
export function put<K extends Kind>(state: SyncState, kind: K, id: string, value: Values[K], device: string, now: number): Edit {
  const problem = valueProblem(kind, value);
  if (problem) return { ok: false, message: problem };
  return write(state, { kind, id, value: normalize(kind, value), ts: nextTimestamp(state.clock, now), device } as Register);
}

/** Unsave, delete a note or tip, unhide: a tombstone, so the deletion reaches every device. */
export function remove(state: SyncState, kind: Kind, id: string, device: string, now: number): Edit {
  return write(state, { kind, id, ts: nextTimestamp(state.clock, now), device });
}

/** The live value of one record, or undefined when it was never made or was deleted. */
export function valueOf<K extends Kind>(state: SyncState, kind: K, id: string): Values[K] | undefined {
  return state.records.get(keyOf(kind, id))?.value as Values[K] | undefined;
}

/** Same registers (ignoring where deletions were published)? */
export function sameRecords(a: ReadonlyMap<string, Register>, b: ReadonlyMap<string, Register>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, r] of a) {
    const other = b.get(key);
    if (!other || compareRegisters(r, other) !== 0) return false;
  }
  return true;
}
