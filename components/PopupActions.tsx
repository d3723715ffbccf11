import { Icon } from './Icon';

interface Props {
  saved: boolean;
  read: boolean;
  /** Why save and read are off (storage could not open), or undefined when they work. */
  unavailable?: string;
  onToggleSave: () => void;
  onToggleRead: () => void;
  onNext: () => void;
}

/** Enter held on a toggle clicks it again with every repeat: it acts once. */
const onceWhileHeld = (event: KeyboardEvent) => {
  if (event.repeat && event.key === 'Enter') event.preventDefault();
};

/**
 * The popup's three actions in one row that never wraps. The visible label is the state and the
 * accessible name ("Save" / "Saved", "Mark read" / "Read"), so there is no aria-pressed.
 */
export function PopupActions({ saved, read, unavailable, onToggleSave, onToggleRead, onNext }: Props) {
  const off = unavailable !== undefined;
  return (
    <div class="popup-actions">
      <div class="popup-actions__row" role="group" aria-label="Item actions" data-testid="popup-actions">
        <button type="button" class={`popup-action${saved ? ' popup-action--on' : ''}`} disabled={off} onClick={onToggleSave} onKeyDown={onceWhileHeld}>
          <Icon name={saved ? 'bookmark-filled' : 'bookmark'} />
          {saved ? 'Saved' : 'Save'}
        </button>
        <button type="button" class={`popup-action${read ? ' popup-action--on' : ''}`} disabled={off} onClick={onToggleRead} onKeyDown={onceWhileHeld}>
          <Icon name={read ? 'check' : 'circle-check'} />
          {read ? 'Read' : 'Mark read'}
        </button>
        <button type="button" class="popup-action" onClick={onNext}>
          Next
          <Icon name="arrow-right" />
        </button>
      </div>
      {off && <p class="popup-actions__note">{unavailable}</p>}
    </div>
  );
}
