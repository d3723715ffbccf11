// Sync wired to this browser: while sync is on, the background runs rounds (lib/sync/sync.ts)
// between the database and storage.sync (lib/sync/background.ts). The database is the truth here; a round first turns what
// changed here since the last round into new registers, then merges what other browsers wrote,
// then writes what they changed into the database in one transaction (pages update through their
// live queries). One link, in the background, makes every write, so one rate limiter counts them all.
import { fromStored, toStored } from './local';
import { notSyncedText } from './messages';
import { keyOf } from './records';
import { EMPTY, put, remove, type SyncState } from './state';
import { syncRound } from './sync';
import { isOurKey } from './encode';
import { createRateLimiter, createWriter, DEFAULT_LIMITS, type Scheduler } from './writer';
import type { SyncStorage } from './storage';
import { same, type LocalValues, type SyncData } from '../db/sync-data';

/**
 * How long to wait before mending parts of two writes (a write still arriving usually completes
 * first). Under the 30 s an idle background worker lives, so the repair is not lost with it.
 */
export const REPAIR_AFTER_MS = 20_000;

export const LOCAL_UNREADABLE = 'This browser’s own sync record could not be read, so Tend started it again from the data here. Nothing on this browser was changed.';

export interface LinkDeps {
  data: SyncData;
  storage: SyncStorage;
  scheduler: Scheduler;
  /** The rate limiter's log kept from before (SyncRow.writes): the count goes on across restarts. */
  writes?: readonly number[];
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

export function createSyncLink({ data, storage, scheduler, writes = [] }: LinkDeps) {
  let repairNext = false;
  async function round(repair = false): Promise<number> {
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
    if (result.torn && !repair)
      scheduler.after(REPAIR_AFTER_MS, () => {
        repairNext = true;
        writer.changed();
      });
    return result.writes;
  }

  const writer = createWriter({
    scheduler,
    opsPerRound: 2,
    round: () => {
      const repair = repairNext;
      repairNext = false;
      return round(repair);
    },
    limiter: createRateLimiter(DEFAULT_LIMITS, writes),
    onCounted: (log) => void data.saveWrites(log).catch(() => undefined), // a log not kept only makes the next start count from less
  });
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
