import { Icon } from './Icon';
import type { MenuEntry } from './MoreMenu';

/** The lines of a ··· menu (MoreMenu loads them when the menu is about to be used). */
export function MenuList({ id, entries }: { id: string; entries: readonly MenuEntry[] }) {
  return (
    <ul role="list">
      {entries.map((entry) => {
        const mark = entry.glyph ? (
          <span class="menu__key" aria-hidden="true">
            {entry.glyph}
          </span>
        ) : (
          entry.icon && <Icon name={entry.icon} />
        );
        return (
          <li key={entry.label} class={entry.class}>
            {'href' in entry ? (
              <a href={entry.href} aria-current={entry.current ? 'page' : undefined}>
                {mark} {entry.label}
              </a>
            ) : (
              <button type="button" popovertarget={id} popovertargetaction="hide" onClick={entry.onSelect}>
                {mark} {entry.label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
