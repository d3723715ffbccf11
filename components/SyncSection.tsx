import type { SyncReport } from '../lib/sync/report';
import { HISTORY_STAYS, SYNC_OFF } from '../lib/sync/messages';
import { SettingGroup } from './SettingRow';
import { Switch } from './Switch';

export interface SyncProps {
  on: boolean;
  report?: SyncReport;
  disabled?: boolean;
  onToggle: (on: boolean) => void;
}

/** Options: the opt-in switch for sync through the browser's own sync, and what it did last. */
export function SyncSection({ on, report, disabled, onToggle }: SyncProps) {
  return (
    <div class="mine">
      <SettingGroup>
        <Switch
          id="sync"
          label="Sync my saved items, notes, hidden items and my tips across my browsers"
          help="Through your browser’s own sync (Chrome Sync or Firefox Sync) where you are signed in; Tend has no account or server. Browser sync holds about 100 KB, so when it is full the newest saved items and notes go first and the rest stay on this browser."
          on={on}
          disabled={disabled}
          onToggle={onToggle}
        />
      </SettingGroup>
      <p class="muted">{HISTORY_STAYS}</p>
      <div class="sync__status" role="status" data-testid="sync-status">
        {!on && <p>{SYNC_OFF}</p>}
        {on && !report && <p>Sync is on. Tend syncs a few seconds after a change, while a Tend page is open.</p>}
        {on && report && !report.problem && !report.notSynced && <p>Everything is synced.</p>}
        {on && report?.notSynced && <p>{report.notSynced}</p>}
        {on && report?.problem && <p class="notice notice--warn">{report.problem}</p>}
        {on && !report?.problem && report?.lastProblem && (
          <p class="muted">
            Earlier ({new Date(report.lastProblem.at).toLocaleString()}): {report.lastProblem.text}
          </p>
        )}
      </div>
    </div>
  );
}
