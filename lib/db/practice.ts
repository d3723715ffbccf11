// The practice log over the Tend database: breathing and grounding sessions that were finished.
import type { PracticeEvent, TendDb } from './schema';

export type PracticeData = ReturnType<typeof createPracticeData>;

export function createPracticeData(db: TendDb) {
  return {
    /** Logs one finished practice (one write, so no transaction is needed). */
    async recordPractice(type: PracticeEvent['type'], at: number, seconds: number): Promise<PracticeEvent> {
      const event: PracticeEvent = { type, at, seconds: Math.max(0, Math.round(seconds)) };
      event.seq = await db.practices.add(event);
      return event;
    },

    /** Finished practices since `since` (all by default), newest first (served by the `at` index). */
    practiceLog(since = 0): Promise<PracticeEvent[]> {
      return db.practices.where('at').aboveOrEqual(since).reverse().toArray();
    },
  };
}
