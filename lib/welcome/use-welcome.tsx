// The new tab's one hook for the first run. It asks once the page's data has loaded (never before
// the first paint; the question itself is a chunk loaded then) and loads the welcome only on the
// tab that shows it.
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../ui/session';
import { useLazy } from '../ui/use-lazy';

/**
 * The welcome to show instead of the page, or null.
 * @param shownAt when this tab's first frame went on screen
 */
export function useWelcome(session: Session | undefined, shownAt: number) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!session) return;
    import('./decide')
      .then(({ decideWelcome }) => decideWelcome(session, shownAt))
      .then(
        (yes) => {
          setShow(yes);
          // The decision, for the end-to-end tests to wait on (as data-tend-recorded).
          document.documentElement.dataset.tendWelcome = yes ? 'shown' : 'no';
        },
        (error: unknown) => console.warn('Tend: could not check for the first run', error),
      );
  }, [session]);
  const panel = useLazy(() => import('./panel'), show);
  return show && panel && session ? <panel.WelcomePanel session={session} onClose={() => setShow(false)} /> : null;
}
