// The nav of every page but the new tab (the new tab has its own top bar).
import type { NavLink } from '../../components/PageShell';
import { PAGES, type PageName } from './pages';

const NAV: readonly { page: Exclude<PageName, 'article' | 'practice' | 'privacy'>; label: string }[] = [
  { page: 'newtab', label: 'Today' },
  { page: 'explore', label: 'Explore' },
  { page: 'readingList', label: 'Reading list' },
  { page: 'history', label: 'History' },
  { page: 'options', label: 'Options' },
  { page: 'help', label: 'Get help now' },
];

export function navFor(current: PageName): NavLink[] {
  return NAV.map(({ page, label }) => ({ href: PAGES[page], label, current: page === current }));
}
