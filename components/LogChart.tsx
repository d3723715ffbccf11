import { useId } from 'preact/hooks';
import { shortDate, type LogSeries, type WeekLog } from '../lib/history';
import { plural } from '../lib/format';
import { LogPatterns } from './LogPatterns';

interface Props {
  weeks: readonly WeekLog[];
  series: readonly LogSeries[];
  locale?: string;
  /** The ids of the series' patterns start with this (shared with the legend's swatches). */
  patterns: string;
}

const COLUMN = 56;
const BAR = 30;
const TOP = 20;
const PLOT = 110;
const HEIGHT = TOP + PLOT + 26;

/** What the chart shows, in words: its accessible description. */
function describeWeeks(weeks: readonly WeekLog[], locale?: string): string {
  const each = weeks.map((w) => `week of ${shortDate(w.start, locale)}: ${plural(w.total, 'read')}`).join('; ');
  return `Oldest week first. ${each}. The table that follows has the same numbers by topic.`;
}

/** Reads per week as stacked bars, one colour and pattern per topic. Decorative text inside is for sighted readers. */
export function LogChart({ weeks, series, locale, patterns }: Props) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...weeks.map((w) => w.total));
  const scale = PLOT / max;
  const base = TOP + PLOT;
  return (
    <svg
      class="log__chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${weeks.length * COLUMN} ${HEIGHT}`}
      data-testid="log-chart"
    >
      <title id={titleId}>{`Reads per week, last ${plural(weeks.length, 'week')}`}</title>
      <desc id={descId}>{describeWeeks(weeks, locale)}</desc>
      <LogPatterns prefix={patterns} series={series} />
      {weeks.map((week, i) => {
        const x = i * COLUMN + (COLUMN - BAR) / 2;
        let top = base;
        const bars = series.map((s, n) => {
          const height = s.count(week) * scale;
          if (height === 0) return null;
          top -= height;
          return <rect key={s.key} class="log__bar" data-series={s.key} x={x} y={top} width={BAR} height={height} fill={`url(#${patterns}-${n})`} />;
        });
        return (
          <g key={week.start}>
            {bars}
            <text class="log__label" x={x + BAR / 2} y={top - 6}>
              {week.total > 0 ? week.total : ''}
            </text>
            <text class="log__label log__label--date" x={x + BAR / 2} y={HEIGHT - 8}>
              {shortDate(week.start, locale)}
            </text>
          </g>
        );
      })}
      <line class="log__axis" x1={0} x2={weeks.length * COLUMN} y1={base + 0.5} y2={base + 0.5} />
    </svg>
  );
}
