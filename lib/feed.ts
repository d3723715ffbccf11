// Moves a page from one item to the next: takes the prepared item (or picks one now), records
// that it was shown, and prepares the one after when the page is idle, so the next new tab paints
// without waiting and the pick does not compete with this page's loading.
import type { Card, IndexEntry } from './content/types';
import type { Catalog } from './content/catalog';
import type { TendData } from './db/tend-data';
import { chooseReminder } from './reminders';
import { isEligible, type Settings } from './settings/model';
import { measurePick } from './shown';
import { hasNext, putNext, setCurrent, takeNext, type Upcoming } from './upcoming';

export interface FeedDeps {
  data: TendData;
  catalog: Catalog;
  version: string;
  /** The settings now (they can change while a page is open). */
  settings: () => Pick<Settings, 'topics' | 'kinds' | 'reminders'>;
  storage: Storage;
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

/** What choosing needs: no page storage, so the background can choose too. */
export type ChooserDeps = Pick<FeedDeps, 'data' | 'catalog' | 'settings' | 'now' | 'random'>;

/** The next item and, when the rotation chose it (not a reminder), how long choosing took. */
export interface Choice {
  upcoming?: Upcoming;
  pickMs?: number;
}

export type Chooser = ReturnType<typeof createChooser>;

/** Chooses the next item: now and then a saved article as a reminder, else the rotation's pick. */
export function createChooser({ data, catalog, settings, now, random }: ChooserDeps) {
  const entries = new Map(catalog.index.map((e) => [e.id, e]));
  const eligible = (item: IndexEntry) => isEligible(item, settings());
  const isArticle = (id: string) => entries.get(id)?.kind === 'article';
  // The eligible ids, worked out again only when the settings change (a new settings object), not
  // on every pick: with thousands of items the filter costs more than the pick itself.
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
  currentEligible();

  async function pickUpcoming(): Promise<Choice> {
    const ids = currentEligible();
    const start = performance.now();
    const id = await data.pick(ids, now(), random);
    const pickMs = performance.now() - start;
    const card = id === undefined ? undefined : await catalog.load(id);
    return card ? { upcoming: { card }, pickMs } : { pickMs };
  }

  /** Now and then a saved, unread article instead of the rotation's pick. */
  async function reminder(): Promise<Upcoming | undefined> {
    if (!settings().reminders) return undefined;
    const chosen = chooseReminder(await data.savedUnread(), isArticle, now(), random);
    const card = chosen && (await catalog.load(chosen.id));
    if (!chosen || !card) return undefined;
    await data.markReminded(card.id, now());
    return { card, savedAt: chosen.savedAt };
  }

  return {
    pick: pickUpcoming,
    async choose(): Promise<Choice> {
      const upcoming = await reminder();
      return upcoming ? { upcoming } : pickUpcoming();
    },
    eligible,
  };
}

export type Feed = ReturnType<typeof createFeed>;

export function createFeed(deps: FeedDeps) {
  const { data, catalog, version, storage, now, idle = whenIdle } = deps;
  const chooser = createChooser(deps);
  const { eligible } = chooser;

  const measured = ({ upcoming, pickMs }: Choice): Upcoming | undefined => {
    if (pickMs !== undefined) measurePick(pickMs);
    return upcoming;
  };
  const pickUpcoming = async () => measured(await chooser.pick());

  async function prepare(): Promise<void> {
    if (hasNext(storage, version)) return;
    const upcoming = measured(await chooser.choose());
    if (upcoming) putNext(storage, version, upcoming);
  }

  // One preparation at a time: items shown in quick succession all wait for the same idle moment,
  // and two preparations would each pick (and use up) an item where only one is kept.
  let preparing: Promise<void> | undefined;
  function prepareNext(): Promise<void> {
    preparing ??= prepare().finally(() => {
      preparing = undefined;
    });
    return preparing;
  }

  return {
    /**
     * Records that `card` is on screen (since `at`), then, once the page is idle, prepares the next
     * one if none is waiting. Resolves after both (the page's write notice follows the preparation too).
     */
    async shown(card: Card, at: number = now()): Promise<void> {
      await data.recordShown(card.id, at);
      await idle();
      await prepareNext();
    },

    /** The item to show now: the prepared one if still eligible, else a fresh pick. Call `shown` once it is on screen. */
    async advance(): Promise<Upcoming | undefined> {
      const prepared = takeNext(storage, version, now(), (u) => u.savedAt !== undefined || eligible(u.card));
      const upcoming = prepared ?? (await pickUpcoming());
      if (upcoming && !prepared) setCurrent(storage, version, upcoming, now());
      return upcoming;
    },

    /** Whether the item still fits the settings (they may have changed under an open page). */
    eligible,

    /** A card this page has loaded (every card, when the page opened the full catalog). */
    card: (id: string): Card | undefined => catalog.get(id),
  };
}
