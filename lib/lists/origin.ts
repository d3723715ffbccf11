// Where an item page was opened from (Explore with its filters, the reading list, history), carried
// in the item page's address, so it can lead back there and step through that list.
import { PAGES } from '../ui/pages';

export type OriginPage = 'explore' | 'readingList' | 'history';

export interface Origin {
  page: OriginPage;
  /** The list page's search part, e.g. "?q=sleep&t=stress" (or ""). */
  search: string;
}

const LABELS: Record<OriginPage, string> = { explore: 'Explore', readingList: 'Reading list', history: 'History' };
const NAMES: Record<OriginPage, string> = { explore: 'explore', readingList: 'reading-list', history: 'history' };

/** The item page's address for `id`, opened from `origin`. */
export function itemHref(id: string, origin?: Origin): string {
  const base = PAGES.article(id);
  if (!origin) return base;
  const back = origin.search ? `&back=${encodeURIComponent(origin.search)}` : '';
  return `${base}&from=${NAMES[origin.page]}${back}`;
}

/** The origin named in an item page's search part; undefined when there is none or it is malformed. */
export function originFrom(search: string): Origin | undefined {
  const p = new URLSearchParams(search);
  const from = p.get('from');
  const page = (Object.keys(NAMES) as OriginPage[]).find((k) => NAMES[k] === from);
  if (!page) return undefined;
  const back = p.get('back') ?? '';
  // Only a search part of the same page: never another address.
  return { page, search: back.startsWith('?') && !back.includes('#') ? back : '' };
}

export function originHref(origin: Origin): string {
  return `${PAGES[origin.page]}${origin.search}`;
}

export function originLabel(page: OriginPage): string {
  return LABELS[page];
}
