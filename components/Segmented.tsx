import './styles/segmented.css';

export interface Segment<T extends string> {
  value: T;
  label: string;
  /** A count shown beside the label (and read with it). */
  count?: number;
}

interface Props<T extends string> {
  /** The radios' name. */
  name: string;
  value: T;
  segments: readonly Segment<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  /** Names the group when nothing visible does (the lists' filters). */
  label?: string;
  /** The id of the visible text that names the group (a settings row's label, a welcome step's heading). */
  labelledBy?: string;
  /** The id of a line of help about the whole choice. */
  describedBy?: string;
}

/**
 * One choice of a few as a segmented control: real radio buttons in a radio group, so arrow keys
 * move between them. The one control for this everywhere (options, the lists' filters, the welcome).
 */
export function Segmented<T extends string>({ name, value, segments, onChange, disabled, label, labelledBy, describedBy }: Props<T>) {
  return (
    <div class="seg" role="radiogroup" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {segments.map((s) => (
        <label key={s.value} class="seg__option">
          <input type="radio" class="seg__input" name={name} value={s.value} checked={s.value === value} disabled={disabled} onChange={() => onChange(s.value)} />
          <span>
            {s.label}
            {s.count !== undefined && <span class="seg__count"> {s.count}</span>}
          </span>
        </label>
      ))}
    </div>
  );
}
