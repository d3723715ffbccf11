// The critical path of a new tab: the item to show is chosen at the end of the previous view and
// kept in localStorage, which a page reads synchronously before its first paint. Extension pages
// share one event loop in the browser, so a read-and-remove here is never interleaved: two tabs
// opened at once cannot both take the same item.
import type { Card } from './content/types';

const NEXT = 'tend.next';
const CURRENT = 'tend.current';

/** An item ready to show; `savedAt` is set when it comes back as a reminder of a saved article. */
export interface Upcoming {
  card: Card;
  savedAt?: number;
}

interface Stored extends Upcoming {
  version: string;
  at?: number;
}

export interface Shown extends Upcoming {
  at: number;
}

function read(storage: Storage, key: string, version: string): Stored | undefined {
  try {
    const raw = storage.getItem(key);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Stored> | null;
    const card = value?.card;
    // A snapshot from another build of the catalog, or a damaged one, is ignored, never shown.
    if (value?.version !== version || typeof card?.id !== 'string' || typeof card.title !== 'string') return undefined;
    if (!Array.isArray(card.summary) || !Array.isArray(card.topics)) return undefined;
    return value as Stored;
  } catch {
    return undefined;
  }
}

function write(storage: Storage, key: string, value: Stored): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the page falls back to picking after load; nothing is lost.
  }
}

/**
 * Takes the prepared next item (so no other page can) and, if `accept` agrees (settings may have
 * changed since it was prepared), makes it the current one.
 */
export function takeNext(
  storage: Storage,
  version: string,
  now: number,
  accept: (upcoming: Upcoming) => boolean = () => true,
): Upcoming | undefined {
  const next = read(storage, NEXT, version);
  storage.removeItem(NEXT);
  if (!next) return undefined;
  const upcoming: Upcoming = next.savedAt === undefined ? { card: next.card } : { card: next.card, savedAt: next.savedAt };
  if (!accept(upcoming)) return undefined;
  setCurrent(storage, version, upcoming, now);
  return upcoming;
}

export function putNext(storage: Storage, version: string, upcoming: Upcoming): void {
  write(storage, NEXT, { version, ...upcoming });
}

export function hasNext(storage: Storage, version: string): boolean {
  return read(storage, NEXT, version) !== undefined;
}

export function setCurrent(storage: Storage, version: string, upcoming: Upcoming, at: number): void {
  write(storage, CURRENT, { version, ...upcoming, at });
}

/** The item the person saw last (the popup shows it). */
export function readCurrent(storage: Storage, version: string): Shown | undefined {
  const current = read(storage, CURRENT, version);
  if (!current) return undefined;
  const { card, savedAt, at } = current;
  return savedAt === undefined ? { card, at: at ?? 0 } : { card, savedAt, at: at ?? 0 };
}
