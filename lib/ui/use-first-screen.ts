// A list page's kept first screen (lib/lists/first-screen.ts): read once, synchronously, at the
// page's first render, so that render paints it; kept again, in idle time, whenever what the page
// shows changes.
import { useEffect, useState } from 'preact/hooks';
import { catalogVersion } from 'virtual:tend-version';
import { pageStorage } from '../newtab/snapshot';
import { onIdle } from './idle';
import { forgetFirstScreens, keepFirstScreen, readFirstScreen, type FirstScreenPage } from '../lists/first-screen';

/**
 * Keeps what `make` gives for `page` in `view`, in idle time, again whenever `deps` change.
 * @param view what the page shows (its filter and sort, an item's id); undefined: a view that keeps
 *   nothing (a search)
 * @param make the first screen of the live data, worked out when kept; undefined until the page has
 *   that data. It returns null when the page shows nothing worth keeping: nothing is kept then (not
 *   even by a page left open after all data was cleared).
 * @param deps what `make` reads
 */
export function useKeepFirstScreen<T>(page: FirstScreenPage, view: string | undefined, make: (() => T | null) | undefined, deps: readonly unknown[]): void {
  useEffect(() => {
    if (!make || view === undefined) return undefined;
    // Keeping is never urgent: in idle time, a second later at most.
    return onIdle(() => {
      const data = make();
      if (data === null) forgetFirstScreens(pageStorage(), [page]);
      else keepFirstScreen(pageStorage(), page, catalogVersion, view, data);
    }, 1000);
    // Callers pass what `make` reads as deps.
  }, [view, make === undefined, ...deps]);
}

/**
 * The kept first screen of `view`, while the view is the one the page opened with; and keeps the
 * live one (see useKeepFirstScreen).
 */
export function useFirstScreen<T>(
  page: FirstScreenPage,
  view: string | undefined,
  check: (v: unknown) => v is T,
  make: (() => T | null) | undefined,
  deps: readonly unknown[],
): T | undefined {
  const [kept] = useState(() => (view === undefined ? undefined : { view, data: readFirstScreen(pageStorage(), page, catalogVersion, view, check) }));
  useKeepFirstScreen(page, view, make, deps);
  return kept && kept.view === view ? kept.data : undefined;
}

/** What was kept for `page` in `view` by this build, read now. */
export const readKept = <T,>(page: FirstScreenPage, view: string, check: (v: unknown) => v is T): T | undefined =>
  readFirstScreen(pageStorage(), page, catalogVersion, view, check);
