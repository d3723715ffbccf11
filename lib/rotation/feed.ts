// The one owner of the rotation: the page that shows an item takes the prepared one (or chooses
// now), records that it was shown, and prepares the next when the page is idle, so the next new
// tab paints at once and the choosing does not compete with this page's loading.
import type { Card } from '../content/types';
import type { Catalog } from '../content/catalog';
import type { TendData } from '../db/tend-data';
import { hasNext, putNext, readCurrent, setCurrent, takeNext, type Marks, type Upcoming } from '../newtab/snapshot';
import { chooseReminder } from './reminders';
import { eligibleLibraryIds } from './pick';
import { marksOf } from '../records';
import { isEligible, type Settings } from '../settings/model';
import { isMineId } from '../mine/model';

export interface FeedDeps {
  data: TendData;
  catalog: Catalog;
  version: string;
  /** The settings now (they can change while a page is open). */
  settings: () => Pick<Settings, 'topics' | 'kinds' | 'reminders' | 'myTips'>;
  /** The page's localStorage; undefined when the browser refuses it (nothing is prepared then). */
  storage: Storage | undefined;
  now: () => number;
  random: () => number;
  /** Resolves when the page is idle; preparing the next item waits for it (default: `whenIdle`). */
  idle?: () => Promise<void>;
}

/**
 * Resolves once the browser is idle (at most a second later), or on the next task where it cannot
 * tell. Preparing the next item then does not compete with the page's own loading.
 */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** Where the benchmark reads how long the rotation's choice took: it must stay fast however large the library and history. */
function measurePick(start: number): void {
  performance.measure('tend:pick', { start, end: performance.now() });
}

export type Feed = ReturnType<typeof createFeed>;

export function createFeed({ data, catalog, version, settings, storage, now, random, idle = whenIdle }: FeedDeps) {
  // Your tips and hidden items, as last read from the database (read again before every choice):
  // the rotation takes your tips with the library's ids and never takes a hidden one.
  let tipIds: readonly string[] = [];
  let hidden: ReadonlySet<string> = new Set();
  async function readMine(): Promise<void> {
    [tipIds, hidden] = await Promise.all([data.mine.tipCardIds(), data.mine.hiddenIds()]);
  }
  /** "Only mine" with no tips of your own yet shows the library, so a new tab is never empty. */
  const effective = () => {
    const current = settings();
    return current.myTips === 'only' && tipIds.length === 0 ? { ...current, myTips: 'both' as const } : current;
  };
  const eligible = (item: Parameters<typeof isEligible>[0] & { id: string }) => !hidden.has(item.id) && isEligible(item, effective());
  // A saved article may come back now and then, but nothing heavy, even saved: it would be on
  // screen unasked, for anyone near it to see.
  const remindable = new Set(catalog.index.filter((e) => e.kind === 'article' && e.sensitive !== true).map((e) => e.id));
  const isRemindable = (id: string) => remindable.has(id) && !hidden.has(id);
  // The library's eligible ids, worked out again only when the settings change (a new settings
  // object): with thousands of items the filter costs more than the choice itself.
  let eligibleFor: object | undefined;
  let libraryIds: string[] = [];
  const currentEligible = (): readonly string[] => {
    const current = settings();
    if (current !== eligibleFor) {
      eligibleFor = current;
      libraryIds = eligibleLibraryIds(catalog.index, current);
    }
    const mode = effective().myTips;
    const library = mode === 'only' ? [] : hidden.size ? libraryIds.filter((id) => !hidden.has(id)) : libraryIds;
    const mine = mode === 'library' ? [] : tipIds.filter((id) => !hidden.has(id));
    return mine.length ? [...library, ...mine] : library;
  };

  /** The card to show with its marks, as the database holds them now. */
  async function withMarks(id: string, savedAt?: number): Promise<Upcoming | undefined> {
    const [card, record] = await Promise.all([isMineId(id) ? data.mine.card(id) : catalog.load(id), data.itemState(id)]);
    if (!card) return undefined;
    const marks = marksOf(record);
    return savedAt === undefined ? { card, marks } : { card, marks, savedAt };
  }

  /** Now and then a saved, unread article comes back instead of the rotation's choice. */
  async function reminder(): Promise<Upcoming | undefined> {
    if (!settings().reminders || settings().myTips === 'only') return undefined;
    await readMine();
    const chosen = chooseReminder(await data.savedUnread(), isRemindable, now(), random);
    if (!chosen) return undefined;
    await data.markReminded(chosen.id, now());
    return withMarks(chosen.id, chosen.savedAt);
  }

  async function fromRotation(): Promise<Upcoming | undefined> {
    await readMine();
    const start = performance.now();
    const id = await data.pick(currentEligible(), now(), random);
    measurePick(start);
    return id === undefined ? undefined : withMarks(id);
  }

  async function prepare(): Promise<void> {
    if (!storage || hasNext(storage, version)) return;
    const next = (await reminder()) ?? (await fromRotation());
    if (next) putNext(storage, version, next);
  }

  // One preparation at a time: items shown in quick succession all wait for the same idle moment,
  // and two preparations would each choose (and use up) an item where only one is kept.
  let preparing: Promise<void> | undefined;
  function prepareNext(): Promise<void> {
    preparing ??= prepare().finally(() => {
      preparing = undefined;
    });
    return preparing;
  }

  return {
    /**
     * Records that `card` went on screen at `at`, then, once the page is idle, prepares the next
     * one if none is waiting. Resolves after both.
     */
    async shown(card: Card, at: number = now()): Promise<void> {
      await data.recordShown(card.id, at);
      await idle();
      await prepareNext();
    },

    /** The item to show now: the prepared one if still eligible, else a fresh choice. Call `shown` once it is on screen. */
    async advance(): Promise<Upcoming | undefined> {
      await readMine();
      const prepared = storage && takeNext(storage, version, now(), (u) => u.savedAt !== undefined || eligible(u.card));
      const next = prepared ?? (await fromRotation());
      if (next && !prepared && storage) setCurrent(storage, version, next, now());
      return next;
    },

    /** Keeps the current item's marks in step with the database, for a first paint that repeats it (the popup, a daily cadence). */
    keepMarks(id: string, marks: Marks): void {
      const current = storage && readCurrent(storage, version);
      if (!storage || current?.card.id !== id || (current.marks.saved === marks.saved && current.marks.read === marks.read)) return;
      setCurrent(storage, version, { ...current, marks }, current.at);
    },

    /** Whether the item still fits the settings (they may have changed under an open page). */
    eligible,

    /** A card this page has loaded (every card, when the page opened the full catalog). */
    card: (id: string): Card | undefined => catalog.get(id),
  };
}
