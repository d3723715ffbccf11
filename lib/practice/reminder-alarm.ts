// The gentle pause reminder in the background: keeps one alarm in step with the settings, shows a
// notification when it rings within the chosen hours, and opens the pacer when it is clicked.
// The browser comes in as a small platform object (tested with WXT's fake browser). Every call is
// guarded: without the optional permissions, nothing is scheduled and nothing is shown.
import type { PauseReminder } from '../settings/model';
import { alarmNameFor, isReminderAlarm, nextReminderAt, systemTime, withinHours, type LocalTime } from './reminder';

interface Listenable<T extends unknown[]> {
  addListener(callback: (...args: T) => void): void;
}

export interface AlarmsApi {
  getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean>;
  onAlarm: Listenable<[{ name: string }]>;
}

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
  clear(id: string): Promise<boolean>;
  onClicked: Listenable<[string]>;
}

export interface ReminderPlatform {
  /** Read each time: in Chrome the APIs appear only once their optional permission is granted. */
  alarms(): AlarmsApi | undefined;
  notifications(): NotificationsApi | undefined;
  /** Whether the reminder's permissions are granted now. */
  granted(): Promise<boolean>;
  onPermissionsChanged(callback: () => void): void;
  iconUrl: string;
  /** Opens the breathing pacer in a new tab. */
  openPacer(): Promise<unknown>;
}

export const NOTIFICATION_ID = 'tend-pause';

export const NOTIFICATION = {
  title: 'A one-minute pause?',
  message: 'If now is a good moment, Tend has a calm breathing guide ready. Click to begin.',
};

/** Makes the alarms match the settings: one alarm when on and allowed, none otherwise. A still-right alarm is kept. */
export async function syncReminder(platform: ReminderPlatform, reminder: PauseReminder, now: number, local: LocalTime = systemTime): Promise<void> {
  const alarms = platform.alarms();
  if (!alarms) return;
  const wanted = reminder.on && (await platform.granted()) ? alarmNameFor(reminder) : undefined;
  const ours = (await alarms.getAll()).filter((a) => isReminderAlarm(a.name));
  for (const alarm of ours) if (alarm.name !== wanted) await alarms.clear(alarm.name);
  if (wanted && !ours.some((a) => a.name === wanted)) await alarms.create(wanted, { when: nextReminderAt(reminder, now, local) });
}

/** The alarm rang: suggest a pause if it is within the hours (a late alarm after sleep stays quiet), then schedule the next. */
export async function onReminderAlarm(
  platform: ReminderPlatform,
  name: string,
  reminder: PauseReminder,
  now: number,
  local: LocalTime = systemTime,
): Promise<void> {
  if (!isReminderAlarm(name)) return;
  if (!reminder.on || !(await platform.granted())) return syncReminder(platform, reminder, now, local);
  const notifications = platform.notifications();
  if (notifications && withinHours(reminder, now, local)) {
    await notifications.create(NOTIFICATION_ID, { type: 'basic', iconUrl: platform.iconUrl, ...NOTIFICATION });
  }
  await platform.alarms()?.create(alarmNameFor(reminder), { when: nextReminderAt(reminder, now, local) });
}

export async function onReminderClicked(platform: ReminderPlatform, id: string): Promise<void> {
  if (id !== NOTIFICATION_ID) return;
  await platform.notifications()?.clear(id);
  await platform.openPacer();
}

export interface ReminderDeps {
  load(): Promise<PauseReminder>;
  /** Calls back whenever the settings change (in any page). */
  watch(callback: (reminder: PauseReminder) => void): void;
  now(): number;
  local?: LocalTime;
}

const warn = (error: unknown) => console.warn('Tend: the pause reminder could not be updated', error);

/**
 * Registers the listeners (synchronously, as a background must) and brings the alarm in step.
 * Listeners for APIs that are not there yet are added when their permission is granted.
 */
export function startPauseReminders(platform: ReminderPlatform, deps: ReminderDeps): void {
  let alarmsHeard = false;
  let clicksHeard = false;
  const sync = (reminder?: PauseReminder) =>
    (reminder ? Promise.resolve(reminder) : deps.load()).then((r) => syncReminder(platform, r, deps.now(), deps.local)).catch(warn);

  const listen = () => {
    const alarms = platform.alarms();
    if (alarms && !alarmsHeard) {
      alarmsHeard = true;
      alarms.onAlarm.addListener((alarm) => {
        void deps.load().then((r) => onReminderAlarm(platform, alarm.name, r, deps.now(), deps.local)).catch(warn);
      });
    }
    const notifications = platform.notifications();
    if (notifications && !clicksHeard) {
      clicksHeard = true;
      notifications.onClicked.addListener((id) => void onReminderClicked(platform, id).catch(warn));
    }
  };

  listen();
  platform.onPermissionsChanged(() => {
    listen();
    void sync();
  });
  deps.watch((reminder) => void sync(reminder));
  void sync();
}
