import type { ImportMode } from '../lib/backup/merge';
import { ConfirmDialog } from './ConfirmDialog';
import { ImportForm } from './ImportForm';
import type { ImportOutcome, ImportPreviewData } from './ImportPreview';
import { SettingRow } from './SettingRow';

export type { ImportOutcome, ImportPreviewData };
export type DataConfirm = 'replace' | 'clear';

export interface DataMessage {
  text: string;
  error: boolean;
  /** The control it is about, which it shows beside. */
  at: 'export' | 'import' | 'clear';
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

/** The status line under one control: it holds the message about that control, and is always there to announce it. */
function Message({ message, at, hidden }: { message?: DataMessage; at: DataMessage['at']; hidden: boolean }) {
  const here = (message?.at ?? 'import') === at;
  const shown = here && !hidden;
  return (
    <p class={shown && message?.error ? 'data__message data__message--error' : 'data__message'} role="status" data-testid={here ? 'data-message' : undefined}>
      {shown ? message?.text : ''}
    </p>
  );
}

/** The options page's "Your data": export, import (merge or replace) and clear, each explained. */
export function DataSection(props: DataSectionProps) {
  const { disabled, busy, progress, message, confirming } = props;
  const off = disabled || busy;
  const question = QUESTIONS[confirming ?? 'clear'];
  // While a question is open its own status line (in the dialog) speaks.
  const inDialog = confirming !== undefined;
  return (
    <div class="data">
      <p class="set-intro">What you save and read stays in this browser. Nothing here uses the network.</p>
      <div class="set-group">
        <SettingRow id="export" label="Export" help="One file with what you saved and read, your practices and your settings.">
          <button type="button" class="button" disabled={off} onClick={props.onExport}>
            Export my data
          </button>
        </SettingRow>
        <Message message={message} at="export" hidden={inDialog} />
        <SettingRow id="import" label="Import" help="Add a backup to what is here, or replace it. You see what changes first." stack>
          <ImportForm
            disabled={off}
            preview={props.preview}
            mode={props.mode}
            onChooseFile={props.onChooseFile}
            onModeChange={props.onModeChange}
            onApply={props.onApply}
            onCancel={props.onCancelImport}
          />
          <Message message={message} at="import" hidden={inDialog} />
          {progress && (
            <progress class="data__progress" aria-label="Import progress" max={progress.total} value={progress.written} data-testid="import-progress">
              {Math.round((100 * progress.written) / Math.max(1, progress.total))}%
            </progress>
          )}
        </SettingRow>
        <SettingRow id="clear" label="Clear everything" help="Remove your reading list, reading history and settings from this browser.">
          <button type="button" class="button button--danger-ghost" disabled={off} onClick={props.onClearAll}>
            Clear all data…
          </button>
        </SettingRow>
        <Message message={message} at="clear" hidden={inDialog} />
      </div>

      <ConfirmDialog open={inDialog} title={question.title} confirmLabel={question.confirmLabel} onConfirm={props.onConfirm} onCancel={props.onCancelConfirm}>
        <p>{question.text}</p>
        <p>
          <button type="button" class="button button--small" onClick={props.onExport}>
            Download my current data first
          </button>
        </p>
        <p class="data__message" role="status">
          {inDialog && message?.text}
        </p>
      </ConfirmDialog>
    </div>
  );
}
