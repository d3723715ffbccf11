import type { TipsFormat } from '../lib/mine/transfer';

interface Props {
  disabled?: boolean;
  canExport: boolean;
  onImport: (file: File) => void;
  onExport: (format: TipsFormat) => void;
}

const EXPORTS: readonly { format: TipsFormat; label: string }[] = [
  { format: 'json', label: 'Export as JSON' },
  { format: 'text', label: 'Export as plain text' },
  { format: 'csv', label: 'Export as CSV' },
];

/** Import tips from a file, or export them in one of three forms. */
export function MyTipsTransfer({ disabled, canExport, onImport, onExport }: Props) {
  return (
    <div class="mine-transfer">
      <label for="tips-file">Import tips from a file</label>
      <p class="muted" id="tips-file-hint">
        JSON (Tend’s own export, or a list of tips), plain text with one tip per paragraph, or CSV with a “text” column
        (and “title” and “topic” if you like). If any tip cannot be kept, nothing is imported and each problem is named by its line.
      </p>
      <input
        id="tips-file"
        type="file"
        accept=".json,.txt,.csv,.md,application/json,text/plain,text/csv"
        aria-describedby="tips-file-hint"
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onImport(file);
        }}
      />
      <div class="actions__row">
        {EXPORTS.map(({ format, label }) => (
          <button key={format} type="button" class="button button--small" disabled={disabled || !canExport} onClick={() => onExport(format)}>
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
