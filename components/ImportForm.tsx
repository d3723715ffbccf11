import { useEffect, useRef } from 'preact/hooks';
import type { ImportMode } from '../lib/backup/merge';
import { ImportPreview, type ImportPreviewData } from './ImportPreview';
import { SettingChoice } from './SettingChoice';

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

const HINTS: Record<ImportMode, string> = {
  merge: 'Adds what is new and keeps everything you have. The same file twice changes nothing.',
  replace: 'Removes your current data and keeps only the file’s. You will be asked to confirm.',
};

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
        class="file"
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
          <ImportPreview preview={preview} outcome={preview[mode]} replacing={mode === 'replace'} />
          <SettingChoice<ImportMode>
            id="import-mode"
            label="How to import"
            help={HINTS[mode]}
            value={mode}
            disabled={disabled}
            choices={[
              { value: 'merge', label: 'Merge' },
              { value: 'replace', label: 'Replace' },
            ]}
            onChange={onModeChange}
          />
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
