import type { Practice } from '../lib/content/types';
import { keyHint } from './SaveReadButtons';

interface Props {
  /** The practice the current tip points to, if any: offered first. */
  suggested?: Practice;
  onBreathe: () => void;
  onGround: () => void;
  /** Show the new tab's single-key shortcut. */
  keys?: boolean;
}

/** A minute of practice, one click from any item. */
export function PracticeLauncher({ suggested, onBreathe, onGround, keys }: Props) {
  const cls = (practice: Practice) => `button${suggested === practice ? ' button--primary' : ' button--quiet'}`;
  return (
    <div class="launcher" role="group" aria-label="A minute of practice">
      {suggested && <p class="launcher__lead">This tip is something to try. Would you like to do it now?</p>}
      <div class="actions__row">
        <button type="button" class={cls('breathing')} onClick={onBreathe}>
          Breathe for a minute {keyHint(keys, 'B')}
        </button>
        <button type="button" class={cls('grounding')} onClick={onGround}>
          Ground yourself (5-4-3-2-1)
        </button>
      </div>
    </div>
  );
}
