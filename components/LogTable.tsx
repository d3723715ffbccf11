import { shortDate, type LogSeries, type WeekLog } from '../lib/history';

interface Props {
  weeks: readonly WeekLog[];
  series: readonly LogSeries[];
  locale?: string;
}

/** The chart's numbers as a table: its text alternative, read by screen readers, hidden on screen. */
export function LogTable({ weeks, series, locale }: Props) {
  return (
    <div class="visually-hidden">
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
