// Actions taken before a page's session is open (on a kept first screen's rows) wait for it rather
// than being lost.
import { useEffect, useRef } from 'preact/hooks';
import type { Session } from './session';

/** Runs `act` with the session: at once when it is open, otherwise as soon as it opens. */
export function useWhenOpen(session: Session | undefined): <T>(act: (s: Session) => Promise<T>) => Promise<T> {
  const pending = useRef<((s: Session) => void)[]>([]);
  useEffect(() => {
    if (session) for (const act of pending.current.splice(0)) act(session);
  }, [session]);
  return (act) => (session ? act(session) : new Promise((resolve) => pending.current.push((s) => resolve(act(s)))));
}
