// Moves a page from one item to the next: takes the prepared item (or picks one now), records
// that it was shown, and prepares the one after, so the next new tab paints without waiting.
import type { Card } from './content/types';
import type { TendData } from './db/tend-data';
import { isEligible, type ContentSettings } from './settings';
import { putNext, setCurrent, takeNext } from './upcoming';

export interface FeedDeps {
  data: TendData;
  cards: readonly Card[];
  version: string;
  settings: ContentSettings;
  storage: Storage;
  now: () => number;
  random: () => number;
}

export type Feed = ReturnType<typeof createFeed>;

export function createFeed({ data, cards, version, settings, storage, now, random }: FeedDeps) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const eligibleIds = cards.filter((c) => isEligible(c, settings)).map((c) => c.id);

  async function pickCard(): Promise<Card | undefined> {
    const id = await data.pick(eligibleIds, now(), random);
    return id === undefined ? undefined : byId.get(id);
  }

  async function prepareNext(): Promise<void> {
    const card = await pickCard();
    if (card) putNext(storage, version, card);
  }

  return {
    /** Records that `card` is on screen, then prepares the next one. */
    async shown(card: Card): Promise<void> {
      await data.recordShown(card.id, now());
      await prepareNext();
    },

    /** The item to show now: the prepared one if it is still eligible, else a fresh pick. Call `shown` once it is on screen. */
    async advance(): Promise<Card | undefined> {
      const prepared = takeNext(storage, version, now());
      const card = prepared && eligibleIds.includes(prepared.id) ? prepared : await pickCard();
      if (card) setCurrent(storage, version, card, now());
      return card;
    },

    card: (id: string): Card | undefined => byId.get(id),
  };
}
