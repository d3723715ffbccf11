import { useEffect, useState } from 'preact/hooks';
import type { Session } from './session';
import type { Settings } from '../settings/model';

/** The page's settings, re-rendering whenever they change in any Tend page. */
export function useSettings(session: Session | undefined): Settings | undefined {
  const [settings, setSettings] = useState(session?.settings());
  useEffect(() => {
    if (!session) return undefined;
    setSettings(session.settings());
    return session.onSettings(setSettings);
  }, [session]);
  return settings;
}
