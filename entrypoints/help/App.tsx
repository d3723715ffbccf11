import { CRISIS_LINES, CRISIS_REVIEWED } from '@/lib/crisis';
import { navFor, PAGES } from '@/lib/ui/pages';
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
      </article>
    </PageShell>
  );
}
