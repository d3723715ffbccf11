import { shortDate, type LogSeries, type WeekLog } from '../lib/history';

interface Props {
  weeks: readonly WeekLog[];
  series: readonly LogSeries[];
  locale?: string;
  id: string;
  /** On screen when shown; otherwise still there for screen readers, as the chart's text alternative. */
  shown: boolean;
}

/** The chart's numbers as a table: its text alternative, and on screen when asked for. */
export function LogTable({ weeks, series, locale, id, shown }: Props) {
  return (
    <div id={id} class={shown ? 'log__table' : 'visually-hidden'}>
      <table data-testid="log-table">
        <caption>Reads per week and topic, oldest week first</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={week.start}>
              <th scope="row">
                {shortDate(week.start, locale)}
                {i === weeks.length - 1 ? ' (this week)' : ''}
              </th>
              {series.map((s) => (
                <td key={s.key}>{s.count(week)}</td>
              ))}
              <td>{week.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
