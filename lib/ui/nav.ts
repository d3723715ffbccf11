// The nav of every page but the new tab (the new tab has its own top bar). Apart from pages.ts, so
// the new tab's first paint, which links to pages, does not carry it.
import type { NavLink } from '../../components/PageShell';
import { PAGES, type PageName } from './pages';

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
