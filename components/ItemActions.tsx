import { keyHint, SaveReadButtons } from './SaveReadButtons';

interface Props {
  kind: 'tip' | 'article';
  saved: boolean;
  read: boolean;
  /** Why save and read are off (storage could not open), or undefined when they work. */
  unavailable?: string;
  /** Where the full article opens in a new tab; pages that show it inline pass onOpen instead. */
  articleHref?: string;
  onOpen?: () => void;
  onNext: () => void;
  onToggleSave: () => void;
  onToggleRead: () => void;
  /** Show the new tab's single-key shortcuts. */
  keys?: boolean;
}

export function ItemActions(props: Props) {
  const { kind, unavailable, keys } = props;
  return (
    <div class="actions">
      <div class="actions__row" role="group" aria-label="Item actions">
        {kind === 'article' &&
          (props.articleHref ? (
            <a class="button button--primary" href={props.articleHref} target="_blank">
              Read the article
            </a>
          ) : (
            <button type="button" class="button button--primary" onClick={props.onOpen}>
              Read the article {keyHint(keys, 'R')}
            </button>
          ))}
        <SaveReadButtons
          saved={props.saved}
          read={props.read}
          disabled={unavailable !== undefined}
          onToggleSave={props.onToggleSave}
          onToggleRead={props.onToggleRead}
          keys={keys}
        />
        <button type="button" class="button" onClick={props.onNext}>
          Next {keyHint(keys, 'N')}
        </button>
      </div>
      {unavailable !== undefined && <p class="actions__note">{unavailable}</p>}
    </div>
  );
}
