import type { ImportMode } from '../lib/backup/merge';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportForm } from './ImportForm';
import type { ImportPreviewData } from './ImportPreview';

export type { ImportPreviewData };
export type DataConfirm = 'replace' | 'clear';

export interface DataMessage {
  text: string;
  error: boolean;
}

export interface DataSectionProps {
  /** Storage is not there (yet): nothing can be exported, imported or cleared. */
  disabled: boolean;
  /** A step is running (checking a file, importing, exporting, clearing): every control waits. */
  busy: boolean;
  /** How far an import is, in rows written. */
  progress?: { written: number; total: number };
  /** What the last step did, or why it failed (then it also says that nothing changed). */
  message?: DataMessage;
  preview?: ImportPreviewData;
  mode: ImportMode;
  /** Which question is open: replacing everything with a file, or clearing everything. */
  confirming?: DataConfirm;
  onExport: () => void;
  onChooseFile: (file: File) => void;
  onModeChange: (mode: ImportMode) => void;
  onApply: () => void;
  onCancelImport: () => void;
  onClearAll: () => void;
  onConfirm: () => void;
  onCancelConfirm: () => void;
}

const QUESTIONS: Record<DataConfirm, { title: string; confirmLabel: string; text: string }> = {
  replace: {
    title: 'Replace all your Tend data?',
    confirmLabel: 'Replace my data',
    text: 'Your reading list, reading history and settings in this browser will be replaced by the file’s. This cannot be undone.',
  },
  clear: {
    title: 'Clear all your Tend data?',
    confirmLabel: 'Clear all data',
    text: 'Your reading list, reading history and settings will be removed from this browser. This cannot be undone.',
  },
};

/** The options page's "Your data": export, import (merge or replace) and clear, each explained. */
export function DataSection(props: DataSectionProps) {
  const { disabled, busy, progress, message, confirming } = props;
  const off = disabled || busy;
  const question = QUESTIONS[confirming ?? 'clear'];
  const messageClass = message?.error ? 'data__message data__message--error' : 'data__message';
  return (
    <section class="data" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p class="muted">What you save and read stays in this browser. Nothing here uses the network.</p>

      <h3>Export</h3>
      <p>One file with your reading list, what you have read, and your settings.</p>
      <button type="button" class="button" disabled={off} onClick={props.onExport}>
        Export my data
      </button>

      <h3>Import</h3>
      <ImportForm
        disabled={off}
        preview={props.preview}
        mode={props.mode}
        onChooseFile={props.onChooseFile}
        onModeChange={props.onModeChange}
        onApply={props.onApply}
        onCancel={props.onCancelImport}
      />

      <h3>Clear all data</h3>
      <p>Remove your reading list, reading history and settings from this browser.</p>
      <button type="button" class="button button--danger" disabled={off} onClick={props.onClearAll}>
        Clear all data…
      </button>

      <p class={messageClass} role="status" data-testid="data-message">
        {!confirming && message?.text}
      </p>
      {progress && (
        <progress class="data__progress" aria-label="Import progress" max={progress.total} value={progress.written} data-testid="import-progress">
          {Math.round((100 * progress.written) / Math.max(1, progress.total))}%
        </progress>
      )}

      <ConfirmDialog open={confirming !== undefined} title={question.title} confirmLabel={question.confirmLabel} onConfirm={props.onConfirm} onCancel={props.onCancelConfirm}>
        <p>{question.text}</p>
        <p>
          <button type="button" class="button button--small" onClick={props.onExport}>
            Download my current data first
          </button>
        </p>
        <p class="data__message" role="status">
          {confirming && message?.text}
        </p>
      </ConfirmDialog>
    </section>
  );
}
