// A practice on its own page: opened from the popup ("Breathe for a minute") and by the pause
// reminder's notification. practice.html?type=breathing | grounding.
import type { Practice } from '@/lib/content/types';
import { useSession } from '@/lib/ui/use-session';
import { usePractice } from '@/lib/ui/use-practice';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { PageShell } from '@/components/PageShell';
import { PracticeView } from '@/components/PracticeView';

const kindOf = (search: string): Practice => (new URLSearchParams(search).get('type') === 'grounding' ? 'grounding' : 'breathing');

export function App() {
  const kind = kindOf(location.search);
  const { session } = useSession();
  // Escape stops a running session; there is no view here to go back from.
  const practice = usePractice(session, kind, () => undefined);
  return (
    <PageShell nav={navFor('practice')} helpHref={PAGES.help} status={practice.announcement}>
      <PracticeView
        kind={kind}
        breathing={practice.breathing}
        grounding={practice.grounding}
        back={{ label: 'Go to today’s item', href: PAGES.newtab }}
      />
    </PageShell>
  );
}
