import { useEffect, useState } from 'preact/hooks';
import { openSession, type Session } from '../session';
import { DB_UNAVAILABLE } from './use-item-page';

/** The lazily opened session of a page, or why it is not there. */
export function useSession(): { session?: Session; unavailable?: string } {
  const [state, setState] = useState<{ session?: Session; unavailable?: string }>({});
  useEffect(() => {
    openSession()
      .then((session) => session.data.db.open().then(() => setState({ session })))
      .catch((error: unknown) => {
        console.warn('Tend: storage unavailable', error);
        setState({ unavailable: DB_UNAVAILABLE });
      });
  }, []);
  // The page's actions work from here on: a signal for the end-to-end tests (tests/e2e/harness.ts).
  useEffect(() => {
    if (state.session) document.documentElement.dataset.tendReady = '';
  }, [state.session]);
  return state;
}
