import type { Cadence, QuietMode } from '../../lib/settings/model';
import { Segmented } from './Segmented';

interface Props {
  quiet: QuietMode;
  cadence: Cadence;
  /** Why the choices could not be saved, if they could not. */
  error?: string;
  onQuiet: (quiet: QuietMode) => void;
  onCadence: (cadence: Cadence) => void;
  onDone: () => void;
  onBack: () => void;
}

const QUIET = [
  { value: 'off', label: 'The whole item' },
  { value: 'title', label: 'Just the title' },
  { value: 'mark', label: 'A quiet page' },
] as const;

const CADENCE = [
  { value: 'every-tab', label: 'Every new tab' },
  { value: 'hourly', label: 'Every hour' },
  { value: 'daily', label: 'Once a day' },
] as const;

/** Step 3: how much a new tab shows, and how often the item changes. */
export function WelcomeLook({ quiet, cadence, error, onQuiet, onCadence, onDone, onBack }: Props) {
  return (
    <>
      <p class="welcome__lede">You can change any of this later in Options.</p>
      <Segmented legend="A new tab shows" name="welcome-quiet" value={quiet} choices={QUIET} onChange={onQuiet} />
      <Segmented legend="A new item" name="welcome-cadence" value={cadence} choices={CADENCE} onChange={onCadence} />
      {error && (
        <p class="welcome__error" role="alert">
          {error}
        </p>
      )}
      <div class="welcome__actions">
        <button type="button" class="welcome__next" onClick={onDone}>
          Open my first new tab <span aria-hidden="true">→</span>
        </button>
        <button type="button" class="welcome__back" onClick={onBack}>
          Back
        </button>
      </div>
    </>
  );
}
