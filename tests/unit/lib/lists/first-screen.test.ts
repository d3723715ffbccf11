import { describe, expect, it } from 'vitest';
import type { Card } from '@/lib/content/types';
import { cardOf, FIRST_ROWS, FIRST_SCREEN_KEYS, forgetFirstScreens, isIdList, keepFirstScreen, readFirstScreen, rowOf } from '@/lib/lists/first-screen';
import { exploreView } from '@/lib/lists/explore-state';
import { isKeptExplore, isKeptHistory, isKeptItem, isKeptReading, keptExplore, keptHistory, keptReading } from '@/lib/lists/kept';
import { readingLog } from '@/lib/history';

const card = (id: string, extra: Partial<Card> = {}): Card => ({
  id,
  kind: 'tip',
  title: `Title ${id}`,
  topics: ['stress', 'sleep'],
  summary: [{ t: 'p', c: [{ t: 'text', v: `Body of ${id}, ` }, { t: 'em', c: [{ t: 'text', v: 'gently' }] }] }],
  ...extra,
});
const always = (v: unknown): v is unknown => v !== undefined;

describe('a kept first screen', () => {
  it('comes back for the same build and view only', () => {
    keepFirstScreen(localStorage, 'explore', 'v1', 'all ', { n: 1 });
    expect(readFirstScreen(localStorage, 'explore', 'v1', 'all ', always)).toEqual({ n: 1 });
    expect(readFirstScreen(localStorage, 'explore', 'v2', 'all ', always)).toBeUndefined();
    expect(readFirstScreen(localStorage, 'explore', 'v1', 'tip ', always)).toBeUndefined();
    expect(readFirstScreen(localStorage, 'reading-list', 'v1', 'all ', always)).toBeUndefined();
  });

  it('is dropped, never painted, when damaged or of the wrong shape', () => {
    localStorage.setItem(FIRST_SCREEN_KEYS[0] ?? '', '{not json');
    expect(readFirstScreen(localStorage, 'reading-list', 'v1', 'unread newest', isKeptReading)).toBeUndefined();
    keepFirstScreen(localStorage, 'reading-list', 'v1', 'unread newest', { counts: { unread: 1, read: 0, all: 1 }, entries: [{ row: { id: 'a' } }] });
    expect(readFirstScreen(localStorage, 'reading-list', 'v1', 'unread newest', isKeptReading)).toBeUndefined();
    keepFirstScreen(localStorage, 'history', 'v1', 'newest', { total: -1, entries: [] });
    expect(readFirstScreen(localStorage, 'history', 'v1', 'newest', isKeptHistory)).toBeUndefined();
    keepFirstScreen(localStorage, 'item', 'v1', 'a', { card: { id: 'a', title: 'No kind or summary' } });
    expect(readFirstScreen(localStorage, 'item', 'v1', 'a', isKeptItem)).toBeUndefined();
  });

  it('survives storage that throws, and reads nothing from it', () => {
    const broken = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as Storage;
    expect(() => keepFirstScreen(broken, 'explore', 'v1', '', {})).not.toThrow();
    expect(readFirstScreen(broken, 'explore', 'v1', '', always)).toBeUndefined();
    expect(() => forgetFirstScreens(broken)).not.toThrow();
    expect(readFirstScreen(undefined, 'explore', 'v1', '', always)).toBeUndefined();
  });

  it('is forgotten for the pages named, or for every page (clearing all data)', () => {
    for (const page of ['reading-list', 'explore', 'explore-order', 'history', 'item'] as const) keepFirstScreen(localStorage, page, 'v1', 'x', { page });
    forgetFirstScreens(localStorage, ['reading-list']);
    expect(readFirstScreen(localStorage, 'reading-list', 'v1', 'x', always)).toBeUndefined();
    expect(readFirstScreen(localStorage, 'explore', 'v1', 'x', always)).toEqual({ page: 'explore' });
    forgetFirstScreens(localStorage);
    for (const key of FIRST_SCREEN_KEYS) expect(localStorage.getItem(key)).toBeNull();
  });
});

