import type { Background, Cadence, QuietMode } from '../../lib/settings/model';
import { WelcomeActions, WelcomeChoice } from './WelcomeParts';

interface Props {
  quiet: QuietMode;
  cadence: Cadence;
  background: Background;
  /** Why the choices could not be saved, if they could not. */
  error?: string;
  onQuiet: (quiet: QuietMode) => void;
  onCadence: (cadence: Cadence) => void;
  onBackground: (background: Background) => void;
  onDone: () => void;
  onBack: () => void;
}

const QUIET = [
  { value: 'off', label: 'The whole item' },
  { value: 'title', label: 'Just the title' },
  { value: 'mark', label: 'A quiet page' },
] as const;

const BACKGROUND = [
  { value: 'landscape', label: 'Landscape' },
  { value: 'sky', label: 'Soft sky' },
  { value: 'plain', label: 'Plain' },
] as const;

const CADENCE = [
  { value: 'every-tab', label: 'Every new tab' },
  { value: 'hourly', label: 'Every hour' },
  { value: 'daily', label: 'Once a day' },
] as const;

/** Step 3: the background, how much a new tab shows, and how often the item changes. */
export function WelcomeLook({ quiet, cadence, background, error, onQuiet, onCadence, onBackground, onDone, onBack }: Props) {
  return (
    <>
      <p class="welcome__lede">You can change any of this later in Options.</p>
      <WelcomeChoice label="Background" name="welcome-background" value={background} choices={BACKGROUND} onChange={onBackground} />
      <WelcomeChoice label="A new tab shows" name="welcome-quiet" value={quiet} choices={QUIET} onChange={onQuiet} />
      <WelcomeChoice label="A new item" name="welcome-cadence" value={cadence} choices={CADENCE} onChange={onCadence} />
      {error && (
        <p class="welcome__error" role="alert">
          {error}
        </p>
      )}
      <WelcomeActions next="Open my first new tab" onNext={onDone} onBack={onBack} />
    </>
  );
}
