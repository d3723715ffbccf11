import { useStoredSettings } from '@/lib/ui/use-stored-settings';
import { navFor, PAGES } from '@/lib/ui/pages';
import { PageShell } from '@/components/PageShell';
import { ContentOptions } from '@/components/ContentOptions';
import { AppearanceOptions } from '@/components/AppearanceOptions';
import { NewTabOptions } from '@/components/NewTabOptions';

export function App() {
  const { settings, status, change } = useStoredSettings();
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
          </>
        )}
      </div>
    </PageShell>
  );
}
