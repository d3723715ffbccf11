// Named reads and writes over the Tend database. Pages call these; nothing else touches tables.
// Every multi-step write is one rw transaction, and nothing inside awaits anything but Dexie.
import type { TendDb, ItemRecord, RotationMeta } from './schema';
import { isUnused, pickNext, sampleCandidates, type Pick, type RotationState } from '../rotation';
import { announce } from '../changes';

export type TendData = ReturnType<typeof createTendData>;

const blank = (id: string): ItemRecord => ({ id, shownCount: 0 });

/** How many random candidates a pick reads before falling back to the exact path. */
const PROBES = 8;

const NO_SPARE: { cycleStartedAt: number; ids: readonly string[] } = { cycleStartedAt: -1, ids: [] };

/** A pick of `id` that stays in the current cycle. */
const inCycle = (id: string, { cycleStartedAt }: RotationState): Pick => ({ id, state: { cycleStartedAt, lastPickedId: id } });

export function createTendData(db: TendDb) {
  /**
   * Read-modify-write one item record, creating it on first touch; nothing is written when `done`
   * says the record already holds the change. Call inside a transaction.
   */
  async function update(id: string, change: (record: ItemRecord) => void, done: (record: ItemRecord) => boolean = () => false): Promise<ItemRecord> {
    const record = (await db.items.get(id)) ?? blank(id);
    if (done(record)) return record;
    change(record);
    await db.items.put(record);
    return record;
  }

  /**
   * Every item picked in the current cycle: the exact answer when probing finds none unused (near
   * a cycle's end). Keys only, through the pickedAt index, so it follows the cycle, not years of
   * history; still ~10 µs an entry in Chromium, hence the probes first.
   */
  async function usedKeys(state: RotationState): Promise<Set<string>> {
    return new Set(await db.items.where('pickedAt').aboveOrEqual(state.cycleStartedAt).primaryKeys());
  }

  /** A change the person made to one item (saved, read), in one transaction; other pages showing it are told. */
  async function personal(id: string, change: (record: ItemRecord) => void): Promise<ItemRecord> {
    const record = await db.transaction('rw', db.items, () => update(id, change));
    announce([id]);
    return record;
  }

  /** Writes a pick: the item's pickedAt and the rotation state. Call inside the pick's transaction. */
  async function record(pick: Pick, found: ItemRecord | undefined, now: number): Promise<string> {
    const meta: RotationMeta = { key: 'rotation', ...pick.state };
    await Promise.all([db.meta.put(meta), db.items.put({ ...(found ?? blank(pick.id)), pickedAt: now })]);
    return pick.id;
  }

  /**
   * Unused candidates a probe found besides the one it picked, in the order drawn, and the cycle
   * they were unused in. Kept in memory for the next picks on this connection (the background's
   * serves every still new tab), so most picks read one record instead of PROBES.
   */
  let spare = NO_SPARE;
  /** The first kept candidate still eligible, taken off the list (ones no longer eligible are dropped). */
  function takeSpare(eligibleIds: readonly string[]): string | undefined {
    const at = spare.ids.findIndex((id) => eligibleIds.includes(id));
    const kept = at < 0 ? undefined : spare.ids[at];
    spare = { cycleStartedAt: spare.cycleStartedAt, ids: at < 0 ? [] : spare.ids.slice(at + 1) };
    return kept;
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
        // A candidate the last probe found unused, if still eligible: read again with the rotation
        // state (another page may have picked it since), it costs one point read, not PROBES.
        const kept = takeSpare(eligibleIds);
        if (kept !== undefined) {
          const [state, keptRecord] = await Promise.all([readRotation(), db.items.get(kept)]);
          if (spare.cycleStartedAt === state.cycleStartedAt && kept !== state.lastPickedId && isUnused(keptRecord, state.cycleStartedAt)) {
            return record(inCycle(kept, state), keptRecord, now);
          }
        }
        spare = NO_SPARE;
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
        // random ordered sample, so by symmetry the first unused one is any unused item equally
        // often, and the next unused one any of the rest: those are kept for the next picks.
        const [probed, ...rest] = candidates.filter((id) => isUnused(fetched.get(id), state.cycleStartedAt));
        if (probed !== undefined) {
          spare = { cycleStartedAt: state.cycleStartedAt, ids: rest };
          return record(inCycle(probed, state), fetched.get(probed), now);
        }
        // None unused among them: near a cycle's end, or time for a new one. The exact path decides.
        const result = pickNext(eligibleIds, await usedKeys(state), state, now, random);
        return result && record(result, fetched.has(result.id) ? fetched.get(result.id) : await db.items.get(result.id), now);
      });
    },

    /**
     * Counts a view of `id` that began at `at`. A view is counted once: a new tab that waited too
     * long for the background records it itself, with the same time, and the background may still.
     */
    recordShown(id: string, at: number): Promise<ItemRecord> {
      return db.transaction('rw', db.items, () =>
        update(
          id,
          (r) => {
            r.lastShownAt = at;
            r.shownCount += 1;
          },
          (r) => r.lastShownAt === at,
        ),
      );
    },

    /** Saving twice keeps the first save time: one record, one place in the list. */
    save(id: string, now: number): Promise<ItemRecord> {
      return personal(id, (r) => {
        r.savedAt ??= now;
      });
    },

    unsave(id: string, now: number): Promise<ItemRecord> {
      return personal(id, (r) => {
        if (r.savedAt === undefined) return;
        delete r.savedAt;
        r.unsavedAt = now;
      });
    },

    /** Puts an item back exactly where it was in the reading list (undo of a remove). */
    restoreSaved(id: string, savedAt: number): Promise<ItemRecord> {
      return personal(id, (r) => {
        r.savedAt = savedAt;
      });
    },

    /** Marks an item read and logs the read; marking an already-read item again changes nothing. */
    async markRead(id: string, now: number): Promise<ItemRecord> {
      const record = await db.transaction('rw', db.items, db.events, async () => {
        const before = await db.items.get(id);
        if (before?.readAt !== undefined) return before;
        await db.events.add({ itemId: id, at: now });
        return update(id, (r) => {
          r.readAt = now;
        });
      });
      announce([id]);
      return record;
    },

    markUnread(id: string): Promise<ItemRecord> {
      return personal(id, (r) => {
        delete r.readAt;
      });
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
