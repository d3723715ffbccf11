import { useState } from 'preact/hooks';
import { TOPICS } from '../lib/content/types';
import { MINE_LIMITS, type TipInput } from '../lib/mine/model';

interface Props {
  /** The tip being edited; none for a new one. */
  initial?: TipInput;
  /** Why the last save was refused, if it was. */
  error?: string;
  disabled?: boolean;
  onSave: (tip: TipInput) => void;
  onCancel?: () => void;
}

/** Write or edit one of your tips: an optional title, the text (line breaks kept), an optional topic. */
export function MyTipForm({ initial, error, disabled, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [topic, setTopic] = useState(initial?.topic ?? '');
  const id = initial ? 'edit-tip' : 'new-tip';
  return (
    <form
      class="mine-form"
      aria-label={initial ? 'Edit your tip' : 'Add a tip'}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ text, ...(title ? { title } : {}), ...(topic ? { topic } : {}) });
        if (!initial) [setTitle, setText, setTopic].forEach((set) => set(''));
      }}
    >
      <label for={`${id}-title`}>Title (optional)</label>
      <input id={`${id}-title`} type="text" maxLength={MINE_LIMITS.titleChars} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for={`${id}-text`}>Your tip</label>
      <textarea id={`${id}-text`} rows={4} maxLength={MINE_LIMITS.tipChars} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-describedby={`${id}-count`} />
      <p class="mine-form__count muted" id={`${id}-count`}>
        {text.length} of {MINE_LIMITS.tipChars} characters. Line breaks are kept; it is shown exactly as you type it.
      </p>
      <label for={`${id}-topic`}>Topic (optional)</label>
      <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
        <option value="">No topic</option>
        {TOPICS.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {error && (
        <p class="notice notice--warn" role="alert">
          {error}
        </p>
      )}
      <div class="actions__row">
        <button type="submit" class="button button--primary" disabled={disabled}>
          {initial ? 'Save changes' : 'Add tip'}
        </button>
        {onCancel && (
          <button type="button" class="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
