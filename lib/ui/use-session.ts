import { useEffect, useState } from 'preact/hooks';
import { openSession, type Session } from './session';
import { pageMessage } from '../db/health';
import { storageProblem } from '../db/errors';

/**
 * The lazily opened session of a page, or why it is not there (yet): while another Tend tab holds
 * an update back, `unavailable` asks the person to close it, and the session follows once they do.
 */
export function useSession(): { session?: Session; unavailable?: string } {
  const [state, setState] = useState<{ session?: Session; unavailable?: string }>({});
  useEffect(() => {
    Promise.all([openSession(), import('../db/instance')])
      .then(async ([session, { openStorage }]) => {
        await openStorage(session.data.db, () => setState({ unavailable: pageMessage('blocked') }));
        setState({ session });
      })
      .catch((error: unknown) => {
        console.warn('Tend: storage unavailable', error);
        setState({ unavailable: pageMessage(storageProblem(error)) });
      });
  }, []);
  // The page's actions work from here on: a signal for the end-to-end tests (tests/e2e/harness.ts).
  useEffect(() => {
    if (state.session) document.documentElement.dataset.tendReady = '';
  }, [state.session]);
  return state;
}
