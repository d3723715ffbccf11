interface Props {
  id: string;
  /** The field's name, e.g. "Search the library"; read by screen readers, shown as the placeholder. */
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** What the search found, announced politely as it changes. */
  status?: string;
  /** The field was focused: a search is likely soon. */
  onFocus?: () => void;
}

/** A search pill. Its keys stay in the field: pages' single-key shortcuts ignore inputs. */
export function SearchBox({ id, label, value, onInput, status, onFocus }: Props) {
  return (
    <div class="search-box">
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <span class="search-pill">
        <input
          id={id}
          type="search"
          class="search-box__input search-pill__input"
          placeholder={label}
          value={value}
          autoComplete="off"
          onInput={(e) => onInput(e.currentTarget.value)}
          onFocus={onFocus}
        />
      </span>
      {status !== undefined && (
        <p class="search-box__status visually-hidden" role="status">
          {status}
        </p>
      )}
    </div>
  );
}
