// Reading history over the Tend database: the read log, and clearing it.
import type { ReadEvent, TendDb } from './schema';

export type HistoryData = ReturnType<typeof createHistoryData>;

export function createHistoryData(db: TendDb) {
  return {
    /** Every read, newest first (served by the `at` index). */
    readLog(): Promise<ReadEvent[]> {
      return db.events.orderBy('at').reverse().toArray();
    },

    /**
     * Forgets what was read, in one transaction: every read event and every item's read mark go
     * together or not at all. Saved items stay saved; rotation's bookkeeping is untouched.
     */
    clearHistory(): Promise<void> {
      return db.transaction('rw', db.items, db.events, async () => {
        await db.events.clear();
        // The readAt index holds exactly the items that carry a read mark.
        await db.items.orderBy('readAt').modify((record) => {
          delete record.readAt;
        });
      });
    },
  };
}
