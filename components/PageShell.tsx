import type { ComponentChildren } from 'preact';
import { NotTherapy } from './NotTherapy';

export interface NavLink {
  href: string;
  label: string;
  /** Marks the link to the page being shown. */
  current?: boolean;
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
  children: ComponentChildren;
}

/**
 * The frame of every full page: a 72 px top bar (the current page as a glass pill), a horizon band
 * fading into the paper behind the top of the column, the column, and the not-therapy line.
 */
export function PageShell({ nav, helpHref, status, bar, lead, children }: Props) {
  return (
    <div class="page">
      <div class="page__horizon" aria-hidden="true" />
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="page__header">
        {lead ?? (
          <span class="brand">
            <img src="/icon/32.png" width={22} height={22} alt="" />
            Tend
          </span>
        )}
        {bar ?? (
          <nav aria-label="Tend">
            <ul class="nav">
              {nav.map((link) => (
                <li key={link.href}>
                  <a href={link.href} aria-current={link.current ? 'page' : undefined}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" class="page__main" tabIndex={-1}>
        {children}
      </main>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <NotTherapy helpHref={helpHref} />
    </div>
  );
}
