// What sync carries: saved items, notes, hidden items and personal tips, each as a last-writer-wins
// register keyed by kind and id. Pure: time and the device id are always passed in.
//
// A register is replaced only by one that sorts after it: the later timestamp, then the larger
// device id, then (only possible for two corrupt copies) the larger value text. So merging is
// commutative, associative and idempotent, and every device that has seen the same registers holds
// the same state, whatever order they arrived in.
import { TOPICS } from '../content/types';

export type Kind = 'saved' | 'note' | 'hidden' | 'tip';
export const KINDS: readonly Kind[] = ['saved', 'note', 'hidden', 'tip'];

export interface TipValue {
  text: string;
  title?: string;
  topic?: string;
}

export interface Values {
  saved: { savedAt: number };
  note: { text: string };
  hidden: true;
  tip: TipValue;
}

/** Where a deletion was first published: the writer and its write number (see tombstones.ts). */
export type Origin = readonly [device: string, write: number];

interface RegisterOf<K extends Kind> {
  kind: K;
  id: string;
  ts: number;
  device: string;
  /** Absent: deleted (a tombstone). */
  value?: Values[K];
  origin?: Origin;
}
export type Register = { [K in Kind]: RegisterOf<K> }[Kind];

export const LIMITS = { idChars: 100, noteChars: 1000, tipChars: 500, titleChars: 120 } as const;
/** Catalog ids are kebab-case; tip ids are made the same way so both pass one check. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Device ids: short, lowercase letters and digits (never a key that could reach a prototype). */
export const DEVICE_PATTERN = /^[a-z0-9]{4,16}$/;
const TOPIC_IDS: ReadonlySet<string> = new Set(TOPICS.map((t) => t.id));

export const keyOf = (kind: Kind, id: string): string => `${kind}:${id}`;

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Why a value cannot be stored for this kind, in words for the person; undefined when it can. */
export function valueProblem(kind: Kind, value: unknown): string | undefined {
  const v = value as Record<string, unknown> | null;
  switch (kind) {
    case 'saved':
      return typeof v === 'object' && v !== null && isTime(v.savedAt) ? undefined : 'A saved item needs the time it was saved.';
    case 'hidden':
      return value === true ? undefined : 'A hidden item has no details.';
    case 'note':
      if (typeof v !== 'object' || v === null || typeof v.text !== 'string') return 'A note needs some text.';
      return v.text.length > LIMITS.noteChars ? `A note can be up to ${LIMITS.noteChars} characters long.` : undefined;
    case 'tip':
      return tipProblem(v);
  }
}

function tipProblem(v: Record<string, unknown> | null): string | undefined {
  if (typeof v !== 'object' || v === null || typeof v.text !== 'string' || v.text.trim() === '') return 'A tip needs some text.';
  if (v.text.length > LIMITS.tipChars) return `A tip can be up to ${LIMITS.tipChars} characters long.`;
  if (v.title !== undefined && (typeof v.title !== 'string' || v.title.length > LIMITS.titleChars)) {
    return `A tip’s title can be up to ${LIMITS.titleChars} characters long.`;
  }
  if (v.topic !== undefined && (typeof v.topic !== 'string' || !TOPIC_IDS.has(v.topic))) return 'That topic is not one of Tend’s topics.';
  return undefined;
}

/** The one form of a value: a tip's empty title or topic is no title or topic (as sync stores it). */
export function normalize<K extends Kind>(kind: K, value: Values[K]): Values[K] {
  if (kind !== 'tip') return value;
  const { text, title, topic } = value as TipValue;
  return { text, ...(title ? { title } : {}), ...(topic ? { topic } : {}) } as Values[K];
}

/** The text two registers are finally told apart by: deleted sorts before any value. */
const valueText = (r: Register) => (r.value === undefined ? '' : JSON.stringify(r.value));

/** Negative when `a` loses to `b`, positive when it wins, 0 for the same write. */
export function compareRegisters(a: Register, b: Register): number {
  if (a.ts !== b.ts) return a.ts - b.ts;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  const [va, vb] = [valueText(a), valueText(b)];
  return va === vb ? 0 : va < vb ? -1 : 1;
}

/** The winner; for the same deletion known with two origins, the smaller origin (both are true). */
export function mergeRegister(a: Register, b: Register): Register {
  const order = compareRegisters(a, b);
  if (order !== 0) return order > 0 ? a : b;
  if (!b.origin) return a;
  if (!a.origin) return b;
  const [da, ca] = a.origin;
  const [db, cb] = b.origin;
  return da < db || (da === db && ca <= cb) ? a : b;
}

/**
 * The timestamp for a new write on this device: the wall clock, but always after every timestamp
 * the device has seen, so an edit made after seeing a change always replaces it, whatever the
 * clocks of the two devices say (a hybrid logical clock).
 */
export const nextTimestamp = (clock: number, now: number): number => Math.max(now, clock + 1);

/** A new device or tip id from the randomness given: lowercase letters and digits, 10 of them. */
export function randomId(random: () => number): string {
  let id = '';
  for (let i = 0; i < 10; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
