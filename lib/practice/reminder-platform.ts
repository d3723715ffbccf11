// The real browser behind the pause reminder (see reminder-alarm.ts). Only the background and the
// options page use this; `alarms` and `notifications` are optional permissions, so they may be absent.
import { browser } from 'wxt/browser';
import type { AlarmsApi, NotificationsApi, ReminderPlatform } from './reminder-alarm';
import { PAGES } from '../ui/pages';

/** What the reminder needs; Chrome lets both be optional, Firefox only notifications (see wxt.config.ts). */
export const REMINDER_PERMISSIONS = ['notifications', 'alarms'] as const;

type ReminderPermission = (typeof REMINDER_PERMISSIONS)[number];

/** The reminder permissions this build declares as optional: the ones to ask for. */
export function optionalReminderPermissions(declared: readonly string[] | undefined): ReminderPermission[] {
  return REMINDER_PERMISSIONS.filter((p) => declared?.includes(p));
}

/** Asks for the reminder's permissions. Call it straight from a click: browsers ask only during one. */
export function requestReminderPermissions(): Promise<boolean> {
  const wanted = optionalReminderPermissions(browser.runtime.getManifest().optional_permissions as string[] | undefined);
  return wanted.length === 0 ? Promise.resolve(true) : browser.permissions.request({ permissions: wanted });
}

export function hasReminderPermissions(): Promise<boolean> {
  return browser.permissions.contains({ permissions: [...REMINDER_PERMISSIONS] }).catch(() => false);
}

export function browserReminderPlatform(): ReminderPlatform {
  // The polyfill's types say these always exist; without the permission they are undefined.
  const api = browser as unknown as { alarms?: AlarmsApi; notifications?: NotificationsApi };
  return {
    alarms: () => api.alarms,
    notifications: () => api.notifications,
    granted: hasReminderPermissions,
    onPermissionsChanged(callback) {
      browser.permissions.onAdded.addListener(callback);
      browser.permissions.onRemoved.addListener(callback);
    },
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    openPacer: () => browser.tabs.create({ url: browser.runtime.getURL(`/${PAGES.practice('breathing')}`) }),
  };
}
