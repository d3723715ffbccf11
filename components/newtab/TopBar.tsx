import { Icon } from '../Icon';
import { MoreMenu } from '../MoreMenu';

interface Props {
  readingListHref: string;
  exploreHref: string;
  historyHref: string;
  optionsHref: string;
  aboutHref: string;
  /** Saved and not yet read; the count pill is hidden at 0 (and until it is known). */
  waiting?: number;
  onShortcuts: () => void;
  /** "Not for me": hides the item shown from the rotation; absent while there is nothing to hide. */
  onHide?: () => void;
}

/**
 * The new tab's top edge: the mark and name left; right, Reading list, Explore and "···", a native
 * menu (components/MoreMenu, shared with the other pages) with the rest.
 */
export function TopBar({ readingListHref, exploreHref, historyHref, optionsHref, aboutHref, waiting, onShortcuts, onHide }: Props) {
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
        <MoreMenu
          id="more-menu"
          entries={[
            ...(onHide ? [{ label: 'Not for me', icon: 'close' as const, class: 'menu__item-action', onSelect: onHide }] : []),
            { label: 'Explore', icon: 'compass', href: exploreHref, class: 'menu__explore' },
            { label: 'History', icon: 'check', href: historyHref },
            { label: 'Options', icon: 'sliders', href: optionsHref },
            { label: 'Keyboard shortcuts', glyph: '?', onSelect: onShortcuts },
            { label: 'About Tend', icon: 'sprout', href: aboutHref },
          ]}
        />
      </nav>
    </header>
  );
}
