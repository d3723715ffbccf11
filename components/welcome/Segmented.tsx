interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** One of a few: radio buttons drawn as one segmented pill. */
export function Segmented<T extends string>({ legend, name, value, choices, onChange }: Props<T>) {
  return (
    <fieldset class="welcome__field">
      <legend class="welcome__legend">{legend}</legend>
      <div class="segmented">
        {choices.map((choice) => (
          <label key={choice.value} class="segmented__option">
            <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
