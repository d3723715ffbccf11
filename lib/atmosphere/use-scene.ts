// The new tab's scene: the kept copy in the first frame; after it, today's and tomorrow's are
// generated and kept when they are not (keep.ts), so the generator stays off the first paint.
import { useEffect, useState } from 'preact/hooks';
import type { Scene } from './scene';
import { keptScene, nextDay } from './today';

/** @param initial the kept scene the first frame painted, if there was one */
export function useScene(storage: Storage | undefined, initial: Scene | undefined, now: Date): Scene | undefined {
  const [scene, setScene] = useState(initial);
  useEffect(() => {
    const next = nextDay(now);
    if (initial && keptScene(storage, next)) return;
    import('./keep').then(
      ({ todaysScene }) => setScene(todaysScene(storage, now)),
      (error: unknown) => console.warn('Tend: the landscape could not load', error),
    );
  }, []);
  return scene;
}
