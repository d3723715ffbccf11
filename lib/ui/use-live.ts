import { useEffect, useState } from 'preact/hooks';
import type { Session } from './session';

/**
 * The latest result of a live query: re-runs whenever another page (or this one) writes what it
 * read. `undefined` until the first result, or while there is no session yet. Dexie's liveQuery
 * comes through the lazily loaded session, so it is never on a page's first-paint path.
 */
export function useLive<T>(
  session: Session | undefined,
  query: ((s: Session) => Promise<T>) | undefined,
  deps: readonly unknown[],
): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (!session || !query) return undefined;
    const subscription = session.live(() => query(session)).subscribe({
      next: setValue,
      error: (error: unknown) => console.warn('Tend: a live view stopped', error),
    });
    return () => subscription.unsubscribe();
    // Callers pass the query's inputs as deps.
  }, [session, ...deps]);
  return value;
}
