// Named reads and writes over the Tend database. Pages call these; nothing else touches tables.
// Every multi-step write is one rw transaction, and nothing inside awaits anything but Dexie.
import type { TendDb, ItemRecord, RotationMeta } from './schema';
import { pickNext, type RotationState } from '../rotation';

export type TendData = ReturnType<typeof createTendData>;

const blank = (id: string): ItemRecord => ({ id, shownCount: 0 });

export function createTendData(db: TendDb) {
  /** Read-modify-write one item record, creating it on first touch. Call inside a transaction. */
  async function update(id: string, change: (record: ItemRecord) => void): Promise<ItemRecord> {
    const record = (await db.items.get(id)) ?? blank(id);
    change(record);
    await db.items.put(record);
    return record;
  }

  async function readRotation(): Promise<RotationState> {
    const meta = await db.meta.get('rotation');
    return meta ? { cycleStartedAt: meta.cycleStartedAt, lastPickedId: meta.lastPickedId } : { cycleStartedAt: 0 };
  }

  return {
    db,

    /**
     * Picks the next item among `eligibleIds` and records the pick in the same transaction,
     * so pages picking at once (several new tabs) never pick the same item in a cycle.
     */
    pick(eligibleIds: readonly string[], now: number, random: () => number): Promise<string | undefined> {
      return db.transaction('rw', db.items, db.meta, async () => {
        const state = await readRotation();
        // Keys only, through the pickedAt index: the cost follows the cycle, not years of history.
        const used = new Set(await db.items.where('pickedAt').aboveOrEqual(state.cycleStartedAt).primaryKeys());
        const result = pickNext(eligibleIds, used, state, now, random);
        if (!result) return undefined;
        const meta: RotationMeta = { key: 'rotation', ...result.state };
        await db.meta.put(meta);
        await update(result.id, (r) => {
          r.pickedAt = now;
        });
        return result.id;
      });
    },

    recordShown(id: string, now: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          r.lastShownAt = now;
          r.shownCount += 1;
        }),
      );
    },

    /** Saving twice keeps the first save time: one record, one place in the list. */
    save(id: string, now: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          r.savedAt ??= now;
        }),
      );
    },

    unsave(id: string, now: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          if (r.savedAt === undefined) return;
          delete r.savedAt;
          r.unsavedAt = now;
        }),
      );
    },

    /** Puts an item back exactly where it was in the reading list (undo of a remove). */
    restoreSaved(id: string, savedAt: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          r.savedAt = savedAt;
        }),
      );
    },

    /** Marks an item read and logs the read; marking an already-read item again changes nothing. */
    markRead(id: string, now: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, db.events, async () => {
        const before = await db.items.get(id);
        if (before?.readAt !== undefined) return before;
        await db.events.add({ itemId: id, at: now });
        return update(id, (r) => {
          r.readAt = now;
        });
      });
    },

    markUnread(id: string): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          delete r.readAt;
        }),
      );
    },

    itemState(id: string): Promise<ItemRecord> {
      return db.items.get(id).then((r) => r ?? blank(id));
    },

    /** Saved items, newest first (served by the savedAt index, which holds only saved items). */
    readingList(): Promise<ItemRecord[]> {
      return db.items.orderBy('savedAt').reverse().toArray();
    },

    async savedUnreadCount(): Promise<number> {
      return db.items
        .where('savedAt')
        .above(0)
        .filter((r) => r.readAt === undefined)
        .count();
    },

    /** Saved items not yet read, for reminders (served by the savedAt index). */
    async savedUnread(): Promise<{ id: string; savedAt: number; remindedAt?: number }[]> {
      const rows = await db.items.where('savedAt').above(0).filter((r) => r.readAt === undefined).toArray();
      return rows.map(({ id, savedAt, remindedAt }) => ({ id, savedAt: savedAt ?? 0, ...(remindedAt === undefined ? {} : { remindedAt }) }));
    },

    markReminded(id: string, now: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(id, (r) => {
          r.remindedAt = now;
        }),
      );
    },
  };
}
