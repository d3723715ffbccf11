import { describe, expect, it } from 'vitest';
import { clearSnapshot, hasNext, isCard, keepWaiting, putNext, readCurrent, readWaiting, setCurrent, SNAPSHOT_KEYS, takeNext } from '@/lib/newtab/snapshot';
import type { Card } from '@/lib/content/types';

const card = (id: string): Card => ({ id, kind: 'tip', title: `Title ${id}`, topics: ['stress'], summary: [{ t: 'p', c: [{ t: 'text', v: `Body ${id}` }] }] });
const M = { saved: false, read: false };

describe('the snapshot (the synchronous first-paint store)', () => {
  it('hands the prepared item to exactly one page and makes it current', () => {
    putNext(localStorage, 'v1', { card: card('a'), marks: M });
    expect(takeNext(localStorage, 'v1', 5)).toEqual({ card: card('a'), marks: M });
    expect(takeNext(localStorage, 'v1', 6)).toBeUndefined();
    expect(readCurrent(localStorage, 'v1')).toEqual({ card: card('a'), marks: M, at: 5 });
  });

  it('keeps the saved/read marks and the reminder time with the item', () => {
    const marks = { saved: true, read: true };
    putNext(localStorage, 'v1', { card: card('a'), marks, savedAt: 3 });
    expect(takeNext(localStorage, 'v1', 5)).toEqual({ card: card('a'), marks, savedAt: 3 });
    expect(readCurrent(localStorage, 'v1')).toEqual({ card: card('a'), marks, savedAt: 3, at: 5 });
  });

  it('drops a prepared item the caller no longer accepts, without making it current', () => {
    putNext(localStorage, 'v1', { card: card('a'), marks: M });
    expect(takeNext(localStorage, 'v1', 5, () => false)).toBeUndefined();
    expect(hasNext(localStorage, 'v1')).toBe(false);
    expect(readCurrent(localStorage, 'v1')).toBeUndefined();
  });

  it('ignores a snapshot from another catalog version', () => {
    putNext(localStorage, 'old', { card: card('a'), marks: M });
    expect(takeNext(localStorage, 'v1', 1)).toBeUndefined();
  });

  it('survives storage that refuses writes', () => {
    const full = {
      getItem: () => null,
      removeItem: () => undefined,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => setCurrent(full, 'v1', { card: card('a'), marks: M }, 1)).not.toThrow();
    expect(hasNext(full, 'v1')).toBe(false);
  });

  it('forgets both items and the count when all data is cleared', () => {
    putNext(localStorage, 'v1', { card: card('a'), marks: { saved: true, read: false }, savedAt: 3 });
    setCurrent(localStorage, 'v1', { card: card('b'), marks: M }, 1);
    keepWaiting(localStorage, 4);
    expect(readWaiting(localStorage)).toBe(4);
    clearSnapshot(localStorage);
    for (const key of SNAPSHOT_KEYS) expect(localStorage.getItem(key)).toBeNull();
    expect(readCurrent(localStorage, 'v1')).toBeUndefined();
    expect(readWaiting(localStorage)).toBeUndefined();
  });
});

describe('case 33: damaged snapshots are dropped, never painted', () => {
  const summary = card('a').summary;
  const damaged: [string, unknown][] = [
    ['not JSON', '{not json'],
    ['null', null],
    ['a list', [1]],
    ['a card with a numeric id', { id: 3, kind: 'tip', title: 't', topics: [], summary }],
    ['a summary of [null]', { ...card('a'), summary: [null] }],
    ['a paragraph of [null]', { ...card('a'), summary: [{ t: 'p', c: [null] }] }],
    ['text that is not text', { ...card('a'), summary: [{ t: 'p', c: [{ t: 'text', v: 5 }] }] }],
    ['an unknown block', { ...card('a'), summary: [{ t: 'script', c: [] }] }],
    ['a link without an address', { ...card('a'), summary: [{ t: 'p', c: [{ t: 'link', c: [] }] }] }],
    ['list items that are not lists', { ...card('a'), summary: [{ t: 'ul', items: [{ t: 'p', c: [] }] }] }],
    ['an unknown kind', { ...card('a'), kind: 'video' }],
    ['topics of [null]', { ...card('a'), topics: [null] }],
    ['minutes as text', { ...card('a'), minutes: '3' }],
  ];

  it.each(damaged)('%s', (_, value) => {
    const stored = typeof value === 'string' ? value : JSON.stringify({ version: 'v1', card: value, marks: M });
    localStorage.setItem('tend.next', stored);
    localStorage.setItem('tend.current', stored);
    expect(takeNext(localStorage, 'v1', 1)).toBeUndefined();
    expect(readCurrent(localStorage, 'v1')).toBeUndefined();
    expect(localStorage.getItem('tend.next')).toBeNull(); // taken away: the next tab does not trip on it either
  });

  it('reads odd marks and times as nothing, keeping the card', () => {
    localStorage.setItem('tend.current', JSON.stringify({ version: 'v1', card: card('a'), marks: { saved: 'yes' }, savedAt: 'x', at: null }));
    expect(readCurrent(localStorage, 'v1')).toEqual({ card: card('a'), marks: M, at: 0 });
  });

  it('accepts every shape a real card has', () => {
    const rich: Card = {
      ...card('a'),
      kind: 'article',
      minutes: 3,
      practice: 'breathing',
      summary: [
        { t: 'h', level: 2, c: [{ t: 'text', v: 'h' }] },
        { t: 'p', c: [{ t: 'em', c: [{ t: 'strong', c: [{ t: 'link', href: 'tend:help', c: [{ t: 'text', v: 'x' }] }] }] }] },
        { t: 'ol', items: [[{ t: 'p', c: [] }], [{ t: 'quote', c: [{ t: 'p', c: [] }] }]] },
      ],
    };
    expect(isCard(rich)).toBe(true);
  });
});
