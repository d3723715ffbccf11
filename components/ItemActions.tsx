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
  /** Set for a few seconds after "Saved" was pressed: the confirmation sits above the buttons with Undo. */
  undo?: { onUndo: () => void; onHold: (held: boolean) => void };
}

/**
 * Save · Mark read · Next, always in this order and place (the new tab's dock, the popup, the end
 * of the reader). Opening an article is the item's own "Keep reading" link, not one of these.
 */
export function ItemActions(props: Props) {
  const { unavailable, keys, undo } = props;
  return (
    <div class="actions">
      {undo && (
        <p
          class="actions__undo"
          data-testid="unsave-undo"
          onMouseEnter={() => undo.onHold(true)}
          onMouseLeave={() => undo.onHold(false)}
          onFocusIn={() => undo.onHold(true)}
          onFocusOut={() => undo.onHold(false)}
        >
          <span aria-hidden="true">{props.confirmation}</span>
          <button
            type="button"
            class="actions__undo-button"
            onClick={(e) => {
              // The button goes with the notice: the focus returns to Save, where it came from.
              e.currentTarget.closest('.actions')?.querySelector<HTMLElement>('.state--save')?.focus();
              undo.onUndo();
            }}
          >
            Undo
          </button>
        </p>
      )}
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
      {/* While Undo is offered, its notice shows the words; this region still announces them. */}
      <p class={undo ? 'actions__confirm visually-hidden' : 'actions__confirm'} role="status">
        {props.confirmation}
      </p>
      {unavailable !== undefined && <p class="actions__note">{unavailable}</p>}
    </div>
  );
}
