// Whether this new tab shows the welcome; loaded after the first paint, so it costs that paint nothing.
import type { Session } from '../ui/session';
import { shouldWelcome, WELCOMED } from './first-run';
import { markWelcomed, readWelcomeFlag } from './flag';

/** @param shownAt when this tab's first frame went on screen (its own view does not count as data) */
export async function decideWelcome(session: Session, shownAt: number): Promise<boolean> {
  const flag = await readWelcomeFlag();
  if (flag === WELCOMED) return false;
  const hadData = await session.data.hadDataBefore(shownAt);
  // A profile in use (an upgrade) is marked at once, so later tabs read one flag, not the database.
  if (hadData) await markWelcomed();
  return shouldWelcome(flag, hadData);
}

/**
 * The welcome panel when this tab shows it, else undefined (also when the check fails: the page
 * stays). Loaded from here, not from the new tab's first paint, so the panel's stylesheet is this
 * chunk's to load. Says what it decided on the page (data-tend-welcome) for the end-to-end tests.
 */
export async function welcomePanel(session: Session, shownAt: number) {
  let panel;
  try {
    panel = (await decideWelcome(session, shownAt)) ? (await import('./panel')).WelcomePanel : undefined;
  } catch (error) {
    console.warn('Tend: could not check for the first run', error);
  }
  document.documentElement.dataset.tendWelcome = panel ? 'shown' : 'no';
  return panel;
}
