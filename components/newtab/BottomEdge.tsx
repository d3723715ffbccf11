import { Icon } from '../Icon';

interface Props {
  helpHref: string;
  /** Off while a practice or the reader is on screen (the help pill stays). */
  chips: boolean;
  onBreathe: () => void;
  onGround: () => void;
}

/** The bottom edge: two practice chips left, and the one quiet way to real help right, in every mode. */
export function BottomEdge({ helpHref, chips, onBreathe, onGround }: Props) {
  return (
    <footer class="bottom">
      <div class="bottom__chips" role="group" aria-label="A minute of practice">
        {chips && (
          <>
            <button type="button" class="chip" aria-keyshortcuts="B" onClick={onBreathe}>
              <Icon name="breathe" size={16} />
              <span class="chip__label">Breathe · 1 min</span>
            </button>
            <button type="button" class="chip" aria-keyshortcuts="G" onClick={onGround}>
              <Icon name="ground" size={16} />
              <span class="chip__label">Ground · 5-4-3-2-1</span>
            </button>
          </>
        )}
      </div>
      <p class="help-pill">
        <Icon name="heart" size={16} />
        <span class="help-pill__note">Tend is not therapy.</span>
        <a class="help-link" href={helpHref}>
          Get help now
        </a>
      </p>
    </footer>
  );
}
