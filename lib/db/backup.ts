// Export, import and clear over the whole database, plus settings. Each database step is one
// transaction: a read for the snapshot, one rw transaction for an import (a failure part-way rolls
// everything back) and one for clearing. Settings live in browser.storage, outside IndexedDB: an
// import writes them first and puts them back if the database part then fails.
import type { TendDb, RotationMeta } from './schema';
import { canonical, type UserData } from '../backup/data';
import { planFor, replaceSettings, mergeSettings, type ImportMode, type Plan } from '../backup/merge';
import { loadSettings, resetSettings, updateSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { clearSnapshot, pageStorage } from '../newtab/snapshot';

export type BackupData = ReturnType<typeof createBackupData>;

type Tables = Omit<UserData, 'settings'>;

export function createBackupData(db: TendDb) {
  /** Every table that holds the person's data: all of them (a test keeps it that way). */
  const tables = [db.items, db.events, db.meta, db.practices];

  /** Call inside a transaction. */
  async function readTables(): Promise<Tables> {
    const [items, events, practices, meta] = await Promise.all([
      db.items.toArray(),
      db.events.toArray(),
      db.practices.toArray(),
      db.meta.get('rotation'),
    ]);
    const rotation = meta && { cycleStartedAt: meta.cycleStartedAt, lastPickedId: meta.lastPickedId };
    const { settings: _, ...tablesOnly } = canonical({ items, events, practices, rotation, settings: {} });
    return tablesOnly;
  }

  /** Replaces the tables' contents with `data`. Call inside a rw transaction. */
  async function writeTables(data: Tables): Promise<void> {
    await Promise.all([db.items.clear(), db.events.clear(), db.practices.clear()]);
    await db.items.bulkAdd(data.items.map((r) => ({ ...r })));
    await db.events.bulkAdd(data.events.map(({ itemId, at }) => ({ itemId, at })));
    await db.practices.bulkAdd(data.practices.map(({ type, at, seconds }) => ({ type, at, seconds })));
    if (data.rotation) await db.meta.put({ key: 'rotation', ...data.rotation } satisfies RotationMeta);
    else await db.meta.delete('rotation');
  }

  /** Writes `settings`, runs `work` in one rw transaction, and puts the old settings back if it fails. */
  async function commit<T>(settings: Partial<Settings>, work: () => Promise<T>): Promise<T> {
    const before = await loadSettings();
    await updateSettings(settings);
    try {
      const result = await db.transaction('rw', tables, work);
      return result;
    } catch (error) {
      await updateSettings(before).catch((undo: unknown) => console.warn('Tend: could not put the settings back', undo));
      throw error;
    }
  }

  return {
    /** Everything, read in one transaction: items, reads, practices, rotation; then settings. */
    async snapshot(): Promise<UserData> {
      const data = await db.transaction('r', tables, readTables);
      return { ...data, settings: await loadSettings() };
    },

    /** Replaces all data with `result` (a plan's result): one rw transaction for the tables. */
    apply(result: UserData): Promise<void> {
      return commit(result.settings, () => writeTables(result));
    },

    /**
     * Imports `incoming`. The plan is made inside the write transaction, against the data as it is
     * then, so a change another page made after the preview is merged rather than lost.
     */
    async importData(incoming: UserData, mode: ImportMode): Promise<Plan> {
      const current = await loadSettings();
      const settings = mode === 'merge' ? mergeSettings(current, incoming.settings) : replaceSettings(incoming.settings);
      return commit(settings, async () => {
        const plan = planFor(mode)({ ...(await readTables()), settings: current }, incoming);
        await writeTables(plan.result);
        return plan;
      });
    },

    /**
     * Removes every item, read, practice and rotation record in one transaction, the new tab's
     * prepared and current items (they carry saved marks), then resets settings.
     */
    async clearAll(): Promise<void> {
      await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
      const storage = pageStorage();
      if (storage) clearSnapshot(storage);
      await resetSettings();
    },
  };
}
