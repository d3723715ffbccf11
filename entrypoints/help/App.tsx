import { CRISIS_LINES, CRISIS_REVIEWED } from '@/lib/crisis';
import { PAGES } from '@/lib/ui/pages';
import { navFor } from '@/lib/ui/nav';
import { PageShell } from '@/components/PageShell';
import { CrisisLines } from '@/components/CrisisLines';

export function App() {
  return (
    <PageShell nav={navFor('help')} helpHref={PAGES.help}>
      <article class="help">
        <h1>Get help now</h1>
        <p class="lead">
          If things feel like too much, you do not have to handle them alone. Talking to someone today can help.
        </p>
        <CrisisLines lines={CRISIS_LINES} reviewed={CRISIS_REVIEWED} />
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">What Tend is, and is not</h2>
          <p>
            Tend shares short pieces of general wellness reading. It is not therapy, medical advice, or a crisis
            service, and it cannot respond to you. If you are worried about your mental health, a doctor, a therapist
            who is licensed or registered with a recognized professional body, or one of the lines above can help
            you find the right support.
          </p>
          <p>This page works offline: everything on it is part of Tend.</p>
          <p><a href={PAGES.privacy}>Privacy policy</a>: Tend keeps what it knows about you on your device and sends nothing.</p>
        </section>
        <section id="own-new-tab" aria-labelledby="own-new-tab-heading">
          <h2 id="own-new-tab-heading">Your browser’s own new tab</h2>
          <p>
            Browsers do not let an extension stop replacing the new tab while it is installed. To get your browser’s own
            new tab back, turn Tend off or remove it: in Chrome at <strong>chrome://extensions</strong>, in Firefox at{' '}
            <strong>about:addons</strong>. The toolbar button goes with it. You can export your data in{' '}
            <a href={PAGES.options + '#data-heading'}>Options</a> first.
          </p>
        </section>
      </article>
    </PageShell>
  );
}
