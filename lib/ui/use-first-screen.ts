// A list page's kept first screen (lib/lists/first-screen.ts): read once, synchronously, at the
// page's first render, so that render paints it; kept again whenever the page's live first screen
// changes.
import { useEffect, useState } from 'preact/hooks';
import { catalogVersion } from 'virtual:tend-version';
import { pageStorage } from '../newtab/snapshot';
import { forgetFirstScreens, keepFirstScreen, readFirstScreen, type FirstScreenPage } from '../lists/first-screen';

/**
 * @param view what the page shows (its filter and sort, an item's id); undefined: a view that keeps
 *   no first screen (a search)
 * @param live the first screen of the live data, to keep; undefined until the page has it, null
 *   when it shows nothing worth keeping (nothing is kept then: not even an open page keeps one
 *   again after all data was cleared). Memoized by the caller: each new value is written.
 * @returns the kept first screen of `view`, while the view is the one the page opened with
 */
export function useFirstScreen<T>(page: FirstScreenPage, view: string | undefined, check: (v: unknown) => v is T, live: T | null | undefined): T | undefined {
  const [kept] = useState(() => (view === undefined ? undefined : { view, data: readFirstScreen(pageStorage(), page, catalogVersion, view, check) }));
  useEffect(() => {
    if (live === null) forgetFirstScreens(pageStorage(), [page]);
    else if (live !== undefined && view !== undefined) keepFirstScreen(pageStorage(), page, catalogVersion, view, live);
  }, [live]);
  return kept && kept.view === view ? kept.data : undefined;
}
