import { describe, expect, it } from 'vitest';
import { filterCounts, readingStateFrom, readingView, unreadCount } from '@/lib/lists/reading';

const entries = [
  { id: 'a', savedAt: 30 },
  { id: 'b', savedAt: 10, readAt: 40 },
  { id: 'c', savedAt: 20 },
  { id: 'd', savedAt: 5, readAt: 6 },
];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('reading list view', () => {
  it('counts to read, read and all', () => {
    expect(filterCounts(entries)).toEqual({ unread: 2, read: 2, all: 4 });
    expect(filterCounts([])).toEqual({ unread: 0, read: 0, all: 0 });
  });

  it('counts the saved records not yet read, as the new tab\'s top bar shows them', () => {
    expect(unreadCount(entries)).toBe(2);
    const notSaved: { id: string; savedAt?: number; readAt?: number }[] = [{ id: 'e' }, { id: 'f', readAt: 3 }];
    expect(unreadCount([...entries, ...notSaved])).toBe(2);
    expect(unreadCount([])).toBe(0);
  });

  it.each([
    ['unread', 'newest', ['a', 'c']],
    ['unread', 'oldest', ['c', 'a']],
    ['read', 'newest', ['b', 'd']],
    ['all', 'newest', ['a', 'c', 'b', 'd']],
    ['all', 'oldest', ['d', 'b', 'c', 'a']],
  ] as const)('shows %s, %s saved first', (filter, sort, expected) => {
    expect(ids(readingView(entries, filter, sort))).toEqual(expected);
  });

  it('keeps an entry just marked read in the To read view, and leaves the input alone', () => {
    const copy = [...entries];
    expect(ids(readingView(entries, 'unread', 'newest', (e) => e.id === 'b'))).toEqual(['a', 'c', 'b']);
    expect(entries).toEqual(copy);
  });

  it('reads filter and sort from the address, with To read and newest as defaults', () => {
    expect(readingStateFrom('')).toEqual({ filter: 'unread', sort: 'newest' });
    expect(readingStateFrom('?show=read&sort=oldest')).toEqual({ filter: 'read', sort: 'oldest' });
    expect(readingStateFrom('?show=everything&sort=random')).toEqual({ filter: 'unread', sort: 'newest' });
  });
});
