// The background: only the optional pause reminder (off by default). Thin on purpose: lib/ does
// the work; it keeps no state of its own, so MV3's short-lived workers change nothing for it.
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { startPauseReminders } from '@/lib/practice/reminder-alarm';
import { browserReminderPlatform } from '@/lib/practice/reminder-platform';

export default defineBackground({
  main() {
    startPauseReminders(browserReminderPlatform(), {
      load: () => loadSettings().then((settings) => settings.pauseReminder),
      watch: (callback) => void watchSettings((settings) => callback(settings.pauseReminder)),
      now: Date.now,
    });
  },
});
