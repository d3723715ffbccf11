import type { LogSeries } from '../lib/history';

/**
 * A pattern per series, so topics differ by more than colour (WCAG 1.4.1): solid, stripes one way
 * and the other, dots, lines across, lines down, a grid. The colour comes from the series' class.
 */
const MARKS = [
  '',
  'M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2',
  'M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2',
  'M1.5,1.5 h0.01 M4.5,4.5 h0.01',
  'M0,1.5 h6 M0,4.5 h6',
  'M1.5,0 v6 M4.5,0 v6',
  'M0,3 h6 M3,0 v6',
] as const;

/** One series' pattern: its colour, and the marks of its place in the list. */
function Pattern({ id, series, index }: { id: string; series: LogSeries; index: number }) {
  const marks = MARKS[index % MARKS.length];
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class={`log--${series.key}`} width="6" height="6" />
      {marks && <path class="log__mark" d={marks} />}
    </pattern>
  );
}

/** The <pattern>s for every series, for an SVG's <defs>; series i is filled with `url(#${prefix}-${i})`. */
export function LogPatterns({ prefix, series }: { prefix: string; series: readonly LogSeries[] }) {
  return (
    <defs>
      {series.map((s, i) => (
        <Pattern key={s.key} id={`${prefix}-${i}`} series={s} index={i} />
      ))}
    </defs>
  );
}

/** A legend swatch: the same colour and marks as the series' bars. */
export function Swatch({ prefix, series, index }: { prefix: string; series: LogSeries; index: number }) {
  const id = `${prefix}-swatch-${index}`;
  return (
    <svg class="log__swatch" viewBox="0 0 12 12" width="14" height="14" aria-hidden="true" focusable="false">
      <defs>
        <Pattern id={id} series={series} index={index} />
      </defs>
      <rect width="12" height="12" rx="2" fill={`url(#${id})`} />
    </svg>
  );
}