describe('rows', () => {
  it('keep what a list row shows, and render as the card did', () => {
    const article = card('a', { kind: 'article', minutes: 4, summary: [{ t: 'p', c: [{ t: 'text', v: 'x'.repeat(1000) }] }] });
    const row = rowOf(article);
    expect(row).toEqual({ id: 'a', kind: 'article', title: 'Title a', topic: 'stress', excerpt: 'x'.repeat(320), minutes: 4 });
    expect(cardOf(row)).toMatchObject({ id: 'a', kind: 'article', title: 'Title a', topics: ['stress'], minutes: 4 });
    expect(cardOf(rowOf(card('b'))).summary).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Body of b, gently' }] }]);
    expect(rowOf(card('m', { mine: true, topics: [] }))).toEqual({ id: 'm', kind: 'tip', title: 'Title m', excerpt: 'Body of m, gently', mine: true });
  });
});

describe('what each page keeps', () => {
  it('the reading list: its first rows with their notes, and the counts', () => {
    const view = Array.from({ length: 30 }, (_, i) => ({ card: card(`c${i}`), savedAt: 100 - i, ...(i === 1 ? { readAt: 5 } : {}) }));
    const kept = keptReading({ unread: 29, read: 1, all: 30 }, view, (id) => (id === 'c2' ? 'my note' : undefined));
    expect(kept.entries).toHaveLength(FIRST_ROWS);
    expect(kept.entries.slice(0, 3)).toEqual([
      { row: rowOf(card('c0')), savedAt: 100 },
      { row: rowOf(card('c1')), savedAt: 99, readAt: 5 },
      { row: rowOf(card('c2')), savedAt: 98, note: 'my note' },
    ]);
    expect(isKeptReading(JSON.parse(JSON.stringify(kept)))).toBe(true);
  });

  it('Explore: its sections cut to the first rows in all, and the whole total', () => {
    const sections = [
      { id: 'stress', heading: 'Calming stress', cards: Array.from({ length: 15 }, (_, i) => card(`s${i}`)) },
      { id: 'sleep', heading: 'Sleep', cards: Array.from({ length: 15 }, (_, i) => card(`z${i}`)) },
      { id: 'dbt', heading: 'DBT skills', cards: [card('d')] },
    ];
    const kept = keptExplore(sections);
    expect(kept.total).toBe(31);
    expect(kept.sections.map((s) => [s.id, s.heading, s.rows.length])).toEqual([
      ['stress', 'Calming stress', 15],
      ['sleep', 'Sleep', FIRST_ROWS - 15],
    ]);
    expect(isKeptExplore(JSON.parse(JSON.stringify(kept)))).toBe(true);
    expect(keptExplore([{ id: 'results', cards: [card('a')] }]).sections).toEqual([{ id: 'results', rows: [rowOf(card('a'))] }]);
  });

  it('history: the log, the practice line and the newest reads, an item no longer in Tend without a row', () => {
    const log = readingLog([{ itemId: 'a', at: Date.UTC(2026, 4, 13) }], () => 'stress', Date.UTC(2026, 4, 14), 'Europe/London');
    const entries = [{ id: 'a', at: 3, card: card('a') }, { id: 'gone', at: 2 }];
    const kept = keptHistory(2, entries, log, { count: 1, minutes: 2 });
    expect(kept).toEqual({ total: 2, log, practice: { count: 1, minutes: 2 }, entries: [{ id: 'a', at: 3, row: rowOf(card('a')) }, { id: 'gone', at: 2 }] });
    expect(isKeptHistory(JSON.parse(JSON.stringify(kept)))).toBe(true);
    expect(keptHistory(0, [])).toEqual({ total: 0, entries: [] });
    expect(isKeptHistory({ ...kept, log: { thisWeek: 1, weeks: [{ start: '2026-05-11', total: 1, counts: {} }] } })).toBe(false);
  });

  it('Explore’s order: every id of a view, kept under that view’s filters', () => {
    keepFirstScreen(localStorage, 'explore-order', 'v1', exploreView({ kind: 'tip', topics: ['sleep', 'stress'] }), ['a', 'b']);
    expect(readFirstScreen(localStorage, 'explore-order', 'v1', 'tip sleep,stress', isIdList)).toEqual(['a', 'b']);
    expect(readFirstScreen(localStorage, 'explore-order', 'v1', exploreView({ kind: 'all', topics: [] }), isIdList)).toBeUndefined();
    expect(isIdList(['a', 3])).toBe(false);
  });

  it('an item page: its card', () => {
    expect(isKeptItem({ card: card('a') })).toBe(true);
    expect(isKeptItem({ card: { ...card('a'), summary: [{ t: 'script' }] } })).toBe(false);
  });
});
