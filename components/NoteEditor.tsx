import { useEffect, useRef, useState } from 'preact/hooks';
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
  /**
   * Opened from elsewhere (a row's "···" menu) rather than by its own "Add a note" button, which is
   * then not shown; onClose says the editing ended (saved or cancelled).
   */
  editing?: boolean;
  onClose?: () => void;
}

/** A short private note on an item: shown as text, edited in place; saving it empty removes it. */
export function NoteEditor({ note, title, error, disabled, onSave, editing, onClose }: Props) {
  const [typed, setTyped] = useState<string>();
  const outside = editing !== undefined;
  const draft = outside ? (editing ? (typed ?? note) : undefined) : typed;
  const setDraft = (text: string | undefined) => {
    setTyped(text);
    if (text === undefined) onClose?.();
  };
  // Opened from a menu: the focus goes where the typing will.
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outside && editing) area.current?.focus();
  }, [outside, editing]);
  if (draft === undefined) {
    if (outside && !note) return null;
    return (
      <div class="note">
        {note && (
          <p class="note__text mine-text" data-testid="note">
            <span class="note__label">Your note: </span>
            {note}
          </p>
        )}
        {!outside && (
          <button type="button" class="button button--small button--quiet" disabled={disabled} onClick={() => setDraft(note)} aria-label={`${note ? 'Edit your note' : 'Add a note'} on “${title}”`}>
            {note ? 'Edit note' : 'Add a note'}
          </button>
        )}
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
        <textarea ref={area} rows={3} maxLength={MINE_LIMITS.noteChars} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
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
