import { useId } from 'preact/hooks';
import { logSeries, type ReadingLogData } from '../lib/history';
import { plural } from '../lib/format';
import { practiceLine, type PracticeWeek } from '../lib/practice/log';
import { LogChart } from './LogChart';
import { LogTable } from './LogTable';

interface Props {
  log: ReadingLogData;
  /** This week's breathing and grounding, when known. */
  practice?: PracticeWeek;
  locale?: string;
}

/** What this week held, said plainly: a count, never a streak or a target. */
function thisWeekLine(count: number): string {
  return count === 0 ? 'Nothing read this week so far, and that is fine.' : `You read ${plural(count, 'thing')} this week.`;
}

/** A gentle reading log: this week's count and a small chart of the last weeks by topic. */
export function ReadingLog({ log, practice, locale }: Props) {
  const headingId = useId();
  const series = logSeries(log.weeks);
  return (
    <section class="log" aria-labelledby={headingId}>
      <h2 id={headingId} class="log__heading">
        Your reading log
      </h2>
      <p class="log__week" data-testid="this-week">
        {thisWeekLine(log.thisWeek)}
      </p>
      {practice && (
        <p class="log__practice" data-testid="practice-week">
          {practiceLine(practice)}
        </p>
      )}
      {series.length === 0 ? (
        <p class="muted" data-testid="log-empty">
          As you read, a small chart here shows what you read each week, by topic.
        </p>
      ) : (
        <figure class="log__figure">
          <LogChart weeks={log.weeks} series={series} locale={locale} />
          <ul class="log__legend">
            {series.map((s) => (
              <li key={s.key}>
                <span class={`log__swatch log--${s.key}`} aria-hidden="true" />
                {s.label}
              </li>
            ))}
          </ul>
          <LogTable weeks={log.weeks} series={series} locale={locale} />
        </figure>
      )}
    </section>
  );
}
