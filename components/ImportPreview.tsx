import type { PlanCounts } from '../lib/backup/merge';
import { plural } from '../lib/format';

export interface ImportPreviewData {
  fileName: string;
  /** When the file was made (ISO 8601) and by which version of Tend. */
  exportedAt: string;
  appVersion: string;
  /** Items the catalog does not know: kept, as a later update may bring them back. */
  unknownCount: number;
  merge: PlanCounts;
  replace: PlanCounts;
}

interface Props {
  preview: ImportPreviewData;
  counts: PlanCounts;
  replacing: boolean;
}

const madeOn = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** What an import would do, before anything changes: adds, updates, unchanged, unknown items. */
export function ImportPreview({ preview, counts, replacing }: Props) {
  return (
    <div class="data__preview">
      <p>
        <strong>{preview.fileName}</strong>
        <span class="muted">
          {' '}
          · exported {madeOn(preview.exportedAt)} by Tend {preview.appVersion}
        </span>
      </p>
      <ul class="data__counts" aria-live="polite" data-testid="import-counts">
        <li>{counts.adds} to add</li>
        <li>{counts.updates} to update</li>
        <li>{counts.unchanged} unchanged</li>
        {replacing && <li>{counts.removes} to remove</li>}
        {counts.practicesAdded > 0 && <li>{plural(counts.practicesAdded, 'practice')} to add to your log</li>}
        {counts.practicesRemoved > 0 && <li>{plural(counts.practicesRemoved, 'practice')} to remove from your log</li>}
        {counts.yoursChanged > 0 && <li>{plural(counts.yoursChanged, 'tip, note or hidden item', 'tips, notes or hidden items')} of yours to add or change</li>}
        {preview.unknownCount > 0 && <li>{plural(preview.unknownCount, 'unknown item')} kept</li>}
        <li>{counts.settingsChanged ? 'Settings will change' : 'Settings stay as they are'}</li>
      </ul>
    </div>
  );
}
