// The options page's pause reminder: turning it on asks for the optional permissions first, from
// the click itself; a refusal leaves it off and says so kindly. Settings follow the person to other
// browsers but permissions do not, so an "on" reminder without them says what is missing.
import { useEffect, useState } from 'preact/hooks';
import type { PauseReminder, Settings } from '../settings/model';
import { hasReminderPermissions, requestReminderPermissions } from '../practice/reminder-platform';

export const REFUSED = 'Tend was not allowed to show notifications, so the reminder stays off. That is fine: nothing else changes.';
export const MISSING = 'This browser has not allowed Tend to show notifications, so no reminder will come. Turn the reminder off and on again to allow them.';

export interface PausePlatform {
  request(): Promise<boolean>;
  granted(): Promise<boolean>;
}

const BROWSER: PausePlatform = { request: requestReminderPermissions, granted: hasReminderPermissions };

export function usePauseReminder(
  settings: Settings | undefined,
  change: (patch: Partial<Settings>) => Promise<unknown>,
  platform: PausePlatform = BROWSER,
) {
  const [note, setNote] = useState('');
  const reminder = settings?.pauseReminder;

  useEffect(() => {
    if (!reminder?.on) return;
    void platform.granted().then((ok) => setNote(ok ? '' : MISSING));
  }, [reminder?.on]);

  const set = (patch: Partial<PauseReminder>) => (reminder ? change({ pauseReminder: { ...reminder, ...patch } }) : Promise.resolve());

  const onToggle = () => {
    if (!reminder) return;
    if (reminder.on) {
      setNote('');
      void set({ on: false });
      return;
    }
    // No await before this call: browsers only ask during the click.
    platform.request().then(
      (granted) => {
        setNote(granted ? '' : REFUSED);
        if (granted) void set({ on: true });
      },
      (error: unknown) => {
        console.warn('Tend: could not ask for the notification permission', error);
        setNote(REFUSED);
      },
    );
  };

  return { reminder, note, onToggle, onChange: (patch: Partial<PauseReminder>) => void set(patch) };
}
