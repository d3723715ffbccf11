// Sync wired to this browser: while sync is on, an open Tend page runs rounds (lib/sync/sync.ts)
// between the database and storage.sync. The database is the truth here; a round first turns what
// changed here since the last round into new registers, then merges what other browsers wrote,
// then writes what they changed into the database in one transaction (pages update through their
// live queries). Rounds of all pages of this browser take turns through one lock.
import { fromStored, toStored } from './local';
import { notSyncedText } from './messages';
import { keyOf } from './records';
import { EMPTY, put, remove, type SyncState } from './state';
import { syncRound } from './sync';
import { isOurKey } from './encode';
import { createWriter, type Scheduler } from './writer';
import type { SyncStorage } from './storage';
import { same, type LocalValues, type SyncData } from '../db/sync-data';

/** How long to wait before mending parts of two writes (a write still arriving usually completes first). */
export const REPAIR_AFTER_MS = 60_000;

export const LOCAL_UNREADABLE = 'This browser’s own sync record could not be read, so Tend started it again from the data here. Nothing on this browser was changed.';

export interface LinkDeps {
  data: SyncData;
  storage: SyncStorage;
  scheduler: Scheduler;
  /** Runs `work` while no other page of this browser runs a round (navigator.locks where there is one). */
  lock?: <T>(work: () => Promise<T>) => Promise<T>;
}

/** Registers for what changed here since `state` was last in step with the database. */
export function localEdits(state: SyncState, values: LocalValues, device: string, now: number): SyncState {
  let next = state;
  for (const [key, local] of values) {
    const known = next.records.get(key);
    if (same(local, known?.value === undefined ? undefined : { ...local, value: known.value })) continue;
    const edit = put(next, local.kind, local.id, local.value, device, now);
    if (edit.ok) next = edit.state;
  }
  for (const [key, r] of state.records) {
    if (r.value === undefined || values.has(key)) continue;
    const edit = remove(next, r.kind, r.id, device, now);
    if (edit.ok) next = edit.state;
  }
  return next;
}

export function createSyncLink({ data, storage, scheduler, lock = (work) => work() }: LinkDeps) {
  async function round(repair = false): Promise<number> {
    return lock(async () => {
      const row = await data.row();
      if (!row.on) return 0;
      const loaded = fromStored(row.stored);
      const before = await data.readValues();
      const now = scheduler.now();
      const state = localEdits(loaded.ok ? loaded.state : EMPTY, before, row.device, now);
      const result = await syncRound(storage, state, row.device, now, { repair });
      const incoming = [...result.state.records.values()].filter((r) => {
        const here = before.get(keyOf(r.kind, r.id));
        return r.value === undefined ? here !== undefined : !here || JSON.stringify(here.value) !== JSON.stringify(r.value);
      });
      const notSynced = result.leftOut && notSyncedText(result.leftOut);
      const problem = result.problem ?? (loaded.ok ? undefined : LOCAL_UNREADABLE);
      await data.apply(incoming, before, toStored(result.state, row.device), {
        at: now,
        ...(notSynced ? { notSynced } : {}),
        ...(problem ? { problem } : {}),
      });
      if (result.torn && !repair) scheduler.after(REPAIR_AFTER_MS, () => void round(true).catch(() => undefined));
      return result.writes;
    });
  }

  const writer = createWriter({ scheduler, opsPerRound: 2, round: () => round() });
  return {
    round,
    /** Something changed here or in sync storage: a round follows after a quiet moment. */
    changed: writer.changed,
    idle: writer.idle,
    stop: writer.stop,
  };
}

/** Whether a storage.onChanged event is another browser's (or page's) sync write. */
export const touchesSync = (changes: Record<string, unknown>, area: string): boolean => area === 'sync' && Object.keys(changes).some(isOurKey);
