// The compact form of the synced state, spread over keys that each fit the per-key limit.
//
// `tend.sync` is the manifest: format version, a tag unique to this write, the number of chunks, the
// device ids (records name devices by their index here), acknowledgements and the clock.
// `tend.sync.0` … hold the records, each chunk with the same tag, so a reader that finds chunks of
// two different writes (browsers sync keys one by one) knows the set is incomplete and waits.
// A record is a short array: [kind letter + id, timestamp in base 36, device index, value]; a
// deletion has no value: [key, ts, device, origin device index, origin write in base 36].
import type { Register } from './records';
import type { SyncState } from './state';
import { itemBytes, QUOTA } from './storage';

export const FORMAT = 1;
export const MANIFEST_KEY = 'tend.sync';
export const chunkKey = (n: number): string => `${MANIFEST_KEY}.${n}`;
export const isOurKey = (key: string): boolean => key === MANIFEST_KEY || key.startsWith(`${MANIFEST_KEY}.`);

export const LETTERS = { saved: 's', note: 'n', hidden: 'h', tip: 't' } as const;
export const b36 = (n: number): string => n.toString(36);

export interface Budget {
  bytes: number;
  items: number;
}

export interface Packed {
  items: Record<string, unknown>;
  /** How many of the registers given, in order, fit. */
  included: number;
  bytes: number;
}

/** A live register's value, short: saved is its distance from the timestamp (usually 0). */
function encodeValue(r: Register): unknown {
  if (r.value === undefined) return undefined;
  if (r.kind === 'saved') return r.ts - r.value.savedAt;
  if (r.kind === 'note') return r.value.text;
  if (r.kind === 'hidden') return 1;
  const { text, title, topic } = r.value;
  return topic !== undefined ? [text, title ?? '', topic] : title !== undefined ? [text, title] : [text];
}

type Index = ReadonlyMap<string, number>;
function at(index: Index, device: string): number {
  const n = index.get(device);
  if (n === undefined) throw new Error(`Device ${device} is missing from the manifest`); // a bug here, never bad input
  return n;
}

export function encodeRegister(r: Register, index: Index): unknown[] {
  const head = [LETTERS[r.kind] + r.id, b36(r.ts), at(index, r.device)];
  if (r.value !== undefined) return [...head, encodeValue(r)];
  return r.origin ? [...head, at(index, r.origin[0]), b36(r.origin[1])] : head;
}

function manifest(state: SyncState, devices: string[], index: Index, tag: string, writer: string, chunks: number) {
  const acks = [...state.acks].map(([d, ack]) => [at(index, d), b36(ack.at), [...ack.seen].map(([w, n]) => [at(index, w), b36(n)])]);
  return { v: FORMAT, g: tag, n: chunks, w: at(index, writer), d: devices, a: acks, c: b36(state.clock) };
}

/**
 * Writes as many of `ordered` as fit in `budget`, in order, stopping at the first that does not
 * (so what is left out is always the tail: the oldest, the least important).
 */
export function pack(state: SyncState, ordered: readonly Register[], budget: Budget, tag: string, writer: string): Packed {
  const ids = new Set([writer, ...state.acks.keys()]);
  for (const ack of state.acks.values()) for (const w of ack.seen.keys()) ids.add(w);
  for (const r of ordered) {
    ids.add(r.device);
    if (r.origin) ids.add(r.origin[0]);
  }
  const devices = [...ids];
  const index = new Map(devices.map((d, i) => [d, i]));
  // Room for the manifest with the largest chunk count it could hold.
  let bytes = itemBytes(MANIFEST_KEY, manifest(state, devices, index, tag, writer, QUOTA.items));
  const chunks: unknown[][] = [];
  let chunkBytes = 0;
  let included = 0;
  for (const r of ordered) {
    const record = encodeRegister(r, index);
    const size = itemBytes('', record);
    const current = chunks.at(-1);
    if (current && chunkBytes + size + 1 <= QUOTA.perItem && bytes + size + 1 <= budget.bytes) {
      current.push(record);
      chunkBytes += size + 1;
      bytes += size + 1;
    } else {
      const empty = itemBytes(chunkKey(chunks.length), { g: tag, r: [] });
      if (chunks.length + 2 > budget.items || bytes + empty + size > budget.bytes || empty + size > QUOTA.perItem) break;
      chunks.push([record]);
      chunkBytes = empty + size;
      bytes += empty + size;
    }
    included++;
  }
  const items: Record<string, unknown> = { [MANIFEST_KEY]: manifest(state, devices, index, tag, writer, chunks.length) };
  chunks.forEach((r, n) => (items[chunkKey(n)] = { g: tag, r }));
  return { items, included, bytes };
}
