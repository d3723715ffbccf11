import { useStoredSettings } from '@/lib/ui/use-stored-settings';
import { navFor, PAGES } from '@/lib/ui/pages';
import { PageShell } from '@/components/PageShell';
import { ContentOptions } from '@/components/ContentOptions';
import { AppearanceOptions } from '@/components/AppearanceOptions';
import { NewTabOptions } from '@/components/NewTabOptions';
import { PauseReminderOptions } from '@/components/PauseReminderOptions';
import { usePauseReminder } from '@/lib/ui/use-pause-reminder';
import { useSession } from '@/lib/ui/use-session';
import { useDataSection } from '@/lib/ui/use-data-section';
import { DataSection } from '@/components/DataSection';
import { useScrollToHash } from '@/lib/ui/use-scroll-to-hash';

export function App() {
  const { settings, status, change } = useStoredSettings();
  const pause = usePauseReminder(settings, change);
  // Settings work without the database; only the data section needs it.
  const { session, unavailable } = useSession();
  const data = useDataSection(session);
  // Links to a section (options.html#data-heading) land there once the settings above it are shown.
  useScrollToHash(settings !== undefined);
  return (
    <PageShell nav={navFor('options')} helpHref={PAGES.help} status={status}>
      <div class="options">
        <h1>Options</h1>
        <p class="muted">Changes save as you make them and follow you to other browsers where you are signed in.</p>
        {settings && (
          <>
            <ContentOptions settings={settings} onChange={change} />
            <AppearanceOptions settings={settings} onChange={change} />
            <NewTabOptions settings={settings} onChange={change} />
            {pause.reminder && (
              <PauseReminderOptions reminder={pause.reminder} note={pause.note} onToggle={pause.onToggle} onChange={pause.onChange} />
            )}
          </>
        )}
        {unavailable ? <p class="notice notice--warn">{unavailable}</p> : <DataSection {...data} />}
        <p class="muted"><a href={PAGES.privacy}>Privacy policy</a>: what Tend stores, where, and how to export or delete it.</p>
      </div>
    </PageShell>
  );
}
