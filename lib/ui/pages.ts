// Where Tend's pages live (all relative: every page is in the extension's root) and the nav.
import type { NavLink } from '../../components/PageShell';

export const PAGES = {
  newtab: 'newtab.html',
  readingList: 'reading-list.html',
  help: 'help.html',
  article: (id: string) => `article.html?id=${encodeURIComponent(id)}`,
} as const;

type PageName = 'newtab' | 'readingList' | 'help' | 'article';

export function navFor(current: PageName): NavLink[] {
  return [
    { href: PAGES.newtab, label: 'Today', current: current === 'newtab' },
    { href: PAGES.readingList, label: 'Reading list', current: current === 'readingList' },
    { href: PAGES.help, label: 'Get help now', current: current === 'help' },
  ];
}
