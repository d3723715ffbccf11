import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createFeed, type FeedDeps } from '@/lib/feed';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { DEFAULT_CONTENT_SETTINGS } from '@/lib/settings';
import { putNext, readCurrent, takeNext, hasNext, setCurrent } from '@/lib/upcoming';
import type { Card } from '@/lib/content/types';

const card = (id: string, kind: Card['kind'] = 'tip', topics: Card['topics'] = ['stress']): Card => ({
  id,
  kind,
  title: `Title ${id}`,
  topics,
  summary: [{ t: 'p', c: [{ t: 'text', v: `Body ${id}` }] }],
});
const cards = ['a', 'b', 'c', 'd'].map((id) => card(id));
let dbNames: string[] = [];

function feedDeps(overrides: Partial<FeedDeps> = {}): FeedDeps {
  const name = `feed-${dbNames.length}-${Math.random()}`;
  dbNames.push(name);
  let clock = 1000;
  return {
    data: createTendData(new TendDb(name)),
    cards,
    version: 'v1',
    settings: DEFAULT_CONTENT_SETTINGS,
    storage: localStorage,
    now: () => clock++,
    random: Math.random,
    ...overrides,
  };
}

afterEach(async () => {
  await Promise.all(dbNames.map((n) => Dexie.delete(n)));
  dbNames = [];
});

describe('upcoming (the synchronous first-paint store)', () => {
  it('hands the prepared item to exactly one page and makes it current', () => {
    putNext(localStorage, 'v1', card('a'));
    expect(takeNext(localStorage, 'v1', 5)?.id).toBe('a');
    expect(takeNext(localStorage, 'v1', 6)).toBeUndefined();
    expect(readCurrent(localStorage, 'v1')).toEqual({ card: card('a'), at: 5 });
  });

  it('ignores a snapshot from another catalog version, or a damaged one', () => {
    putNext(localStorage, 'old', card('a'));
    expect(takeNext(localStorage, 'v1', 1)).toBeUndefined();
    localStorage.setItem('tend.next', '{not json');
    expect(takeNext(localStorage, 'v1', 1)).toBeUndefined();
    localStorage.setItem('tend.current', JSON.stringify({ version: 'v1', card: { id: 3 } }));
    expect(readCurrent(localStorage, 'v1')).toBeUndefined();
  });

  it('survives storage that refuses writes', () => {
    const full = { ...localStorage, getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } } as unknown as Storage;
    expect(() => setCurrent(full, 'v1', card('a'), 1)).not.toThrow();
    expect(hasNext(full, 'v1')).toBe(false);
  });
});

describe('feed', () => {
  it('on a first visit picks an item, and once it is shown prepares a different next one', async () => {
    const feed = createFeed(feedDeps());
    const first = await feed.advance();
    expect(first).toBeDefined();
    expect(readCurrent(localStorage, 'v1')?.card.id).toBe(first?.id);
    await feed.shown(first!);
    expect(hasNext(localStorage, 'v1')).toBe(true);
    const next = await feed.advance();
    expect(next?.id).not.toBe(first?.id);
  });

  it('goes through every item once before any repeats, across many advances', async () => {
    const feed = createFeed(feedDeps());
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const c = (await feed.advance())!;
      seen.push(c.id);
      await feed.shown(c);
    }
    expect([...seen.slice(0, 4)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...seen.slice(4)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('records showings in the database', async () => {
    const deps = feedDeps();
    const feed = createFeed(deps);
    const c = (await feed.advance())!;
    await feed.shown(c);
    expect(await deps.data.itemState(c.id)).toMatchObject({ shownCount: 1 });
  });

  it('skips a prepared item that settings no longer allow', async () => {
    putNext(localStorage, 'v1', card('x', 'article', ['cbt']));
    const feed = createFeed(feedDeps({ cards: [...cards, card('x', 'article', ['cbt'])], settings: { ...DEFAULT_CONTENT_SETTINGS, kinds: ['tip'] } }));
    const c = await feed.advance();
    expect(c?.kind).toBe('tip');
  });

  it('looks up any catalog item by id', () => {
    const feed = createFeed(feedDeps());
    expect(feed.card('b')?.title).toBe('Title b');
    expect(feed.card('nope')).toBeUndefined();
  });
});
