import type { Summary } from '../lib/backup/summary';
import { summaryText } from '../lib/backup/summary';
import { plural } from '../lib/format';

/** What a person would have after an import. */
export interface ImportOutcome {
  after: Summary;
  settingsChanged: boolean;
}

export interface ImportPreviewData {
  fileName: string;
  /** When the file was made (ISO 8601) and by which version of Tend. */
  exportedAt: string;
  appVersion: string;
  /** Items the catalog does not know: kept, as a later update may bring them back. */
  unknownCount: number;
  /** What the file holds. */
  file: Summary;
  merge: ImportOutcome;
  replace: ImportOutcome;
}

interface Props {
  preview: ImportPreviewData;
  outcome: ImportOutcome;
  replacing: boolean;
}

const madeOn = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** What an import would do, before anything changes: what the file holds and what you would have after. */
export function ImportPreview({ preview, outcome, replacing }: Props) {
  return (
    <div class="data__preview">
      <p class="data__file-name">
        <strong>{preview.fileName}</strong>
        <span class="muted">
          {' '}
          · exported {madeOn(preview.exportedAt)} by Tend {preview.appVersion}
        </span>
      </p>
      <ul class="data__counts" aria-label="What importing would do" aria-live="polite" data-testid="import-counts">
        <li>In the file: {summaryText(preview.file)}</li>
        <li>
          After {replacing ? 'replacing' : 'merging'}: {summaryText({ ...outcome.after, settings: false })}
        </li>
        <li>{outcome.settingsChanged ? 'Your settings will change' : 'Your settings stay as they are'}</li>
        {preview.unknownCount > 0 && <li>{plural(preview.unknownCount, 'item')} this version of Tend does not know, kept for later</li>}
      </ul>
    </div>
  );
}
