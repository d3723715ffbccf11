import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { createFeed, whenIdle, type FeedDeps } from '@/lib/rotation/feed';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/model';
import { putNext, readCurrent, takeNext, hasNext, setCurrent } from '@/lib/newtab/snapshot';

const M = { saved: false, read: false };
import type { Card } from '@/lib/content/types';
import { catalogOf } from '@/lib/content/catalog';

const card = (id: string, kind: Card['kind'] = 'tip', topics: Card['topics'] = ['stress']): Card => ({
  id,
  kind,
  title: `Title ${id}`,
  topics,
  summary: [{ t: 'p', c: [{ t: 'text', v: `Body ${id}` }] }],
});
const cards = ['a', 'b', 'c', 'd'].map((id) => card(id));
let dbNames: string[] = [];
const DAY = 86_400_000;

function feedDeps(overrides: Partial<FeedDeps> = {}, settings: Partial<Settings> = {}): FeedDeps {
  const name = `feed-${dbNames.length}-${Math.random()}`;
  dbNames.push(name);
  let clock = 10 * DAY;
  return {
    data: createTendData(new TendDb(name)),
    catalog: catalogOf(cards),
    version: 'v1',
    settings: () => ({ ...DEFAULT_SETTINGS, reminders: false, ...settings }),
    storage: localStorage,
    now: () => clock++,
    random: Math.random,
    idle: () => Promise.resolve(),
    ...overrides,
  };
}

afterEach(async () => {
  await Promise.all(dbNames.map((n) => Dexie.delete(n)));
  dbNames = [];
  vi.unstubAllGlobals();
});

/** An idle moment the test decides: `idle` waits until `arrive()` is called. */
function manualIdle() {
  let arrive = () => {};
  const waiting = new Promise<void>((resolve) => (arrive = resolve));
  return { idle: () => waiting, arrive };
}

const picks = () => performance.getEntriesByName('tend:pick').length;

