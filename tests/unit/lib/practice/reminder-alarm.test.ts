import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NOTIFICATION_ID,
  onReminderAlarm,
  onReminderClicked,
  startPauseReminders,
  syncReminder,
  type AlarmsApi,
  type NotificationsApi,
  type ReminderPlatform,
} from '@/lib/practice/reminder-alarm';
import type { PauseReminder } from '@/lib/settings/model';
import { at, utc } from './utc-time';

const on: PauseReminder = { on: true, everyHours: 2, from: 9, to: 18 };
const off: PauseReminder = { ...on, on: false };

/** WXT's fake browser for alarms and notifications; permissions as a switch the test flips. */
function platform(granted = true, withApis = true) {
  const state = { granted, opened: 0, permissionListeners: [] as (() => void)[] };
  const p: ReminderPlatform = {
    alarms: () => (withApis ? (fakeBrowser.alarms as unknown as AlarmsApi) : undefined),
    notifications: () => (withApis ? (fakeBrowser.notifications as unknown as NotificationsApi) : undefined),
    granted: async () => state.granted,
    onPermissionsChanged: (callback) => state.permissionListeners.push(callback),
    iconUrl: 'icon/128.png',
    openPacer: async () => {
      state.opened += 1;
    },
  };
  return { p, state };
}

const alarms = async () => (await fakeBrowser.alarms.getAll()).map((a) => ({ name: a.name, when: a.scheduledTime }));
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('syncReminder', () => {
  it('schedules nothing while the reminder is off (the default)', async () => {
    await syncReminder(platform().p, off, at(10), utc);
    expect(await alarms()).toEqual([]);
  });

  it('schedules one alarm once it is on and allowed', async () => {
    await syncReminder(platform().p, on, at(10), utc);
    expect(await alarms()).toEqual([{ name: 'tend-pause:2:9-18', when: at(12) }]);
  });

  it('schedules nothing without the permission, and does not fail without the APIs', async () => {
    await syncReminder(platform(false).p, on, at(10), utc);
    expect(await alarms()).toEqual([]);
    await expect(syncReminder(platform(true, false).p, on, at(10), utc)).resolves.toBeUndefined();
  });

  it('keeps a still-right alarm (a background waking up does not push it later)', async () => {
    const { p } = platform();
    await syncReminder(p, on, at(10), utc);
    await syncReminder(p, on, at(11), utc);
    expect(await alarms()).toEqual([{ name: 'tend-pause:2:9-18', when: at(12) }]);
  });

  it('replaces the alarm when the hours change, and clears it when turned off', async () => {
    const { p } = platform();
    await syncReminder(p, on, at(10), utc);
    await syncReminder(p, { ...on, everyHours: 1 }, at(10, 30), utc);
    expect(await alarms()).toEqual([{ name: 'tend-pause:1:9-18', when: at(11, 30) }]);
    await syncReminder(p, off, at(11), utc);
    expect(await alarms()).toEqual([]);
  });

  it('leaves alarms that are not its own alone', async () => {
    fakeBrowser.alarms.create('other', { when: at(20) });
    await syncReminder(platform().p, off, at(10), utc);
    expect((await alarms()).map((a) => a.name)).toEqual(['other']);
  });
});

describe('onReminderAlarm', () => {
  it('suggests a pause within the hours, and schedules the next', async () => {
    const { p } = platform();
    await onReminderAlarm(p, 'tend-pause:2:9-18', on, at(12), utc);
    expect(await shown()).toEqual([NOTIFICATION_ID]);
    const [options] = Object.values(await fakeBrowser.notifications.getAll());
    expect(options).toMatchObject({ type: 'basic', title: 'A one-minute pause?' });
    expect(await alarms()).toEqual([{ name: 'tend-pause:2:9-18', when: at(14) }]);
  });

  it('stays quiet for an alarm that rings late, outside the hours (after sleep), and schedules the next inside them', async () => {
    await onReminderAlarm(platform().p, 'tend-pause:2:9-18', on, at(22), utc);
    expect(await shown()).toEqual([]);
    expect(await alarms()).toEqual([{ name: 'tend-pause:2:9-18', when: at(9, 0, 27) }]);
  });

  it('shows nothing and clears up when the reminder is off or the permission is gone', async () => {
    const { p, state } = platform();
    await syncReminder(p, on, at(10), utc);
    state.granted = false;
    await onReminderAlarm(p, 'tend-pause:2:9-18', on, at(12), utc);
    expect(await shown()).toEqual([]);
    expect(await alarms()).toEqual([]);
  });

  it('ignores other alarms', async () => {
    await onReminderAlarm(platform().p, 'other', on, at(12), utc);
    expect(await shown()).toEqual([]);
    expect(await alarms()).toEqual([]);
  });
});

describe('onReminderClicked', () => {
  it('opens the pacer and closes the notification; other notifications are not ours', async () => {
    const { p, state } = platform();
    await onReminderAlarm(p, 'tend-pause:2:9-18', on, at(12), utc);
    await onReminderClicked(p, 'someone-else');
    expect(state.opened).toBe(0);
    await onReminderClicked(p, NOTIFICATION_ID);
    expect(state.opened).toBe(1);
    expect(await shown()).toEqual([]);
  });
});

describe('startPauseReminders (the background)', () => {
  it('syncs at start and on every settings change, and reacts to the alarm and the click', async () => {
    const { p, state } = platform();
    let settings = off;
    let changed: (r: PauseReminder) => void = () => {};
    startPauseReminders(p, { load: async () => settings, watch: (cb) => (changed = cb), now: () => at(10), local: utc });
    await vi.waitFor(async () => expect(await alarms()).toEqual([]));

    settings = on;
    changed(on);
    await vi.waitFor(async () => expect(await alarms()).toEqual([{ name: 'tend-pause:2:9-18', when: at(12) }]));

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'tend-pause:2:9-18', scheduledTime: at(12) });
    await vi.waitFor(async () => expect(await shown()).toEqual([NOTIFICATION_ID]));
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    await vi.waitFor(() => expect(state.opened).toBe(1));

    settings = off;
    changed(off);
    await vi.waitFor(async () => expect(await alarms()).toEqual([]));
  });

  it('starts listening when the permission is granted later (Chrome adds the APIs then)', async () => {
    let apis = false;
    const { p, state } = platform();
    const late: ReminderPlatform = {
      ...p,
      alarms: () => (apis ? p.alarms() : undefined),
      notifications: () => (apis ? p.notifications() : undefined),
    };
    startPauseReminders(late, { load: async () => on, watch: () => {}, now: () => at(12), local: utc });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'tend-pause:2:9-18', scheduledTime: at(12) });
    expect(await shown()).toEqual([]); // nobody was listening yet
    apis = true;
    state.permissionListeners.forEach((l) => l());
    await vi.waitFor(async () => expect(await alarms()).toHaveLength(1));
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'tend-pause:2:9-18', scheduledTime: at(12) });
    await vi.waitFor(async () => expect(await shown()).toEqual([NOTIFICATION_ID]));
  });
});
