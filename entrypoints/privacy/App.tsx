import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { PageShell } from '@/components/PageShell';
import { RichText } from '@/components/RichText';
import { POLICY, TITLE } from './policy';

/** docs/PRIVACY.md inside Tend, offline: the same words, compiled at build time (policy.ts). */
export function App() {
  return (
    <PageShell nav={navFor('privacy')} helpHref={PAGES.help}>
      <article class="help privacy" data-testid="privacy-policy">
        <h1>{TITLE}</h1>
        <RichText blocks={POLICY} helpHref={PAGES.help} />
      </article>
    </PageShell>
  );
}
