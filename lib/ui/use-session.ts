import { useEffect, useState } from 'preact/hooks';
import { openSession, type Session } from './session';
import { pageMessage } from '../db/health';
import { storageProblem } from '../db/errors';

/**
 * The lazily opened session of a page, or why it is not there (yet): while another Tend tab holds
 * an update back, `unavailable` asks the person to close it, and the session follows once they do.
 * @param full load every card; a page that shows a few items (history, an item page) passes false
 *   and loads the cards it shows (`session.catalog.load`)
 */
export function useSession({ full = true }: { full?: boolean } = {}): { session?: Session; unavailable?: string } {
  const [state, setState] = useState<{ session?: Session; unavailable?: string }>({});
  useEffect(() => {
    Promise.all([openSession({ full }), import('../db/instance')])
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
