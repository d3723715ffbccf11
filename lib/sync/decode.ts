// Reading what is in sync storage, which another device, another version of Tend or a damaged
// profile may have written. Every field is checked; anything unexpected makes the whole read a
// problem (never an exception, never a partial merge), so a bad value can change nothing here.
import { DEVICE_PATTERN, ID_PATTERN, LIMITS, valueProblem, type Kind, type Register } from './records';
import type { Ack, SyncState } from './state';
import { chunkKey, FORMAT, LETTERS, MANIFEST_KEY } from './encode';
import { QUOTA } from './storage';

export type Problem = 'newer' | 'corrupt' | 'torn';
export type Read =
  | { ok: true; state: SyncState; writer?: string; chunks: number }
  | { ok: false; problem: Problem; detail: string };

class Bad extends Error {}
const fail = (detail: string): never => {
  throw new Bad(detail);
};

const KIND_OF: Readonly<Record<string, Kind>> = Object.fromEntries(Object.entries(LETTERS).map(([k, l]) => [l, k as Kind]));
const own = (o: object, name: string): unknown => (Object.hasOwn(o, name) ? (o as Record<string, unknown>)[name] : undefined);
const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

function time(v: unknown, what: string): number {
  if (typeof v !== 'string' || !/^[0-9a-z]{1,11}$/.test(v)) return fail(`${what} is not a time`);
  const n = parseInt(v, 36);
  return Number.isSafeInteger(n) ? n : fail(`${what} is not a time`);
}

function list(v: unknown, what: string, max: number): unknown[] {
  return Array.isArray(v) && v.length <= max ? v : fail(`${what} is not a list`);
}

function device(devices: readonly string[], v: unknown, what: string): string {
  const d = typeof v === 'number' && Number.isInteger(v) ? devices[v] : undefined;
  return d ?? fail(`${what} names no device`);
}

function decodeValue(kind: Kind, ts: number, v: unknown): unknown {
  if (kind === 'saved') return typeof v === 'number' && Number.isSafeInteger(v) ? { savedAt: ts - v } : undefined;
  if (kind === 'note') return { text: v };
  if (kind === 'hidden') return v === 1 ? true : undefined;
  if (!Array.isArray(v) || v.length < 1 || v.length > 3) return undefined;
  const [text, title, topic] = v as unknown[];
  return { text, ...(title !== undefined && title !== '' ? { title } : {}), ...(topic !== undefined ? { topic } : {}) };
}

function decodeRecord(raw: unknown, devices: readonly string[]): Register {
  const r = list(raw, 'a record', 5);
  const key = typeof r[0] === 'string' ? r[0] : '';
  const kind = Object.hasOwn(KIND_OF, key.charAt(0)) ? KIND_OF[key.charAt(0)] : undefined;
  const id = key.slice(1);
  if (!kind || id.length > LIMITS.idChars || !ID_PATTERN.test(id)) return fail('a record has no valid id');
  const ts = time(r[1], 'a record’s timestamp');
  const by = device(devices, r[2], 'a record');
  if (r.length === 3) return { kind, id, ts, device: by };
  if (r.length === 5) return { kind, id, ts, device: by, origin: [device(devices, r[3], 'a deletion'), time(r[4], 'a deletion’s write')] };
  const value = r.length === 4 ? decodeValue(kind, ts, r[3]) : undefined;
  if (value === undefined || valueProblem(kind, value)) return fail(`a ${kind} record is not valid`);
  return { kind, id, ts, device: by, value } as Register;
}

function decodeAcks(raw: unknown, devices: readonly string[]): Map<string, Ack> {
  const acks = new Map<string, Ack>();
  for (const entry of list(raw, 'the acknowledgements', QUOTA.items)) {
    const [d, at, seen] = list(entry, 'an acknowledgement', 3);
    const pairs = list(seen, 'an acknowledgement', QUOTA.items).map((p) => list(p, 'an acknowledgement', 2));
    const who = device(devices, d, 'an acknowledgement');
    if (acks.has(who)) fail('a device is acknowledged twice');
    acks.set(who, { at: time(at, 'an acknowledgement'), seen: new Map(pairs.map(([w, n]) => [device(devices, w, 'an acknowledgement'), time(n, 'a write')])) });
  }
  return acks;
}

function decodeDevices(raw: unknown): string[] {
  const devices = list(raw, 'the devices', QUOTA.items);
  if (!devices.every((d) => typeof d === 'string' && DEVICE_PATTERN.test(d)) || new Set(devices).size !== devices.length) fail('a device id is not valid');
  return devices as string[];
}

function decode(items: Record<string, unknown>, maxChunks: number): Read {
  const m = items[MANIFEST_KEY];
  if (m === undefined) return { ok: true, state: { records: new Map(), acks: new Map(), clock: 0 }, chunks: 0 };
  if (!isObject(m) || typeof own(m, 'v') !== 'number') return fail('it is not Tend’s sync data');
  if ((own(m, 'v') as number) > FORMAT) return { ok: false, problem: 'newer', detail: `format ${String(own(m, 'v'))}` };
  if (own(m, 'v') !== FORMAT) return fail('it is not Tend’s sync data');
  const tag = own(m, 'g');
  const n = own(m, 'n');
  if (typeof tag !== 'string' || tag.length > 40 || typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > maxChunks) return fail('the manifest is not valid');
  const devices = decodeDevices(own(m, 'd'));
  const writer = device(devices, own(m, 'w'), 'the manifest');
  const state = { records: new Map<string, Register>(), acks: decodeAcks(own(m, 'a'), devices), clock: time(own(m, 'c'), 'the clock') };
  for (let i = 0; i < n; i++) {
    const chunk = items[chunkKey(i)];
    if (chunk === undefined || (isObject(chunk) && own(chunk, 'g') !== tag)) return { ok: false, problem: 'torn', detail: `part ${i} is from another write` };
    if (!isObject(chunk)) return fail(`part ${i} is not valid`);
    for (const raw of list(own(chunk, 'r'), `part ${i}`, QUOTA.perItem)) {
      const r = decodeRecord(raw, devices);
      const key = `${r.kind}:${r.id}`;
      if (state.records.has(key)) fail('a record appears twice');
      state.records.set(key, r);
      if (r.ts > state.clock) fail('a record is later than the clock');
    }
  }
  return { ok: true, state, writer, chunks: n };
}

/** Reads Tend's keys out of everything in sync storage; other keys are ignored. Never throws. */
export function readStore(items: Record<string, unknown>, maxChunks: number = QUOTA.items): Read {
  try {
    return decode(items, maxChunks);
  } catch (error) {
    if (error instanceof Bad) return { ok: false, problem: 'corrupt', detail: error.message };
    return { ok: false, problem: 'corrupt', detail: 'it could not be read' };
  }
}
