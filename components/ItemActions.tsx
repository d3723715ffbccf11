import { Icon } from './Icon';
import { SaveReadButtons } from './SaveReadButtons';
import { useLazy } from './use-lazy';
import type { UndoOffer } from './UndoLine';

interface Props {
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
  undo?: UndoOffer;
}

/**
 * Save · Mark read · Next, always in this order and place (the new tab's dock, the popup, the end
 * of the reader). Opening an article is the item's own "Keep reading" link, not one of these.
 */
export function ItemActions(props: Props) {
  const { unavailable, keys, undo } = props;
  // Undo follows a click on "Saved" and a write: its line loads then, not with the first paint.
  const line = useLazy(() => import('./UndoLine'), undo !== undefined);
  return (
    <div class="actions">
      {undo && line && <line.UndoLine undo={undo} confirmation={props.confirmation} />}
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
