import { byRegion, FIND_A_HELPLINE, reachHref, reachLabel, type CrisisLine } from '../lib/crisis';

interface Props {
  lines: readonly CrisisLine[];
  reviewed: string;
}

/** One service: its name, each number as a tel: or sms: link, and who it is for. */
function Line({ line }: { line: CrisisLine }) {
  return (
    <li class="crisis__line" data-testid="crisis-line">
      <span class="crisis__service">{line.service}</span>:{' '}
      {line.reach.map((reach, i) => (
        <span key={`${reach.how}${reach.number}`}>
          {i > 0 && ', '}
          <a class="crisis__reach" href={reachHref(reach)}>
            {reachLabel(reach)}
          </a>
        </span>
      ))}
      {line.note && <span class="crisis__note"> ({line.note})</span>}
    </li>
  );
}

/** The crisis lines by region; every number is a link a phone can call or text. */
export function CrisisLines({ lines, reviewed }: Props) {
  return (
    <section class="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">Crisis lines</h2>
      <p class="crisis__urgent">
        <strong>If you or someone else is in immediate danger, call your local emergency number first.</strong>
      </p>
      <dl class="crisis__list" data-testid="crisis-lines">
        {byRegion(lines).map(({ region, lines: here }) => (
          <div key={region} class="crisis__row">
            <dt>{region}</dt>
            <dd>
              <ul class="crisis__lines">
                {here.map((line) => (
                  <Line key={line.service} line={line} />
                ))}
              </ul>
            </dd>
          </div>
        ))}
        <div class="crisis__row">
          <dt>Elsewhere</dt>
          <dd>
            <a href={FIND_A_HELPLINE}>findahelpline.com</a> lists free, confidential helplines by country.
          </dd>
        </div>
      </dl>
      <p class="crisis__reviewed">
        Last reviewed {reviewed}. Numbers can change; if one does not work, your local emergency number or
        findahelpline.com can point you to the right service.
      </p>
    </section>
  );
}
