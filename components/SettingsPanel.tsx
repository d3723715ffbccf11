import type { ComponentChildren } from 'preact';

export interface PanelSection {
  /** The section's id, the rail's link target; its heading is `${id}-heading`. */
  id: string;
  title: string;
  body: ComponentChildren;
  /** Starts a new group in the rail (a hairline above it). */
  apart?: boolean;
}

interface Props {
  title: string;
  /** The line beside the title: that changes save as you go, or why the last one did not. */
  saved: string;
  savedError?: boolean;
  sections: readonly PanelSection[];
  /** The section in view, marked in the rail. */
  current?: string;
}

/** A settings panel: a sticky rail of sections beside the sections themselves, in the order given. */
export function SettingsPanel({ title, saved, savedError, sections, current }: Props) {
  return (
    <div class="panel">
      <header class="panel__head">
        <h1>{title}</h1>
        <p class={savedError ? 'panel__saved panel__saved--error' : 'panel__saved'} data-testid="saved-line">
          {!savedError && <span aria-hidden="true">✓ </span>}
          {saved}
        </p>
      </header>
      <nav class="panel__rail" aria-label="Sections">
        <ul>
          {sections.map((s) => (
            <li key={s.id} class={s.apart ? 'panel__apart' : undefined}>
              <a href={`#${s.id}`} aria-current={current === s.id ? 'true' : undefined}>
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="panel__sections">
        {sections.map((s) => (
          <section key={s.id} id={s.id} class="panel__section" aria-labelledby={`${s.id}-heading`}>
            <h2 id={`${s.id}-heading`}>{s.title}</h2>
            {s.body}
          </section>
        ))}
      </div>
    </div>
  );
}
