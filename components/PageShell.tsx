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
  children: ComponentChildren;
}

/** The frame of every full page: brand and navigation, the main content, the not-therapy line. */
export function PageShell({ nav, helpHref, status, children }: Props) {
  return (
    <div class="page">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="page__header">
        <span class="brand">
          <img src="/icon/32.png" width={20} height={20} alt="" />
          Tend
        </span>
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
