// Your tips in the rotation, and "not for me" (issue 17): the three modes, hidden items never
// picked, and a personal tip carried by the first-paint snapshot.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createFeed } from '@/lib/rotation/feed';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { DEFAULT_SETTINGS, isEligible, type MyTipsMode } from '@/lib/settings/model';
import { catalogOf } from '@/lib/content/catalog';
import type { Card } from '@/lib/content/types';
import { firstPaint } from '@/lib/newtab/first-paint';
import { writeMirror } from '@/lib/settings/mirror';

const card = (id: string): Card => ({ id, kind: 'tip', title: `Title ${id}`, topics: ['stress'], summary: [{ t: 'p', c: [{ t: 'text', v: id }] }] });
const library = ['a', 'b', 'c'].map(card);
let names: string[] = [];
let data: TendData;
let clock = 0;
let mode: MyTipsMode = 'both';

beforeEach(() => {
  const name = `mine-feed-${names.length}-${Math.random()}`;
  names.push(name);
  data = createTendData(new TendDb(name));
  clock = 1_000_000;
  mode = 'both';
  localStorage.clear();
});

afterEach(async () => {
  data.db.close();
  await Promise.all(names.map((n) => Dexie.delete(n)));
  names = [];
});

const settings = { ...DEFAULT_SETTINGS, reminders: false };
const feed = () =>
  createFeed({
    data,
    catalog: catalogOf(library),
    version: 'v1',
    settings: () => ({ ...settings, myTips: mode }),
    storage: localStorage,
    now: () => clock++,
    random: Math.random,
    idle: () => Promise.resolve(),
  });

/** The ids of `n` items in a row, each shown before the next. */
async function shownIds(n: number): Promise<string[]> {
  const f = feed();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const next = await f.advance();
    if (!next) break;
    ids.push(next.card.id);
    await f.shown(next.card);
  }
  return ids;
}

async function addTips(...texts: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) {
    const added = await data.mine.addTip({ text }, clock++, Math.random);
    if (added.ok) ids.push(`mine-${added.value.id}`);
  }
  return ids;
}

describe('your tips in the rotation', () => {
  it('"library and mine" (the default) shows both, every one once a cycle', async () => {
    const mine = await addTips('Mine one', 'Mine two');
    const ids = await shownIds(5);
    expect(new Set(ids)).toEqual(new Set(['a', 'b', 'c', ...mine]));
  });

  it('"only mine" shows only your tips, as yours', async () => {
    const mine = await addTips('Mine one', 'Mine two');
    mode = 'only';
    const f = feed();
    const first = await f.advance();
    expect(first?.card).toMatchObject({ mine: true, kind: 'tip' });
    const ids = await shownIds(6);
    expect(new Set(ids)).toEqual(new Set(mine));
  });

  it('"only mine" with no tips yet shows the library (a new tab is never empty)', async () => {
    mode = 'only';
    expect(new Set(await shownIds(3))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('"library only" never shows your tips', async () => {
    await addTips('Mine one');
    mode = 'library';
    expect(new Set(await shownIds(6))).toEqual(new Set(['a', 'b', 'c']));
  });

  it('a removed tip is not shown again', async () => {
    const [gone, kept] = await addTips('Going', 'Staying');
    await data.mine.removeTip(gone!.slice('mine-'.length));
    mode = 'only';
    expect(new Set(await shownIds(4))).toEqual(new Set([kept]));
  });
});

describe('not for me', () => {
  it('a hidden item is never picked, and comes back once unhidden', async () => {
    await data.mine.hide('b', clock);
    expect(new Set(await shownIds(6))).toEqual(new Set(['a', 'c']));
    await data.mine.unhide('b');
    expect(new Set(await shownIds(6))).toContain('b');
  });

  it('a prepared next item that was hidden since is not shown', async () => {
    const f = feed();
    const first = (await f.advance())!;
    await f.shown(first.card); // prepares the next
    const prepared = JSON.parse(localStorage.getItem('tend.next') ?? 'null') as { card: Card };
    await data.mine.hide(prepared.card.id, clock);
    const next = await f.advance();
    expect(next?.card.id).not.toBe(prepared.card.id);
  });
});

describe('first paint of a personal tip', () => {
  it('a prepared personal tip paints in the first frame, and the mode decides', async () => {
    await addTips('Mine <b>only</b>');
    mode = 'only';
    const f = feed();
    await f.shown((await f.advance())!.card); // prepares the next
    writeMirror(localStorage, { ...settings, myTips: 'only' });
    const paint = firstPaint(localStorage, 'v1', clock);
    expect(paint.initial?.card).toMatchObject({ mine: true, summary: [{ t: 'p', c: [{ t: 'text', v: 'Mine <b>only</b>' }] }] });
  });

  it('eligibility: your tips whatever the topics and kinds chosen, unless "library only"; library items not in "only mine"', () => {
    const mine: Card = { ...card('mine-abcdefghij'), topics: [], mine: true };
    const narrow = { topics: ['sleep' as const], kinds: ['article' as const] };
    expect(isEligible(mine, { ...narrow, myTips: 'both' })).toBe(true);
    expect(isEligible(mine, { ...narrow, myTips: 'library' })).toBe(false);
    expect(isEligible(card('a'), { ...DEFAULT_SETTINGS, myTips: 'only' })).toBe(false);
    expect(isEligible(card('a'), { ...DEFAULT_SETTINGS, myTips: 'both' })).toBe(true);
  });
});
