// Reads for the explore page: which items are saved or read, served by the indexes.
import type { TendDb } from './schema';
import type { Marks } from '../records';
import { itemFlags } from '../explore/filter';

export type ExploreData = ReturnType<typeof createExploreData>;

export function createExploreData(db: TendDb) {
  return {
    /**
     * The saved and read marks of every item that has either, by id. Two index ranges (the savedAt
     * and readAt indexes hold only the records that have them), never a scan of every item ever
     * shown. Only the marks: the page holds them while it is open, and the records were larger.
     */
    states(): Promise<ReadonlyMap<string, Readonly<Marks>>> {
      return db.transaction('r', db.items, async () => {
        const [saved, read] = await Promise.all([db.items.orderBy('savedAt').toArray(), db.items.orderBy('readAt').toArray()]);
        return itemFlags([...saved, ...read]);
      });
    },
  };
}
