// The new tab's first paint reads the item to show from localStorage, synchronously: it was chosen
// at the end of the previous view, with its saved/read marks. Extension pages share one event loop,
// so a read-and-remove here is never interleaved: two tabs opened at once cannot take the same item.
// Anything read back is checked: storage that is missing, throws or holds garbage only means the
// page chooses after loading, never a blank tab.
import type { Block, Card, Inline } from '../content/types';
import type { Marks } from '../records';

const NEXT = 'tend.next';
const CURRENT = 'tend.current';
const WAITING = 'tend.waiting';

/** Every localStorage key the snapshot uses (clearing all data removes them). */
export const SNAPSHOT_KEYS = [NEXT, CURRENT, WAITING] as const;

export type { Marks } from '../records';

/** An item ready to show; `savedAt` is set when it comes back as a reminder of a saved article. */
export interface Upcoming {
  card: Card;
  marks: Marks;
  savedAt?: number;
}

export interface Shown extends Upcoming {
  at: number;
}

/** The page's localStorage, or undefined where the browser has none or refuses it. */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // Chromium throws when site data is blocked
  }
}

/** Checks for what is read back from storage (the list pages' kept first screens use them too). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
export const isList = <T>(v: unknown, each: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(each);

function isInline(v: unknown): v is Inline {
  if (!isObject(v)) return false;
  if (v.t === 'text') return isText(v.v);
  if (v.t === 'link' && !isText(v.href)) return false;
  return (v.t === 'em' || v.t === 'strong' || v.t === 'link') && isList(v.c, isInline);
}

function isBlock(v: unknown): v is Block {
  if (!isObject(v)) return false;
  if (v.t === 'p' || v.t === 'h') return isList(v.c, isInline);
  if (v.t === 'quote') return isList(v.c, isBlock);
  return (v.t === 'ul' || v.t === 'ol') && Array.isArray(v.items) && v.items.every((item) => isList(item, isBlock));
}

/** Whether a stored value has the shape of a card (the page renders it before anything can check it). */
export function isCard(v: unknown): v is Card {
  return (
    isObject(v) &&
    isText(v.id) &&
    isText(v.title) &&
    (v.kind === 'tip' || v.kind === 'article') &&
    isList(v.topics, isText) &&
    isList(v.summary, isBlock) &&
    (v.minutes === undefined || typeof v.minutes === 'number') &&
    (v.practice === undefined || v.practice === 'breathing' || v.practice === 'grounding') &&
    (v.mine === undefined || v.mine === true)
  );
}

const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A stored item from this build of the catalog, or undefined (missing, another build's, damaged). */
function read(storage: Storage, key: string, version: string): Shown | undefined {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.version !== version || !isCard(value.card)) return undefined;
  const marks = isObject(value.marks) ? value.marks : {};
  const savedAt = time(value.savedAt);
  return {
    card: value.card,
    marks: { saved: marks.saved === true, read: marks.read === true },
    ...(savedAt === undefined ? {} : { savedAt }),
    at: time(value.at) ?? 0,
  };
}

function write(storage: Storage, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the next page chooses after loading; nothing is lost.
  }
}

function remove(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

const upcoming = ({ card, marks, savedAt }: Upcoming): Upcoming => (savedAt === undefined ? { card, marks } : { card, marks, savedAt });

/**
 * Takes the prepared next item (so no other page can) and, if `accept` agrees (settings may have
 * changed since it was prepared), makes it the current one.
 */
export function takeNext(storage: Storage, version: string, now: number, accept: (u: Upcoming) => boolean = () => true): Upcoming | undefined {
  const next = read(storage, NEXT, version);
  remove(storage, NEXT);
  if (!next || !accept(next)) return undefined;
  setCurrent(storage, version, next, now);
  return upcoming(next);
}

export function putNext(storage: Storage, version: string, next: Upcoming): void {
  write(storage, NEXT, { version, ...upcoming(next) });
}

export function hasNext(storage: Storage, version: string): boolean {
  return read(storage, NEXT, version) !== undefined;
}

export function setCurrent(storage: Storage, version: string, current: Upcoming, at: number): void {
  write(storage, CURRENT, { version, ...upcoming(current), at });
}

/** The item the person saw last (the popup shows it). */
export function readCurrent(storage: Storage, version: string): Shown | undefined {
  return read(storage, CURRENT, version);
}

/**
 * How many saved items wait unread, as last counted (lib/ui/use-waiting keeps it): the new tab's top
 * bar shows it in its first frame. Undefined when unknown or not a count.
 */
export function readWaiting(storage: Storage | undefined): number | undefined {
  try {
    const text = storage?.getItem(WAITING);
    return text && /^\d{1,9}$/.test(text) ? +text : undefined;
  } catch {
    return undefined; // storage that refuses reads: the count comes when the database opens
  }
}

export function keepWaiting(storage: Storage, count: number): void {
  write(storage, WAITING, count);
}

/** Forgets both items and the count (after all data is cleared, nothing of it may show again). */
export function clearSnapshot(storage: Storage): void {
  for (const key of SNAPSHOT_KEYS) remove(storage, key);
}
