// Search over the library: a MiniSearch index of titles, summaries (a tip whole, an article's
// excerpt) and whole bodies, and pure helpers that show what matched. Only pages that search import
// this (never the new tab). Nothing here builds HTML: matches come back as plain segments.
import MiniSearch, { type SearchOptions as IndexOptions } from 'minisearch';
import type { Card } from '../content/types';
import { plainText } from '../content/text';
import { matchRanges, snippet } from './highlight';

// Marking matches needs no index: its own small module, so a list's first paint loads no search engine.
export { highlight, snippet, type Segment } from './highlight';

/** One item's whole body as plain text (the build's virtual:tend-search). */
export interface SearchDoc {
  id: string;
  text: string;
}

export interface SearchHit {
  id: string;
  score: number;
  /** The item's words that matched the query (lower case), for highlighting. */
  terms: string[];
}

/** What a page shows of a hit: the words to mark, and a passage of the body when only the body matched. */
export interface SearchMatch {
  terms: readonly string[];
  snippet?: string;
}

interface IndexedDoc {
  id: string;
  title: string;
  summary: string;
  body: string;
}

export type SearchIndex = MiniSearch<IndexedDoc>;

const INDEX_OPTIONS: IndexOptions = {
  boost: { title: 4, summary: 1.5 },
  // Every word may be the start of a longer one while typing; a typo or two is forgiven in longer
  // words, and such near matches rank below exact ones.
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  weights: { prefix: 0.4, fuzzy: 0.2 },
  combineWith: 'AND',
};

function indexedDocs(cards: readonly Card[], docs: readonly SearchDoc[]): IndexedDoc[] {
  const bodies = new Map(docs.map((d) => [d.id, d.text]));
  return cards.map((card) => ({
    id: card.id,
    title: card.title,
    summary: plainText(card.summary),
    // A tip's summary is its whole body: its words count once.
    body: card.kind === 'tip' ? '' : (bodies.get(card.id) ?? ''),
  }));
}

const newIndex = (): SearchIndex => new MiniSearch<IndexedDoc>({ fields: ['title', 'summary', 'body'], searchOptions: INDEX_OPTIONS });

/** An index of titles, summaries and the bodies in `docs` (none given: titles and summaries only). */
export function createSearchIndex(cards: readonly Card[], docs: readonly SearchDoc[]): SearchIndex {
  const index = newIndex();
  index.addAll(indexedDocs(cards, docs));
  return index;
}

/**
 * The same index built a few items at a time, so typing stays responsive while it builds: `pause`
 * resolves when the page has time for more and says how many milliseconds it may take (a page
 * passes requestIdleCallback's deadline), and items are added until that time is used.
 */
export async function createSearchIndexAsync(
  cards: readonly Card[],
  docs: readonly SearchDoc[],
  pause: () => Promise<() => number>,
): Promise<SearchIndex> {
  const index = newIndex();
  const all = indexedDocs(cards, docs);
  for (let at = 0; at < all.length; ) {
    const timeLeft = await pause();
    // At least one item each time, so the build always moves on.
    do {
      const doc = all[at++];
      if (doc) index.add(doc);
    } while (at < all.length && timeLeft() > 1);
  }
  return index;
}

/**
 * Ranked hits for `query`, optionally only among `within`; none for a blank query. Items whose
 * title matched come first, then the rest, each by score.
 */
export function search(index: SearchIndex, query: string, options: { within?: ReadonlySet<string> } = {}): SearchHit[] {
  if (query.trim() === '') return [];
  const { within } = options;
  const results = index.search(query, within ? { filter: (r) => within.has(String(r.id)) } : {});
  const inTitle = (r: (typeof results)[number]) => Object.values(r.match).some((fields) => fields.includes('title'));
  return results
    .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms, title: inTitle(r) }))
    .sort((a, b) => Number(b.title) - Number(a.title) || b.score - a.score)
    .map(({ id, score, terms }) => ({ id, score, terms }));
}

/** What to show for a hit: its terms, and a passage of the body when neither title nor summary shows them. */
export function matchFor(card: Card, body: string | undefined, terms: readonly string[]): SearchMatch {
  const shown = `${card.title}\n${plainText(card.summary)}`;
  if (!body || matchRanges(shown, terms).length > 0) return { terms };
  const passage = snippet(body, terms);
  return passage ? { terms, snippet: passage } : { terms };
}
