import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded the first time it is `wanted` and kept after: parts of a page that most visits
 * never show (a dialog, a notice, the reading view) stay out of what the page loads.
 */
export function useLazy<T>(load: () => Promise<T>, wanted: boolean): T | undefined {
  const [loaded, setLoaded] = useState<T>();
  useEffect(() => {
    if (wanted && loaded === undefined) void load().then((module) => setLoaded(() => module));
  }, [wanted]);
  return loaded;
}
