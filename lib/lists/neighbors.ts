// Item pages: the items before and after one in the list it was opened from, and a few related
// items. Pure: the list and the catalog come in as arguments.
import type { Card } from '../content/types';

export interface Neighbors {
  previous?: string;
  next?: string;
  /** 1-based place in the list, and its length; undefined when the item is not in it. */
  place?: number;
  total: number;
}

export function neighbors(ids: readonly string[], id: string): Neighbors {
  const i = ids.indexOf(id);
  if (i < 0) return { total: ids.length };
  return { previous: ids[i - 1], next: ids[i + 1], place: i + 1, total: ids.length };
}

/**
 * Up to `count` other items of the same primary topic: those that follow the item in the catalog's
 * order, wrapping round, so each item has its own stable few. Sensitive items only beside sensitive ones.
 */
export function related(cards: readonly Card[], card: Card, count = 3): Card[] {
  const topic = card.topics[0];
  const same = cards.filter((c) => c.topics[0] === topic && (c.sensitive === undefined || card.sensitive !== undefined));
  const at = same.findIndex((c) => c.id === card.id);
  const ordered = at < 0 ? same : [...same.slice(at + 1), ...same.slice(0, at)];
  return ordered.filter((c) => c.id !== card.id).slice(0, count);
}
