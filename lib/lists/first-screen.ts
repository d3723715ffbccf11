// A list page's first screen (its first rows and counts), kept in localStorage by the page once it
// has shown its real data, so the next visit paints it synchronously, before the database and the
// library load, and the live rows then take its place. Like the new tab's snapshot, anything read
// back is checked: missing, blocked, another build's or damaged storage only means no first screen.
// Kept for one view each (the filter and sort it was made for); lib/db forgets them when what they
// show is removed (an item unsaved, history cleared, data imported or cleared).
import type { Card, ItemKind, TopicId } from '../content/types';
import { plainText } from '../content/text';
import { isList, isObject } from '../newtab/snapshot';

/** 'explore-order': every id Explore lists in a view, so an item page opened from it finds its previous and next without loading every card. */
export type FirstScreenPage = 'reading-list' | 'explore' | 'explore-order' | 'history' | 'item';

const PAGES: readonly FirstScreenPage[] = ['reading-list', 'explore', 'explore-order', 'history', 'item'];
const keyOf = (page: FirstScreenPage) => `tend.first.${page}`;

/** Every localStorage key a first screen uses (clearing all data removes them). */
export const FIRST_SCREEN_KEYS: readonly string[] = PAGES.map(keyOf);

/** How many rows a first screen keeps: more than the tallest window shows before scrolling. */
export const FIRST_ROWS = 20;

/** Enough of an excerpt for the two lines a row shows. */
const EXCERPT = 320;

/** A row as a list shows it: no body, a short excerpt. */
export interface Row {
  id: string;
  kind: ItemKind;
  title: string;
  topic?: TopicId;
  excerpt: string;
  minutes?: number;
  mine?: true;
}

export function rowOf(card: Card): Row {
  const { id, kind, title, topics, minutes, mine } = card;
  return {
    id,
    kind,
    title,
    ...(topics[0] ? { topic: topics[0] } : {}),
    excerpt: plainText(card.summary).slice(0, EXCERPT),
    ...(minutes ? { minutes } : {}),
    ...(mine ? { mine } : {}),
  };
}

/** A card that renders as the row did (its summary is the excerpt). */
export function cardOf(row: Row): Card {
  const { id, kind, title, topic, excerpt, minutes, mine } = row;
  return {
    id,
    kind,
    title,
    topics: topic ? [topic] : [],
    summary: [{ t: 'p', c: [{ t: 'text', v: excerpt }] }],
    ...(minutes ? { minutes } : {}),
    ...(mine ? { mine } : {}),
  };
}

export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isIdList = (v: unknown): v is string[] => isList(v, (id): id is string => typeof id === 'string');

export function isRow(v: unknown): v is Row {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    (v.kind === 'tip' || v.kind === 'article') &&
    typeof v.title === 'string' &&
    (v.topic === undefined || typeof v.topic === 'string') &&
    typeof v.excerpt === 'string' &&
    (v.minutes === undefined || isCount(v.minutes)) &&
    (v.mine === undefined || v.mine === true)
  );
}

/**
 * The first screen kept for `page` in `view` by this build (`version`: the catalog's), if `check`
 * accepts its data; otherwise undefined.
 */
export function readFirstScreen<T>(storage: Storage | undefined, page: FirstScreenPage, version: string, view: string, check: (v: unknown) => v is T): T | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(storage?.getItem(keyOf(page)) ?? 'null');
  } catch {
    return undefined; // blocked storage, or not JSON
  }
  if (!isObject(kept) || kept.version !== version || kept.view !== view || !check(kept.data)) return undefined;
  return kept.data;
}

export function keepFirstScreen(storage: Storage | undefined, page: FirstScreenPage, version: string, view: string, data: unknown): void {
  try {
    storage?.setItem(keyOf(page), JSON.stringify({ version, view, data }));
  } catch {
    // Storage full or blocked: the next visit paints after loading, as before.
  }
}

/** Forgets the first screens of `pages` (all of them by default). */
export function forgetFirstScreens(storage: Storage | undefined, pages: readonly FirstScreenPage[] = PAGES): void {
  for (const page of pages) {
    try {
      storage?.removeItem(keyOf(page));
    } catch {
      // Blocked storage holds nothing to forget.
    }
  }
}
