// Explore's state in its address: the query, the topics, the kind, how many rows are shown and the
// scroll position, so Back (or a link back from an item page) returns to the same place.
import { TOPICS, type TopicId } from '../content/types';
import type { ExploreFilter, KindFilter } from '../explore/filter';
import { PAGE_SIZE } from './window';

export interface ExploreState extends ExploreFilter {
  query: string;
  /** Rows shown (a multiple of the page size). */
  shown: number;
  /** Scroll position in CSS pixels. */
  scroll: number;
}

export const START: ExploreState = { query: '', topics: [], kind: 'all', shown: PAGE_SIZE, scroll: 0 };

const KINDS: readonly KindFilter[] = ['all', 'tip', 'article'];
const count = (value: string | null, fallback: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
};

/** Reads the state from an address's search part; anything unknown or malformed means the default. */
export function exploreStateFrom(search: string): ExploreState {
  const p = new URLSearchParams(search);
  const wanted = (p.get('t') ?? '').split(',');
  const kind = p.get('kind');
  return {
    query: p.get('q') ?? '',
    topics: TOPICS.map((t) => t.id).filter((id): id is TopicId => wanted.includes(id)),
    kind: KINDS.find((k) => k === kind) ?? 'all',
    shown: Math.max(PAGE_SIZE, count(p.get('n'), PAGE_SIZE)),
    scroll: count(p.get('y'), 0),
  };
}

/** The view a kept first screen is kept for: the filters, without the query (a search keeps none). */
export const exploreView = (filter: ExploreFilter): string => `${filter.kind} ${filter.topics.join(',')}`;

/** The search part for a state: only what differs from the start, in a fixed order. */
export function exploreSearch(state: ExploreState): string {
  const p = new URLSearchParams();
  if (state.query) p.set('q', state.query);
  if (state.topics.length) p.set('t', state.topics.join(','));
  if (state.kind !== 'all') p.set('kind', state.kind);
  if (state.shown > PAGE_SIZE) p.set('n', String(state.shown));
  if (state.scroll > 0) p.set('y', String(Math.round(state.scroll)));
  const s = p.toString();
  return s ? `?${s}` : '';
}
