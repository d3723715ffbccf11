export interface Segment<T extends string> {
  value: T;
  label: string;
  /** A count shown beside the label (and read with it). */
  count?: number;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  segments: readonly Segment<T>[];
  onChange: (value: T) => void;
}

/** One choice of a few as a segmented control: real radio buttons, so arrow keys move between them. */
export function Segmented<T extends string>({ legend, name, value, segments, onChange }: Props<T>) {
  return (
    <fieldset class="segmented">
      <legend>{legend}</legend>
      {segments.map((s) => (
        <label key={s.value}>
          <input type="radio" name={name} value={s.value} checked={s.value === value} onChange={() => onChange(s.value)} />
          {s.label}
          {s.count !== undefined && <span class="segmented__count"> {s.count}</span>}
        </label>
      ))}
    </fieldset>
  );
}
