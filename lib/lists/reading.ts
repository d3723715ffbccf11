// What the reading list shows: saved items filtered by state (to read, read, all), sorted by when
// they were saved. Pure: entries come in as arguments.

export type ReadFilter = 'unread' | 'read' | 'all';
export type SavedSort = 'newest' | 'oldest';

export interface SavedEntry {
  savedAt: number;
  readAt?: number;
}

export const READ_FILTERS: readonly ReadFilter[] = ['unread', 'read', 'all'];
export const SAVED_SORTS: readonly SavedSort[] = ['newest', 'oldest'];

/** How many of the saved records are not yet read: what the new tab's top bar shows (as lib/db counts it). */
export function unreadCount(records: readonly { savedAt?: number; readAt?: number }[]): number {
  return records.filter((r) => r.savedAt !== undefined && r.savedAt > 0 && r.readAt === undefined).length;
}

export function filterCounts(entries: readonly SavedEntry[]): Record<ReadFilter, number> {
  const read = entries.filter((e) => e.readAt !== undefined).length;
  return { unread: entries.length - read, read, all: entries.length };
}

/**
 * The entries one filter keeps, in the chosen order; ties keep their incoming order. `stay` keeps
 * entries whatever their state (one just marked read stays in view until the filter changes).
 */
export function readingView<T extends SavedEntry>(entries: readonly T[], filter: ReadFilter, sort: SavedSort, stay: (e: T) => boolean = () => false): T[] {
  const kept = entries.filter((e) => filter === 'all' || (filter === 'read') === (e.readAt !== undefined) || stay(e));
  const sign = sort === 'newest' ? -1 : 1;
  return kept.sort((a, b) => sign * (a.savedAt - b.savedAt));
}

/** The reading list's filter and sort from its address; anything unknown means the default. */
export function readingStateFrom(search: string): { filter: ReadFilter; sort: SavedSort } {
  const params = new URLSearchParams(search);
  const filter = params.get('show');
  const sort = params.get('sort');
  return {
    filter: READ_FILTERS.find((f) => f === filter) ?? 'unread',
    sort: SAVED_SORTS.find((s) => s === sort) ?? 'newest',
  };
}
