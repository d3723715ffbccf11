// Where Tend's pages live (all relative: every page is in the extension's root). The pages' nav
// is nav.ts (apart, so the new tab's first paint, which links to pages, does not carry it).
import type { Practice } from '../content/types';

export const PAGES = {
  newtab: 'newtab.html',
  explore: 'explore.html',
  readingList: 'reading-list.html',
  // Not "history": WXT would make a page of that name the browser's history override.
  history: 'read-history.html',
  options: 'options.html',
  help: 'help.html',
  /** The privacy policy (docs/PRIVACY.md); linked from options and help, not in the nav. */
  privacy: 'privacy.html',
  article: (id: string) => `article.html?id=${encodeURIComponent(id)}`,
  /** A practice on its own page (from the popup and the pause reminder); not in the nav. */
  practice: (type: Practice) => `practice.html?type=${type}` as const,
} as const;

export type PageName = keyof typeof PAGES;
