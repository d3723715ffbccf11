import { useEffect, useRef } from 'preact/hooks';
import type { ImportMode } from '../lib/backup/merge';
import { ImportPreview, type ImportPreviewData } from './ImportPreview';

interface Props {
  /** Storage is not there, or a step is running: nothing can be chosen or applied. */
  disabled: boolean;
  preview?: ImportPreviewData;
  mode: ImportMode;
  onChooseFile: (file: File) => void;
  onModeChange: (mode: ImportMode) => void;
  onApply: () => void;
  onCancel: () => void;
}

const MODES: readonly { mode: ImportMode; label: string; hint: string }[] = [
  { mode: 'merge', label: 'Merge', hint: 'Add what is new and keep everything you have. Importing the same file again changes nothing.' },
  { mode: 'replace', label: 'Replace', hint: 'Remove your current data and keep only the file’s. You will be asked to confirm.' },
];

/** Choose a backup file, see what it would change, then merge (the default) or replace. */
export function ImportForm({ disabled, preview, mode, onChooseFile, onModeChange, onApply, onCancel }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const hadPreview = useRef(false);
  // When the preview goes (applied or cancelled) with the focus in it, the focus goes back to the file input.
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (hadPreview.current && !preview && lost) fileInput.current?.focus();
    hadPreview.current = preview !== undefined;
  }, [preview]);
  return (
    <div class="data__import">
      <label class="data__file" for="data-file">
        Choose a Tend backup file (.json)
      </label>
      <input
        id="data-file"
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = ''; // choosing the same file again is a new choice
          if (file) onChooseFile(file);
        }}
      />
      {preview && (
        <form
          class="data__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!disabled) onApply();
          }}
        >
          <ImportPreview preview={preview} counts={preview[mode]} replacing={mode === 'replace'} />
          <fieldset class="data__modes">
            <legend>How to import</legend>
            {MODES.map((m) => (
              <label key={m.mode} class="data__mode">
                <input type="radio" name="import-mode" value={m.mode} checked={mode === m.mode} disabled={disabled} onChange={() => onModeChange(m.mode)} />
                <span>
                  <strong>{m.label}</strong> <span class="muted">{m.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div class="actions__row">
            <button type="submit" class="button button--primary" disabled={disabled}>
              {mode === 'merge' ? 'Merge into my data' : 'Replace my data…'}
            </button>
            <button type="button" class="button button--quiet" disabled={disabled} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
