import { useId, useState } from 'preact/hooks';
import { logSeries, type ReadingLogData, type WeekLog } from '../lib/history';
import { plural } from '../lib/format';
import { practiceLine, type PracticeWeek } from '../lib/practice/log';
import { LogChart } from './LogChart';
import { Swatch } from './LogPatterns';
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

/** The weeks from the first with a read: a log begun this week shows no row of empty weeks before it. */
const fromFirstRead = (weeks: readonly WeekLog[]): WeekLog[] => weeks.slice(Math.max(0, weeks.findIndex((w) => w.total > 0)));

/** A gentle reading log: this week's count and a small chart of the last weeks by topic, its numbers a click away. */
export function ReadingLog({ log, practice, locale }: Props) {
  const headingId = useId();
  const tableId = useId();
  const patterns = useId();
  const [numbers, setNumbers] = useState(false);
  const weeks = fromFirstRead(log.weeks);
  const series = logSeries(weeks);
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
      ) : weeks.length < 2 ? (
        <p class="muted" data-testid="log-first-week">
          Your log began this week. From next week, a small chart here shows each week side by side.
        </p>
      ) : (
        <figure class="log__figure">
          <LogChart weeks={weeks} series={series} locale={locale} patterns={patterns} />
          <ul class="log__legend">
            {series.map((s, i) => (
              <li key={s.key}>
                <Swatch prefix={patterns} series={s} index={i} />
                {s.label}
              </li>
            ))}
          </ul>
          <button type="button" class="button button--small log__toggle" aria-expanded={numbers} aria-controls={tableId} onClick={() => setNumbers((on) => !on)}>
            {numbers ? 'Hide the numbers' : 'Show the numbers'}
          </button>
          <LogTable weeks={weeks} series={series} locale={locale} id={tableId} shown={numbers} />
        </figure>
      )}
    </section>
  );
}