describe('feed', () => {
  it('on a first visit picks an item, and once it is shown prepares a different next one', async () => {
    const feed = createFeed(feedDeps());
    const first = (await feed.advance())!;
    expect(readCurrent(localStorage, 'v1')?.card.id).toBe(first.card.id);
    await feed.shown(first.card);
    expect(hasNext(localStorage, 'v1')).toBe(true);
    const next = await feed.advance();
    expect(next?.card.id).not.toBe(first.card.id);
  });

  it('goes through every item once before any repeats, across many advances', async () => {
    const feed = createFeed(feedDeps());
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { card: c } = (await feed.advance())!;
      seen.push(c.id);
      await feed.shown(c);
    }
    expect([...seen.slice(0, 4)].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...seen.slice(4)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('does not prepare a second next item while one is waiting', async () => {
    const deps = feedDeps();
    const feed = createFeed(deps);
    const { card: c } = (await feed.advance())!;
    await feed.shown(c);
    const waiting = localStorage.getItem('tend.next');
    await feed.shown(c); // shown again (e.g. a daily cadence keeps the item)
    expect(localStorage.getItem('tend.next')).toBe(waiting);
    expect(await deps.data.itemState(c.id)).toMatchObject({ shownCount: 2 });
  });

  it('skips a prepared item that settings no longer allow', async () => {
    putNext(localStorage, 'v1', { card: card('x', 'article', ['cbt']), marks: M });
    const feed = createFeed(feedDeps({ catalog: catalogOf([...cards, card('x', 'article', ['cbt'])]) }, { kinds: ['tip'] }));
    expect((await feed.advance())?.card.kind).toBe('tip');
  });

  it('now and then brings back a saved, unread article with the time it was saved', async () => {
    const article = card('saved-article', 'article', ['cbt']);
    const deps = feedDeps({ catalog: catalogOf([...cards, article]), random: () => 0 }, { reminders: true });
    await deps.data.save(article.id, 1 * DAY);
    const feed = createFeed(deps);
    await feed.shown(cards[0]!);
    expect(takeNext(localStorage, 'v1', 11 * DAY)).toEqual({ card: article, marks: { saved: true, read: false }, savedAt: DAY });
    expect((await deps.data.itemState(article.id)).remindedAt).toBeDefined();
  });

  it('brings nothing back when reminders are off', async () => {
    const article = card('saved-article', 'article', ['cbt']);
    const deps = feedDeps({ catalog: catalogOf([...cards, article]), random: () => 0 }, { reminders: false });
    await deps.data.save(article.id, 1 * DAY);
    await createFeed(deps).shown(cards[0]!);
    expect(takeNext(localStorage, 'v1', 11 * DAY)?.savedAt).toBeUndefined();
  });

  it('looks up any catalog item by id, and says whether it fits the settings', () => {
    const feed = createFeed(feedDeps({}, { topics: ['cbt'] }));
    expect(feed.card('b')?.title).toBe('Title b');
    expect(feed.card('nope')).toBeUndefined();
    expect(feed.eligible(card('b'))).toBe(false);
    expect(feed.eligible(card('z', 'tip', ['cbt']))).toBe(true);
  });

  it('prepares the next item only once the page is idle, and measures just the choosing', async () => {
    const { idle, arrive } = manualIdle();
    const deps = feedDeps({ idle });
    const feed = createFeed(deps);
    const measured = picks();
    const done = feed.shown(cards[0]!);
    await vi.waitFor(async () => expect(await deps.data.itemState('a')).toMatchObject({ shownCount: 1 }));
    expect(hasNext(localStorage, 'v1')).toBe(false);
    expect(picks()).toBe(measured);
    arrive();
    await done;
    expect(hasNext(localStorage, 'v1')).toBe(true);
    expect(picks()).toBe(measured + 1);
  });

  it('prepares one next item, not one each, for items shown in quick succession', async () => {
    const { idle, arrive } = manualIdle();
    const deps = feedDeps({ idle });
    const feed = createFeed(deps);
    const shown = [feed.shown(cards[0]!), feed.shown(cards[1]!), feed.shown(cards[2]!)];
    arrive();
    await Promise.all(shown);
    const records = await Promise.all(cards.map((c) => deps.data.itemState(c.id)));
    // Each pick uses up an item for the cycle: a second one, never shown, would be lost to it.
    expect(records.filter((r) => r.pickedAt !== undefined && r.lastShownAt === undefined)).toHaveLength(1);
  });
});

describe('whenIdle', () => {
  it('waits for the browser to be idle, for a second at most', async () => {
    let callback: (() => void) | undefined;
    const requestIdleCallback = vi.fn((cb: () => void, _options: IdleRequestOptions) => {
      callback = cb;
      return 1;
    });
    vi.stubGlobal('requestIdleCallback', requestIdleCallback);
    let idle = false;
    const waiting = whenIdle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    expect(requestIdleCallback.mock.calls[0]?.[1]).toEqual({ timeout: 1000 });
    callback?.();
    await waiting;
    expect(idle).toBe(true);
  });

  it('resolves on a later task where the browser cannot say when it is idle', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    let idle = false;
    const waiting = whenIdle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    await waiting;
    expect(idle).toBe(true);
  });
});

describe('feed: what the first paint needs', () => {
  it('prepares the next item with its saved/read marks, so the first frame shows them', async () => {
    const deps = feedDeps({ catalog: catalogOf([card('b')]) }); // the only item the rotation can choose
    await deps.data.save('b', 1);
    await deps.data.markRead('b', 2);
    const feed = createFeed(deps);
    await feed.shown(card('a'));
    expect(takeNext(localStorage, 'v1', 3)).toEqual({ card: card('b'), marks: { saved: true, read: true } });
  });

  it('keeps the current item’s marks in step, and leaves another item’s alone', async () => {
    const feed = createFeed(feedDeps());
    setCurrent(localStorage, 'v1', { card: card('a'), marks: M }, 7);
    feed.keepMarks('a', { saved: true, read: false });
    expect(readCurrent(localStorage, 'v1')).toEqual({ card: card('a'), marks: { saved: true, read: false }, at: 7 });
    feed.keepMarks('b', { saved: false, read: true });
    expect(readCurrent(localStorage, 'v1')?.marks).toEqual({ saved: true, read: false });
  });

  it('never puts a sensitive item on screen unasked', async () => {
    const heavy: Card = { ...card('heavy'), sensitive: true };
    const feed = createFeed(feedDeps({ catalog: catalogOf([heavy, card('a'), card('b')]) }));
    for (let i = 0; i < 9; i++) {
      const next = (await feed.advance())!;
      expect(next.card.id).not.toBe('heavy');
      await feed.shown(next.card);
    }
    expect(feed.eligible(heavy)).toBe(false);
  });

  it('prepares nothing, and still chooses, when the browser has no localStorage', async () => {
    const feed = createFeed(feedDeps({ storage: undefined }));
    const first = (await feed.advance())!;
    await feed.shown(first.card);
    expect(localStorage.length).toBe(0);
    expect((await feed.advance())?.card.id).not.toBe(first.card.id);
  });
});

