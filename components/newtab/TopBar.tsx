import { useState } from 'preact/hooks';
import { Icon } from '../Icon';

interface Props {
  readingListHref: string;
  exploreHref: string;
  historyHref: string;
  optionsHref: string;
  aboutHref: string;
  /** Saved and not yet read; the count pill is hidden at 0 (and until it is known). */
  waiting?: number;
  onShortcuts: () => void;
}

/**
 * The new tab's top edge: the mark and name left; right, Reading list, Explore and "···", a native
 * popover (the browser gives it Escape, light dismiss and aria-expanded) with the rest.
 */
export function TopBar({ readingListHref, exploreHref, historyHref, optionsHref, aboutHref, waiting, onShortcuts }: Props) {
  // Said explicitly: not every browser exposes a popover's state on its invoker.
  const [open, setOpen] = useState(false);
  return (
    <header class="topbar">
      <span class="brand">
        <span class="brand__mark" aria-hidden="true">
          <Icon name="sprout" size={16} />
        </span>
        Tend
      </span>
      <nav class="topbar__nav" aria-label="Tend">
        <a class="pill-link nav-link" href={readingListHref}>
          Reading list
          {waiting ? <span class="count">{waiting}</span> : null}
        </a>
        <a class="pill-link nav-link topbar__explore" href={exploreHref}>
          Explore
        </a>
        <button type="button" class="pill-link topbar__more" popovertarget="more-menu" aria-expanded={open} aria-label="More" title="More">
          <Icon name="more" />
        </button>
        <div id="more-menu" class="menu" popover="auto" onToggle={(e) => setOpen((e as ToggleEvent).newState === 'open')}>
          <ul role="list">
            <li class="menu__explore">
              <a href={exploreHref}>
                <Icon name="compass" /> Explore
              </a>
            </li>
            <li>
              <a href={historyHref}>
                <Icon name="check" /> History
              </a>
            </li>
            <li>
              <a href={optionsHref}>
                <Icon name="sliders" /> Options
              </a>
            </li>
            <li>
              <button type="button" popovertarget="more-menu" popovertargetaction="hide" onClick={onShortcuts}>
                <span class="menu__key" aria-hidden="true">
                  ?
                </span>
                Keyboard shortcuts
              </button>
            </li>
            <li>
              <a href={aboutHref}>
                <Icon name="sprout" /> About Tend
              </a>
            </li>
          </ul>
        </div>
      </nav>
    </header>
  );
}
