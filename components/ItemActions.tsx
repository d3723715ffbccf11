import { Icon } from './Icon';
import { SaveReadButtons } from './SaveReadButtons';

interface Props {
  /** Kept for pages not yet restyled (the popup): with `articleHref`, an article gets a "Keep reading" link. */
  kind?: 'tip' | 'article';
  articleHref?: string;
  saved: boolean;
  read: boolean;
  /** Why save and read are off (storage could not open), or undefined when they work. */
  unavailable?: string;
  onNext: () => void;
  onToggleSave: () => void;
  onToggleRead: () => void;
  /** What the last toggle did ("Saved to your reading list."): shown beside the buttons and announced politely. */
  confirmation?: string;
  /** Name the new tab's single-key shortcuts for assistive technology (aria-keyshortcuts). */
  keys?: boolean;
}

/**
 * Save · Mark read · Next, always in this order and place (the new tab's dock, the popup, the end
 * of the reader). Opening an article is the item's own "Keep reading" link, not one of these.
 */
export function ItemActions(props: Props) {
  const { unavailable, keys } = props;
  return (
    <div class="actions">
      {props.kind === 'article' && props.articleHref && (
        <a class="keep-reading" href={props.articleHref} target="_blank">
          Keep reading <Icon name="arrow-right" />
        </a>
      )}
      <div class="actions__row dock" role="group" aria-label="Item actions">
        <SaveReadButtons
          saved={props.saved}
          read={props.read}
          disabled={unavailable !== undefined}
          onToggleSave={props.onToggleSave}
          onToggleRead={props.onToggleRead}
          keys={keys}
        />
        <span class="dock__divider" aria-hidden="true" />
        <button type="button" class="button state state--next" aria-keyshortcuts={keys ? 'N' : undefined} onClick={props.onNext}>
          Next
          <Icon name="arrow-right" />
        </button>
      </div>
      <p class="actions__confirm" role="status">
        {props.confirmation}
      </p>
      {unavailable !== undefined && <p class="actions__note">{unavailable}</p>}
    </div>
  );
}
