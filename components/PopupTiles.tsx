import { Icon, type IconName } from './Icon';

interface Tile {
  href: string;
  label: string;
  icon: IconName;
  /** A small count in the corner, hidden at 0, and what it counts (said after the label). */
  count?: number;
  counted?: string;
  testId: string;
}

/** Three ways further: the reading list with its count, Explore, and a minute of practice. */
export function PopupTiles({ tiles }: { tiles: readonly Tile[] }) {
  return (
    <nav class="popup-tiles" aria-label="More of Tend">
      {tiles.map((tile) => (
        <a key={tile.href} class="popup-tile" href={tile.href} target="_blank" data-testid={tile.testId}>
          <span class="popup-tile__top">
            <Icon name={tile.icon} />
            {tile.count ? (
              <span class="popup-tile__count" aria-hidden="true">
                {tile.count}
              </span>
            ) : null}
          </span>
          <span class="popup-tile__label">{tile.label}</span>
          {tile.count && tile.counted ? <span class="visually-hidden">, {tile.counted}</span> : null}
        </a>
      ))}
    </nav>
  );
}
