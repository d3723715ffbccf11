import type { CrisisLine } from '../lib/crisis';

interface Props {
  lines: readonly CrisisLine[];
  reviewed: string;
}

export function CrisisLines({ lines, reviewed }: Props) {
  return (
    <section class="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">Crisis lines</h2>
      <p class="crisis__urgent">
        <strong>If you or someone else is in immediate danger, call your local emergency number first.</strong>
      </p>
      <dl class="crisis__list" data-testid="crisis-lines">
        {lines.map((l) => (
          <div key={l.region} class="crisis__row">
            <dt>{l.region}</dt>
            <dd>{l.line}</dd>
          </div>
        ))}
      </dl>
      <p class="muted">
        Last reviewed {reviewed}. Numbers can change; if one does not work, your local emergency number or
        findahelpline.com can point you to the right service.
      </p>
    </section>
  );
}
