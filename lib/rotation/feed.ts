// The one owner of the rotation: the page that shows an item takes the prepared one (or chooses
// now), records that it was shown, and prepares the next when the page is idle, so the next new
// tab paints at once and the choosing does not compete with this page's loading.
import type { Card } from '../content/types';
import type { Catalog } from '../content/catalog';
import type { TendData } from '../db/tend-data';
import { hasNext, putNext, readCurrent, setCurrent, takeNext, type Marks, type Upcoming } from '../newtab/snapshot';
import { chooseReminder } from './reminders';
import { marksOf } from '../records';
import { isEligible, type Settings } from '../settings/model';

export interface FeedDeps {
  data: TendData;
  catalog: Catalog;
  version: string;
  /** The settings now (they can change while a page is open). */
  settings: () => Pick<Settings, 'topics' | 'kinds' | 'reminders'>;
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
  const eligible = (item: Parameters<typeof isEligible>[0]) => isEligible(item, settings());
  // A saved article may come back now and then, but nothing heavy, even saved: it would be on
  // screen unasked, for anyone near it to see.
  const remindable = new Set(catalog.index.filter((e) => e.kind === 'article' && e.sensitive !== true).map((e) => e.id));
  const isRemindable = (id: string) => remindable.has(id);
  // The eligible ids, worked out again only when the settings change (a new settings object): with
  // thousands of items the filter costs more than the choice itself.
  let eligibleFor: object | undefined;
  let eligibleIds: string[] = [];
  const currentEligible = (): readonly string[] => {
    const current = settings();
    if (current !== eligibleFor) {
      eligibleFor = current;
      eligibleIds = catalog.index.filter(eligible).map((e) => e.id);
    }
    return eligibleIds;
  };

  /** The card to show with its marks, as the database holds them now. */
  async function withMarks(id: string, savedAt?: number): Promise<Upcoming | undefined> {
    const [card, record] = await Promise.all([catalog.load(id), data.itemState(id)]);
    if (!card) return undefined;
    const marks = marksOf(record);
    return savedAt === undefined ? { card, marks } : { card, marks, savedAt };
  }

  /** Now and then a saved, unread article comes back instead of the rotation's choice. */
  async function reminder(): Promise<Upcoming | undefined> {
    if (!settings().reminders) return undefined;
    const chosen = chooseReminder(await data.savedUnread(), isRemindable, now(), random);
    if (!chosen) return undefined;
    await data.markReminded(chosen.id, now());
    return withMarks(chosen.id, chosen.savedAt);
  }

  async function fromRotation(): Promise<Upcoming | undefined> {
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
