import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useStoredSettings } from '@/lib/ui/use-stored-settings';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { PageShell } from '@/components/PageShell';
import { SettingsPanel, type PanelSection } from '@/components/SettingsPanel';
import { ContentOptions } from '@/components/ContentOptions';
import { AppearanceOptions } from '@/components/AppearanceOptions';
import { NewTabOptions } from '@/components/NewTabOptions';
import { PauseReminderOptions } from '@/components/PauseReminderOptions';
import { AboutOptions } from '@/components/AboutOptions';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { usePauseReminder } from '@/lib/ui/use-pause-reminder';
import { useSession } from '@/lib/ui/use-session';
import { useDataSection } from '@/lib/ui/use-data-section';
import { DataSection } from '@/components/DataSection';
import { useScrollToHash } from '@/lib/ui/use-scroll-to-hash';
import { useCurrentSection } from '@/lib/ui/use-current-section';
import { useHiddenItems, useMyTips } from '@/lib/mine/use-mine-options';
import { MyTipsSection } from '@/components/MyTipsSection';
import { HiddenSection } from '@/components/HiddenSection';
import { SyncSection } from '@/components/SyncSection';
import { useSync } from '@/lib/mine/use-sync';

export function App() {
  const { settings, status, change, reset } = useStoredSettings();
  const pause = usePauseReminder(settings, change);
  // Settings work without the database; only the data section needs it.
  const { session, unavailable } = useSession();
  const data = useDataSection(session);
  const [resetting, setResetting] = useState(false);
  const myTips = useMyTips(session, settings?.myTips ?? 'both', change);
  const hidden = useHiddenItems(session);
  const sync = useSync(session);
  // Links to a section (options.html#data-heading) land there once the settings above it are shown.
  useScrollToHash(settings !== undefined);

  // The panel's sections, in order: one line each, so a new section is a one-line change.
  const sections: PanelSection[] = settings
    ? [
        { id: 'content', title: 'What you see', body: <ContentOptions settings={settings} onChange={change} /> },
        { id: 'appearance', title: 'Look and feel', body: <AppearanceOptions settings={settings} onChange={change} /> },
        { id: 'newtab', title: 'New tab', body: <NewTabOptions settings={settings} helpHref={`${PAGES.help}#own-new-tab`} onChange={change} /> },
        { id: 'pause', title: 'Pause reminder', body: pause.reminder && <PauseReminderOptions reminder={pause.reminder} note={pause.note} onToggle={pause.onToggle} onChange={pause.onChange} /> },
      ]
    : [];
  if (settings) sections.push({ id: 'my-tips', title: 'Your tips', body: <MyTipsSection {...myTips} /> });
  if (session) {
    sections.push(
      { id: 'hidden', title: 'Hidden items', body: <HiddenSection {...hidden} /> },
      { id: 'sync', title: 'Sync', body: <SyncSection {...sync} /> },
    );
  }
  sections.push(
    { id: 'data', title: 'Your data', apart: true, body: unavailable ? <p class="notice notice--warn">{unavailable}</p> : <DataSection {...data} /> },
    { id: 'about', title: 'About Tend', body: <AboutOptions helpHref={PAGES.help} privacyHref={PAGES.privacy} version={browser.runtime.getManifest().version} onReset={() => setResetting(true)} /> },
  );
  const current = useCurrentSection(sections.map((s) => s.id));
  const notSaved = status.startsWith('Not saved');

  return (
    <PageShell nav={navFor('options')} helpHref={PAGES.help} status={status}>
      <SettingsPanel title="Options" saved={notSaved ? status : 'Changes save as you go'} savedError={notSaved} sections={sections} current={current} />
      <ConfirmDialog
        open={resetting}
        title="Reset every setting?"
        confirmLabel="Reset settings"
        onConfirm={() => {
          setResetting(false);
          void reset();
        }}
        onCancel={() => setResetting(false)}
      >
        <p>Topics, look, new tab and the pause reminder go back to how Tend started. Your saved items, history and practices stay.</p>
      </ConfirmDialog>
    </PageShell>
  );
}
