import { useRef, useState } from 'preact/hooks';
import { Icon, type IconName } from './Icon';
import { useLazy } from './use-lazy';

/** One line of the menu: a link to a page, or an action (which closes the menu). */
export type MenuEntry = {
  label: string;
  icon?: IconName;
  /** Shown instead of an icon (the ? of Keyboard shortcuts). */
  glyph?: string;
  /** An extra class on the line (the new tab shows Explore in the menu only when the bar is narrow). */
  class?: string;
} & ({ href: string; current?: boolean } | { onSelect: () => void });

interface Props {
  /** The popover's id: unique on the page. */
  id: string;
  entries: readonly MenuEntry[];
  /** One of the entries is the page shown: the button wears the current page's pill. */
  current?: boolean;
  /** The button's name ("More"); a row's menu names its row ("More for “…”"). */
  label?: string;
  /** Places the menu before it opens (components/menu-place: under a row's button); else it opens at the window's top right. */
  place?: (button: HTMLElement, menu: HTMLElement, lines: number) => void;
  /** The button's look: the top bar's pill (default) or a row's quiet 36 px circle. */
  buttonClass?: string;
}

/**
 * "···" and the rest of Tend: a native popover (the browser gives it Escape, light dismiss and the
 * focus order after its button), shared by the new tab's top bar and the other pages' frame. Its
 * lines load just after the page's first paint, not before it (most new tabs never open the menu),
 * and before anyone can open it: a menu that opened empty would let Tab go past it.
 */
export function MoreMenu({ id, entries, current, label = 'More', place, buttonClass = 'pill-link topbar__more' }: Props) {
  // Said explicitly: not every browser exposes a popover's state on its invoker.
  const [open, setOpen] = useState(false);
  const lines = useLazy(() => import('./MenuList'), true);
  const menu = useRef<HTMLDivElement>(null);
  return (
    <>
      <button
        type="button"
        id={`${id}-button`}
        class={`${buttonClass}${current ? ' topbar__more--current' : ''}`}
        popovertarget={id}
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={place && ((e) => menu.current && place(e.currentTarget, menu.current, entries.length))}
      >
        <Icon name="more" />
      </button>
      <div id={id} ref={menu} class="menu" popover="auto" onToggle={(e) => setOpen((e as ToggleEvent).newState === 'open')}>
        {lines && <lines.MenuList id={id} entries={entries} />}
      </div>
    </>
  );
}
