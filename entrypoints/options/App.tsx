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
import { useHiddenItems, useMyTips } from '@/lib/mine/use-mine-options';
import { MyTipsSection } from '@/components/MyTipsSection';
import { HiddenSection } from '@/components/HiddenSection';
import { SyncSection } from '@/components/SyncSection';
import { useSync } from '@/lib/mine/use-sync';

export function App() {
  const { settings, status, change } = useStoredSettings();
  const pause = usePauseReminder(settings, change);
  // Settings work without the database; only the data section needs it.
  const { session, unavailable } = useSession();
  const data = useDataSection(session);
  const myTips = useMyTips(session, settings?.myTips ?? 'both', change);
  const hidden = useHiddenItems(session);
  const sync = useSync(session);
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
        {settings && <MyTipsSection {...myTips} />}
        {session && <HiddenSection {...hidden} />}
        {session && <SyncSection {...sync} />}
        {unavailable ? <p class="notice notice--warn">{unavailable}</p> : <DataSection {...data} />}
      </div>
    </PageShell>
  );
}
