import { Icon, type IconName } from './Icon';

interface Tile {
  href: string;
  label: string;
  icon: IconName;
  /** A small count in the corner (the unread saved items), hidden at 0. */
  count?: number;
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
              <span class="popup-tile__count" aria-label={`${tile.count} unread`}>
                {tile.count}
              </span>
            ) : null}
          </span>
          <span class="popup-tile__label">{tile.label}</span>
        </a>
      ))}
    </nav>
  );
}
