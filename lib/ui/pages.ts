// Where Tend's pages live (all relative: every page is in the extension's root) and the nav.
import type { NavLink } from '../../components/PageShell';
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

// The bar holds the three places people go most; the rest is in its "···" menu.
const NAV: readonly { page: Exclude<PageName, 'article' | 'practice' | 'privacy'>; label: string; more?: NavLink['more']; hash?: string }[] = [
  { page: 'newtab', label: 'New tab' },
  { page: 'readingList', label: 'Reading list' },
  { page: 'explore', label: 'Explore' },
  { page: 'history', label: 'History', more: 'check' },
  { page: 'options', label: 'Options', more: 'sliders' },
  { page: 'help', label: 'Help', more: 'heart' },
  { page: 'help', label: 'About Tend', more: 'sprout', hash: '#about-heading' },
];

export function navFor(current: PageName): NavLink[] {
  return NAV.map(({ page, label, more, hash }) => ({
    href: PAGES[page] + (hash ?? ''),
    label,
    more,
    current: page === current && !hash,
  }));
}
