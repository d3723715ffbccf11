interface Props {
  id: string;
  /** The visible label, e.g. "Search the library". */
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** What the search found, announced politely as it changes. */
  status?: string;
}

/** A labelled search field. Its keys stay in the field: pages' single-key shortcuts ignore inputs. */
export function SearchBox({ id, label, value, onInput, status }: Props) {
  return (
    <div class="search-box">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="search"
        class="search-box__input"
        value={value}
        autoComplete="off"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {status !== undefined && (
        <p class="search-box__status muted" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
