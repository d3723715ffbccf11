// Export, import and clear over the whole database, plus settings. Each database step is one
// transaction: a read for the snapshot, one rw transaction for an import (a failure part-way, or
// the page closing, rolls everything back) and one for clearing. Settings live in browser.storage,
// outside IndexedDB: an import writes them after the tables commit, and only the fields it changes
// (case 31: a closed page used to leave the file's settings and none of its data).
import type { TendDb, RotationMeta } from './schema';
import { canonical, type UserData } from '../backup/data';
import { planFor, replaceSettings, mergeSettings, type ImportMode, type Plan } from '../backup/merge';
import { loadSettings, resetSettings, updateSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { clearSnapshot, pageStorage } from '../newtab/snapshot';
import { ImportRefused, tooManyTipsText } from '../backup/messages';
import { MINE_LIMITS } from '../mine/model';
import { forgetScene } from '../atmosphere/today';
import { forgetFirstScreens } from '../lists/first-screen';

export type BackupData = ReturnType<typeof createBackupData>;

type Tables = Omit<UserData, 'settings'>;

/** Rows written so far, of how many. */
export type Progress = (written: number, total: number) => void;

/** Rows per write: small enough that progress moves, large enough to cost nothing. */
const CHUNK = 5_000;

/** Only the fields `next` changes: those are written; the others stay as they are in storage (another page may be changing them). */
function changedFields(before: Settings, next: Partial<Settings>): Partial<Settings> {
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const [key, value] of Object.entries(next) as [keyof Settings, unknown][]) {
    if (JSON.stringify(value) !== JSON.stringify(before[key])) out[key] = value;
  }
  return out as Partial<Settings>;
}

export function createBackupData(db: TendDb) {
  /** Every table that holds the person's data: all of them (a test keeps it that way). */
  const tables = [db.items, db.events, db.meta, db.practices, db.tips, db.notes, db.hidden];
  /** Clearing all data also forgets this browser's sync bookkeeping (never exported: it belongs to this browser). */
  const cleared = [...tables, db.sync];

  /** Call inside a transaction. */
  async function readTables(): Promise<Tables> {
    const [items, events, practices, meta, tips, notes, hidden] = await Promise.all([
      db.items.toArray(),
      db.events.toArray(),
      db.practices.toArray(),
      db.meta.get('rotation'),
      db.tips.toArray(),
      db.notes.toArray(),
      db.hidden.toArray(),
    ]);
    const rotation = meta && { cycleStartedAt: meta.cycleStartedAt, lastPickedId: meta.lastPickedId };
    const { settings: _, ...tablesOnly } = canonical({ items, events, practices, rotation, tips, notes, hidden, settings: {} });
    return tablesOnly;
  }

  /** Replaces the tables' contents with `data`, telling `onProgress` how many rows are written. Call inside a rw transaction. */
  async function writeTables(data: Tables, onProgress: Progress = () => undefined): Promise<void> {
    const total = data.items.length + data.events.length + data.practices.length;
    let written = 0;
    onProgress(0, total);
    await Promise.all([db.items.clear(), db.events.clear(), db.practices.clear(), db.tips.clear(), db.notes.clear(), db.hidden.clear()]);
    // Your own words are few (at most 1,000 tips, one note per item): one write each.
    const copy = <T extends object>(rows: readonly T[] = []) => rows.map((r) => ({ ...r }));
    await Promise.all([db.tips.bulkAdd(copy(data.tips)), db.notes.bulkAdd(copy(data.notes)), db.hidden.bulkAdd(copy(data.hidden))]);
    // Added in chunks so the page can show how far it is: `onProgress` is called, never awaited,
    // and every await here is Dexie's own (awaiting anything else would commit the transaction).
    const items = data.items.map((r) => ({ ...r }));
    const events = data.events.map(({ itemId, at }) => ({ itemId, at }));
    const practices = data.practices.map(({ type, at, seconds }) => ({ type, at, seconds }));
    const jobs: { count: number; add: (from: number, to: number) => Promise<unknown> }[] = [
      { count: items.length, add: (from, to) => db.items.bulkAdd(items.slice(from, to)) },
      { count: events.length, add: (from, to) => db.events.bulkAdd(events.slice(from, to)) },
      { count: practices.length, add: (from, to) => db.practices.bulkAdd(practices.slice(from, to)) },
    ];
    for (const { count, add } of jobs) {
      for (let from = 0; from < count; from += CHUNK) {
        const to = Math.min(count, from + CHUNK);
        await add(from, to);
        written += to - from;
        onProgress(written, total);
      }
    }
    if (data.rotation) await db.meta.put({ key: 'rotation', ...data.rotation } satisfies RotationMeta);
    else await db.meta.delete('rotation');
  }

  /**
   * Writes `result`'s tables in one rw transaction, then the settings that differ from `before`.
   * When the settings cannot be written (storage.sync refused), the tables are put back as they
   * were, so the import changes nothing at all.
   */
  async function commit<T>(before: Settings, settings: Partial<Settings>, work: (previous: (tables: Tables) => void) => Promise<T>): Promise<T> {
    let previous: Tables | undefined;
    const result = await db.transaction('rw', tables, () => work((t) => (previous = t)));
    // The lists' kept first screens may show what the import replaced.
    forgetFirstScreens(pageStorage());
    try {
      await updateSettings(changedFields(before, settings));
    } catch (error) {
      if (previous) {
        const old = previous;
        await db.transaction('rw', tables, () => writeTables(old)).catch((undo: unknown) => console.warn('Tend: could not put the data back', undo));
      }
      throw error;
    }
    return result;
  }

  return {
    /** Everything, read in one transaction: items, reads, practices, rotation, your tips, notes and hidden items; then settings. */
    async snapshot(): Promise<UserData> {
      const data = await db.transaction('r', tables, readTables);
      return { ...data, settings: await loadSettings() };
    },

    /** Replaces all data with `result` (a plan's result): one rw transaction for the tables, then settings. */
    async apply(result: UserData, onProgress?: Progress): Promise<void> {
      const before = await loadSettings();
      return commit(before, result.settings, async (keep) => {
        keep(await readTables());
        await writeTables(result, onProgress);
      });
    },

    /**
     * Imports `incoming`. The plan is made inside the write transaction, against the data as it is
     * then, so a change another page made after the preview is merged rather than lost.
     */
    async importData(incoming: UserData, mode: ImportMode, onProgress?: Progress): Promise<Plan> {
      const current = await loadSettings();
      const settings = mode === 'merge' ? mergeSettings(current, incoming.settings) : replaceSettings(incoming.settings);
      return commit(current, settings, async (keep) => {
        const tablesNow = await readTables();
        keep(tablesNow);
        const plan = planFor(mode)({ ...tablesNow, settings: current }, incoming);
        // Your tips and the file's, merged, can pass the limit the file alone keeps to: refused whole (the transaction rolls back, settings are not written).
        const tips = plan.result.tips?.length ?? 0;
        if (tips > MINE_LIMITS.tips) throw new ImportRefused(tooManyTipsText(tips, MINE_LIMITS.tips));
        await writeTables(plan.result, onProgress);
        return plan;
      });
    },

    /**
     * Removes every item, read, practice and rotation record in one transaction, the new tab's
     * prepared and current items (they carry saved marks) and the day's scene, then resets settings.
     */
    async clearAll(): Promise<void> {
      await db.transaction('rw', cleared, () => Promise.all(cleared.map((t) => t.clear())));
      const storage = pageStorage();
      if (storage) {
        clearSnapshot(storage);
        forgetScene(storage);
        forgetFirstScreens(storage);
      }
      await resetSettings();
    },
  };
}
