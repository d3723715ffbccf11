// The new tab's one hook for the first run. It asks once the page's data has loaded (never before
// the first paint; the question itself is a chunk loaded then) and loads the welcome only on the
// tab that shows it.
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../ui/session';
import type { WelcomePanel } from './panel';

/**
 * The welcome to show instead of the page, or null.
 * @param shownAt when this tab's first frame went on screen
 */
export function useWelcome(session: Session | undefined, shownAt: number) {
  const [Panel, setPanel] = useState<typeof WelcomePanel>();
  useEffect(() => {
    if (!session) return;
    import('./decide')
      .then(({ welcomePanel }) => welcomePanel(session, shownAt))
      .then(
        (panel) => {
          if (panel) setPanel(() => panel);
          // The decision, for the end-to-end tests to wait on (as data-tend-recorded).
          document.documentElement.dataset.tendWelcome = panel ? 'shown' : 'no';
        },
        (error: unknown) => console.warn('Tend: could not check for the first run', error),
      );
  }, [session]);
  return Panel && session ? <Panel session={session} onClose={() => setPanel(undefined)} /> : null;
}
