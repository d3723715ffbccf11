// The background: the optional pause reminder (off by default), and the rotation for new tabs that
// are only being looked at. Thin on purpose: lib/ does the work; nothing opens at import time.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { startPauseReminders } from '@/lib/practice/reminder-alarm';
import { browserReminderPlatform } from '@/lib/practice/reminder-platform';
import { isShownRequest } from '@/lib/shown';
import { answerShown, keepRotation, openRotation } from '@/lib/background/rotation';

export default defineBackground({
  main() {
    startPauseReminders(browserReminderPlatform(), {
      load: () => loadSettings().then((settings) => settings.pauseReminder),
      watch: (callback) => void watchSettings((settings) => callback(settings.pauseReminder)),
      now: Date.now,
    });
    const rotation = keepRotation(openRotation);
    browser.runtime.onMessage.addListener((message: unknown) => (isShownRequest(message) ? answerShown(rotation, message) : undefined));
  },
});
