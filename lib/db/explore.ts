// Reads for the explore page: which items are saved or read, served by the indexes.
import type { ItemRecord, TendDb } from './schema';

export type ExploreData = ReturnType<typeof createExploreData>;

export function createExploreData(db: TendDb) {
  return {
    /**
     * Every item record that is saved or read. Two index ranges (the savedAt and readAt indexes
     * hold only the records that have them), never a scan of every item ever shown.
     */
    states(): Promise<ItemRecord[]> {
      return db.transaction('r', db.items, async () => {
        const [saved, read] = await Promise.all([db.items.orderBy('savedAt').toArray(), db.items.orderBy('readAt').toArray()]);
        const byId = new Map(saved.map((r) => [r.id, r]));
        for (const r of read) byId.set(r.id, r);
        return [...byId.values()];
      });
    },
  };
}
