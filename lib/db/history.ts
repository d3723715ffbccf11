// Reading history over the Tend database: the read log, and clearing it.
import type { ReadEvent, TendDb } from './schema';
import { forgetFirstScreens } from '../lists/first-screen';
import { pageStorage } from '../newtab/snapshot';

export type HistoryData = ReturnType<typeof createHistoryData>;

export function createHistoryData(db: TendDb) {
  return {
    /** Every read, newest first (served by the `at` index). */
    readLog(): Promise<ReadEvent[]> {
      return db.events.orderBy('at').reverse().toArray();
    },

    /**
     * The newest `limit` reads, newest first, and how many there are in all: a page of history.
     * Index reads only, so a history of 100,000 reads costs what a short one does (case 34).
     */
    recentReads(limit: number): Promise<{ reads: ReadEvent[]; total: number }> {
      return db.transaction('r', db.events, async () => {
        const [reads, total] = await Promise.all([db.events.orderBy('at').reverse().limit(limit).toArray(), db.events.count()]);
        return { reads, total };
      });
    },

    /** Every read at or after `since`, oldest first: what the reading log's weeks count. */
    readsSince(since: number): Promise<ReadEvent[]> {
      return db.events.where('at').aboveOrEqual(since).toArray();
    },

    /**
     * Forgets what was read, in one transaction: every read event and every item's read mark go
     * together or not at all. Saved items stay saved; rotation's bookkeeping is untouched.
     */
    async clearHistory(): Promise<void> {
      await db.transaction('rw', db.items, db.events, async () => {
        await db.events.clear();
        // The readAt index holds exactly the items that carry a read mark.
        await db.items.orderBy('readAt').modify((record) => {
          delete record.readAt;
        });
      });
      // What was read may no longer show, even for a moment, on the next visit.
      forgetFirstScreens(pageStorage());
    },
  };
}
