import type { ComponentChildren } from 'preact';
import { NotTherapy } from './NotTherapy';
import { Icon, type IconName } from './Icon';
import { MoreMenu } from './MoreMenu';

export interface NavLink {
  href: string;
  label: string;
  /** Marks the link to the page being shown. */
  current?: boolean;
  /** Listed in the "···" menu (with this icon) rather than in the bar. */
  more?: IconName;
}

interface Props {
  nav: readonly NavLink[];
  helpHref: string;
  /** A live region's text: what just happened (saved, removed…), announced politely. */
  status?: string;
  /** Replaces the nav on the right of the top bar (an item page's Save and Mark read). */
  bar?: ComponentChildren;
  /** Replaces the brand on the left of the top bar (an item page's way back). */
  lead?: ComponentChildren;
  /** The content is the last visit's kept first screen, about to be replaced by the live one. */
  busy?: boolean;
  children: ComponentChildren;
}

/**
 * The frame of every full page: a 72 px top bar (New tab, Reading list, Explore and "···" with the
 * rest; the current page as a glass pill, or on "···" when it is in the menu), a horizon band
 * fading into the paper behind the top of the column, the column, and the not-therapy line.
 */
export function PageShell({ nav, helpHref, status, bar, lead, busy, children }: Props) {
  return (
    <div class="page">
      <div class="page__horizon" aria-hidden="true" />
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="page__header">
        {lead ?? (
          <span class="brand">
            <span class="brand__mark" aria-hidden="true">
              <Icon name="sprout" size={16} />
            </span>
            Tend
          </span>
        )}
        {bar ?? (
          <nav aria-label="Tend">
            <ul class="nav">
              {nav
                .filter((link) => !link.more)
                .map((link) => (
                  <li key={link.href}>
                    <a href={link.href} aria-current={link.current ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              <li>
                <MoreMenu
                  id="page-menu"
                  current={nav.some((link) => link.more && link.current)}
                  entries={nav.filter((link) => link.more).map((link) => ({ href: link.href, label: link.label, current: link.current, icon: link.more }))}
                />
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" class="page__main" tabIndex={-1} aria-busy={busy || undefined}>
        {children}
      </main>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <NotTherapy helpHref={helpHref} />
    </div>
  );
}
