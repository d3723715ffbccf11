// What each list page keeps as its first screen (lib/lists/first-screen.ts), how it is made from
// the live data and how a stored one is checked before it is painted. Pure.
import { TOPICS, type Card } from '../content/types';
import type { ReadingLogData } from '../history';
import type { PracticeWeek } from '../practice/log';
import type { ReadFilter } from './reading';
import { isCard, isList, isObject } from '../newtab/snapshot';
import { FIRST_ROWS, isCount, isRow, isTime, rowOf, type Row } from './first-screen';

export interface KeptReading {
  counts: Record<ReadFilter, number>;
  entries: { row: Row; savedAt: number; readAt?: number; note?: string }[];
}

export interface KeptExplore {
  /** How many items the whole view lists. */
  total: number;
  sections: { id: string; heading?: string; rows: Row[] }[];
}

export interface KeptHistory {
  total: number;
  log?: ReadingLogData;
  practice?: PracticeWeek;
  /** The newest reads; `row` is missing for an item no longer in Tend. */
  entries: { id: string; at: number; row?: Row }[];
}

/** The reading list's first screen: the view's first rows (with their notes) and the counts. */
export function keptReading(
  counts: Record<ReadFilter, number>,
  view: readonly { card: Card; savedAt: number; readAt?: number }[],
  noteOf: (id: string) => string | undefined,
): KeptReading {
  return {
    counts,
    entries: view.slice(0, FIRST_ROWS).map(({ card, savedAt, readAt }) => {
      const note = noteOf(card.id);
      return { row: rowOf(card), savedAt, ...(readAt === undefined ? {} : { readAt }), ...(note ? { note } : {}) };
    }),
  };
}

/** Explore's first screen: its sections cut to the first rows, and the total they came from. */
export function keptExplore(sections: readonly { id: string; heading?: string; cards: readonly Card[] }[]): KeptExplore {
  let left = FIRST_ROWS;
  const kept: KeptExplore['sections'] = [];
  for (const s of sections) {
    if (left <= 0) break;
    const rows = s.cards.slice(0, left).map(rowOf);
    left -= rows.length;
    kept.push({ id: s.id, ...(s.heading ? { heading: s.heading } : {}), rows });
  }
  return { total: sections.reduce((n, s) => n + s.cards.length, 0), sections: kept };
}

/** History's first screen: the reading log as shown, and the newest reads. */
export function keptHistory(total: number, entries: readonly { id: string; at: number; card?: Card }[], log?: ReadingLogData, practice?: PracticeWeek): KeptHistory {
  return {
    total,
    ...(log ? { log } : {}),
    ...(practice ? { practice } : {}),
    entries: entries.slice(0, FIRST_ROWS).map(({ id, at, card }) => ({ id, at, ...(card ? { row: rowOf(card) } : {}) })),
  };
}

const isCounts = (v: unknown): v is Record<ReadFilter, number> => isObject(v) && isCount(v.unread) && isCount(v.read) && isCount(v.all);

export function isKeptReading(v: unknown): v is KeptReading {
  return (
    isObject(v) &&
    isCounts(v.counts) &&
    isList(v.entries, (e): e is KeptReading['entries'][number] =>
      isObject(e) && isRow(e.row) && isTime(e.savedAt) && (e.readAt === undefined || isTime(e.readAt)) && (e.note === undefined || typeof e.note === 'string'),
    )
  );
}

export function isKeptExplore(v: unknown): v is KeptExplore {
  return (
    isObject(v) &&
    isCount(v.total) &&
    isList(v.sections, (s): s is KeptExplore['sections'][number] =>
      isObject(s) && typeof s.id === 'string' && (s.heading === undefined || typeof s.heading === 'string') && isList(s.rows, isRow),
    )
  );
}

function isLog(v: unknown): v is ReadingLogData {
  return (
    isObject(v) &&
    isCount(v.thisWeek) &&
    isList(v.weeks, (w): w is ReadingLogData['weeks'][number] =>
      isObject(w) && typeof w.start === 'string' && isCount(w.total) && isObject(w.counts) && TOPICS.every((t) => isCount((w.counts as Record<string, unknown>)[t.id])),
    )
  );
}

export function isKeptHistory(v: unknown): v is KeptHistory {
  return (
    isObject(v) &&
    isCount(v.total) &&
    (v.log === undefined || isLog(v.log)) &&
    (v.practice === undefined || (isObject(v.practice) && isCount(v.practice.count) && isCount(v.practice.minutes))) &&
    isList(v.entries, (e): e is KeptHistory['entries'][number] => isObject(e) && typeof e.id === 'string' && isTime(e.at) && (e.row === undefined || isRow(e.row)))
  );
}

/** An item page's first screen: its card (the whole summary, as the page shows it). */
export interface KeptItem {
  card: Card;
}

export const isKeptItem = (v: unknown): v is KeptItem => isObject(v) && isCard(v.card);
