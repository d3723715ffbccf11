// Named reads and writes over the Tend database. Pages call these; nothing else touches tables.
// Every multi-step write is one rw transaction, and nothing inside awaits anything but Dexie.
import type { TendDb, ItemRecord, RotationMeta } from './schema';
import { savedRecord, type SavedRecord } from '../records';
import { createMineData } from './mine';
import { createSyncData } from './sync-data';
import { forgetFirstScreens } from '../lists/first-screen';
import { pageStorage } from '../newtab/snapshot';
import { isUnused, pickNext, sampleCandidates, type Pick, type RotationState } from '../rotation/pick';

export type TendData = ReturnType<typeof createTendData>;

const blank = (id: string): ItemRecord => ({ id, shownCount: 0 });

/** How many random candidates a pick reads before falling back to the exact path. */
const PROBES = 8;

/** A pick of `id` that stays in the current cycle. */
const inCycle = (id: string, { cycleStartedAt }: RotationState): Pick => ({ id, state: { cycleStartedAt, lastPickedId: id } });

export function createTendData(db: TendDb) {
  /** Read-modify-write one item record, creating it on first touch. Call inside a transaction. */
  async function update(id: string, change: (record: ItemRecord) => void): Promise<ItemRecord> {
    const record = (await db.items.get(id)) ?? blank(id);
    change(record);
    await db.items.put(record);
    return record;
  }

  /** A change to one item record in its own transaction (saved, unsaved, read state). */
  const changeItem = (id: string, change: (record: ItemRecord) => void): Promise<ItemRecord> =>
    db.transaction('rw', db.items, () => update(id, change));

  /**
   * Every item picked in the current cycle: the exact answer when probing finds none unused (near
   * a cycle's end). Keys only, through the pickedAt index, so it follows the cycle, not years of
   * history; still ~10 µs an entry in Chromium, hence the probes first.
   */
  async function usedKeys(state: RotationState): Promise<Set<string>> {
    return new Set(await db.items.where('pickedAt').aboveOrEqual(state.cycleStartedAt).primaryKeys());
  }

  /** Writes a pick: the item's pickedAt and the rotation state. Call inside the pick's transaction. */
  async function writePick(pick: Pick, found: ItemRecord | undefined, now: number): Promise<string> {
    const meta: RotationMeta = { key: 'rotation', ...pick.state };
    await Promise.all([db.meta.put(meta), db.items.put({ ...(found ?? blank(pick.id)), pickedAt: now })]);
    return pick.id;
  }

  async function readRotation(): Promise<RotationState> {
    const meta = await db.meta.get('rotation');
    return meta ? { cycleStartedAt: meta.cycleStartedAt, lastPickedId: meta.lastPickedId } : { cycleStartedAt: 0 };
  }

  return {
    db,
    /** Your tips, notes and hidden items (lib/db/mine.ts). */
    mine: createMineData(db),
    /** What sync reads and writes here (lib/db/sync-data.ts). */
    sync: createSyncData(db),

    /**
     * Picks the next item among `eligibleIds` and records the pick in the same transaction,
     * so pages picking at once (several new tabs) never pick the same item in a cycle.
     */
    pick(eligibleIds: readonly string[], now: number, random: () => number): Promise<string | undefined> {
      return db.transaction('rw', db.items, db.meta, async () => {
        // Probe a few random candidates with point reads, which stay cheap however large the
        // library, read together with the rotation state. The last pick is never a candidate: it
        // can look unused (picked before cycleStartedAt after the clock went back, or a rotation
        // state restored from a backup), and it must not come twice in a row. One more is drawn so
        // that dropping it still leaves PROBES; dropping one id keeps the sample's order random.
        const sample = sampleCandidates(eligibleIds, undefined, PROBES + 1, random);
        const [state, sampled] = await Promise.all([readRotation(), db.items.bulkGet(sample)]);
        const fetched = new Map(sample.map((id, i) => [id, sampled[i]]));
        const candidates = sample.filter((id) => id !== state.lastPickedId).slice(0, PROBES);
        // Uniform among the unused eligible items, as pickNext is: the candidates are a uniformly
        // random ordered sample, so by symmetry the first unused one is any unused item equally often.
        const probed = candidates.find((id) => isUnused(fetched.get(id), state.cycleStartedAt));
        if (probed !== undefined) return writePick(inCycle(probed, state), fetched.get(probed), now);
        // None unused among them: near a cycle's end, or time for a new one. The exact path decides.
        const result = pickNext(eligibleIds, await usedKeys(state), state, now, random);
        return result && writePick(result, fetched.has(result.id) ? fetched.get(result.id) : await db.items.get(result.id), now);
      });
    },

    /**
     * Counts a view of `id` that began at `at`. A view also uses the item up in the current cycle:
     * an item shown without being picked (a fresh profile's bundled first item) must not come back
     * before every other item has.
     */
    recordShown(id: string, at: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, db.meta, async () => {
        const { cycleStartedAt } = await readRotation();
        return update(id, (r) => {
          r.lastShownAt = at;
          r.shownCount += 1;
          if (isUnused(r, cycleStartedAt)) r.pickedAt = at;
        });
      });
    },

    /**
     * Whether this profile held anything before `at`: an item shown, saved or read, or a practice.
     * The first run's welcome shows only when it held nothing (lib/welcome/first-run.ts).
     */
    async hadDataBefore(at: number): Promise<boolean> {
      const counts = await db.transaction('r', db.items, db.events, db.practices, () =>
        Promise.all([
          db.items.where('lastShownAt').below(at).limit(1).count(),
          db.items.where('savedAt').aboveOrEqual(0).limit(1).count(),
          db.events.limit(1).count(),
          db.practices.limit(1).count(),
        ]),
      );
      return counts.some((n) => n > 0);
    },

    /** Saving twice keeps the first save time: one record, one place in the list. */
    save(id: string, now: number): Promise<ItemRecord> {
      return changeItem(id, (r) => {
        r.savedAt ??= now;
      });
    },

    unsave(id: string, now: number): Promise<ItemRecord> {
      const done = changeItem(id, (r) => {
        if (r.savedAt === undefined) return;
        delete r.savedAt;
        r.unsavedAt = now;
      });
      // The reading list's kept first screen may show it: the next visit waits for the live list instead.
      return done.then((r) => (forgetFirstScreens(pageStorage(), ['reading-list']), r));
    },

    /** Puts an item back exactly where it was in the reading list (undo of a remove). */
    restoreSaved(id: string, savedAt: number): Promise<ItemRecord> {
      return changeItem(id, (r) => {
        r.savedAt = savedAt;
      });
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
      return changeItem(id, (r) => {
        delete r.readAt;
      });
    },

    itemState(id: string): Promise<ItemRecord> {
      return db.items.get(id).then((r) => r ?? blank(id));
    },

    /**
     * Saved items, newest first (served by the savedAt index, which holds only saved items). Read
     * forwards and turned round here: forwards is one getAll, backwards a cursor step per item
     * (Dexie), several times slower for 5,000 saved items.
     */
    readingList(): Promise<SavedRecord[]> {
      return db.items
        .orderBy('savedAt')
        .toArray()
        .then((records) => records.reverse().map(savedRecord));
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
      return changeItem(id, (r) => {
        r.remindedAt = now;
      });
    },
  };
}
