// The background: the optional pause reminder (off by default) and sync while it is on (off by
// default; lib/sync/background.ts). Thin on purpose: lib/ does the work; it keeps no state of its
// own, so MV3's short-lived workers change nothing for it.
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { storageApi } from '@/lib/settings/storage-api';
import { startPauseReminders } from '@/lib/practice/reminder-alarm';
import { browserReminderPlatform } from '@/lib/practice/reminder-platform';
import { startSyncBackground } from '@/lib/sync/background';
import { openSyncData } from '@/lib/db/sync-data';
import { browser } from 'wxt/browser';

export default defineBackground({
  main() {
    startPauseReminders(browserReminderPlatform(), {
      load: () => loadSettings().then((settings) => settings.pauseReminder),
      watch: (callback) => void watchSettings((settings) => callback(settings.pauseReminder)),
      now: Date.now,
    });
    const storage = storageApi();
    let data: ReturnType<typeof openSyncData> | undefined;
    startSyncBackground({
      open: () => (data ??= openSyncData()),
      storage: storage.sync,
      onStorageChanged: storage.onChanged,
      onMessage: browser.runtime.onMessage,
      scheduler: {
        now: Date.now,
        after: (ms, run) => {
          const id = setTimeout(run, ms);
          return () => clearTimeout(id);
        },
      },
    });
  },
});
