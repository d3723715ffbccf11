// The welcome wired to settings and the first-run flag; loaded only on the tab that shows it.
import { TOPICS } from '../content/types';
import { todaysScene } from '../atmosphere/keep';
import { pageStorage } from '../newtab/snapshot';
import { Atmosphere } from '../../components/atmosphere/Atmosphere';
import type { Session } from '../ui/session';
import { PAGES } from '../ui/pages';
import { updateSettings } from '../settings/store';
import { Welcome } from '../../components/welcome/Welcome';
import { choicesFrom, settingsPatch, type WelcomeChoices } from './choices';
import { markWelcomed } from './flag';

/** Marks the first run done; a flag that cannot be written only means the data check decides next time. */
const done = (onClose: () => void) => markWelcomed().catch((error: unknown) => console.warn('Tend: could not record the welcome', error)).then(onClose);

export function WelcomePanel({ session, onClose }: { session: Session; onClose: () => void }) {
  const save = async (choices: WelcomeChoices): Promise<string | undefined> => {
    const result = settingsPatch(choices);
    if ('error' in result) return result.error;
    try {
      await updateSettings(result.patch);
    } catch (error) {
      return `Your choices were not saved (${error instanceof Error ? error.message : String(error)}). Try again, or skip and choose later in Options.`;
    }
    await done(onClose);
    return undefined;
  };
  return (
    <>
      {/* The day's landscape behind the card, as the new tab draws it (the same cached scene). */}
      <Atmosphere scene={todaysScene(pageStorage(), new Date())} />
      <Welcome topics={TOPICS} initial={choicesFrom(session.settings())} helpHref={PAGES.help} onSkip={() => void done(onClose)} onDone={save} />
    </>
  );
}
