import { useState } from 'preact/hooks';
import { MINE_LIMITS } from '../lib/mine/model';

interface Props {
  /** The item's note now ('' for none). */
  note: string;
  /** The item's title, for the labels. */
  title: string;
  /** Why the last save was refused, if it was. */
  error?: string;
  disabled?: boolean;
  /** Resolves to whether it was kept: a refused note stays open, with the error, so nothing typed is lost. */
  onSave: (text: string) => Promise<boolean>;
}

/** A short private note on an item: shown as text, edited in place; saving it empty removes it. */
export function NoteEditor({ note, title, error, disabled, onSave }: Props) {
  const [draft, setDraft] = useState<string>();
  if (draft === undefined) {
    return (
      <div class="note">
        {note && (
          <p class="note__text mine-text" data-testid="note">
            <span class="note__label">Your note: </span>
            {note}
          </p>
        )}
        <button type="button" class="button button--small button--quiet" disabled={disabled} onClick={() => setDraft(note)} aria-label={`${note ? 'Edit your note' : 'Add a note'} on “${title}”`}>
          {note ? 'Edit note' : 'Add a note'}
        </button>
      </div>
    );
  }
  return (
    <form
      class="note note--editing"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(draft).then((kept) => kept && setDraft(undefined));
      }}
    >
      <label class="note__label">
        Your note on “{title}” (only you see it)
        <textarea rows={3} maxLength={MINE_LIMITS.noteChars} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </label>
      <p class="muted">
        {draft.length} of {MINE_LIMITS.noteChars.toLocaleString('en')} characters
      </p>
      {error && (
        <p class="notice notice--warn" role="alert">
          {error}
        </p>
      )}
      <div class="actions__row">
        <button type="submit" class="button button--small button--primary">
          Save note
        </button>
        <button type="button" class="button button--small button--quiet" onClick={() => setDraft(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
