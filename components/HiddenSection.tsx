export interface HiddenEntry {
  itemId: string;
  /** The item's title, or undefined when this version of Tend no longer has it. */
  title?: string;
}

interface Props {
  entries?: readonly HiddenEntry[];
  onBringBack: (itemId: string) => void;
}

/** Options: the items you said are not for you, each with a way to bring it back into the rotation. */
export function HiddenSection({ entries, onBringBack }: Props) {
  return (
    <div class="mine">
      <p class="muted">Items you marked “Not for me” never come up on the new tab or in the popup. They stay in Explore and search.</p>
      {entries && entries.length === 0 && <p data-testid="hidden-empty">Nothing is hidden.</p>}
      {entries && entries.length > 0 && (
        <ul class="mine-list" data-testid="hidden-items">
          {entries.map((e) => (
            <li key={e.itemId} class="mine-list__row">
              <span class="mine-text">{e.title ?? `An item this version of Tend no longer has (${e.itemId})`}</span>
              <button type="button" class="button button--small" onClick={() => onBringBack(e.itemId)} aria-label={`Bring back “${e.title ?? e.itemId}”`}>
                Bring back
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
