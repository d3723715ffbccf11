// What sync reads from and writes to the database: the synced values as they are here (saved
// items, notes, hidden items, your tips; never reading history), and this browser's sync row.
// Values that came from another browser are written in one transaction with the new sync state,
// and a value changed here since the round began is left alone (it is the next round's news).
import { TendDb, type SyncRow, type SyncReport } from './schema';
import { ID_PATTERN, LIMITS, keyOf, randomId, type Kind, type Values } from '../sync/records';
import type { MyTip } from '../mine/model';

export type SyncData = ReturnType<typeof createSyncData>;

export interface Local {
  kind: Kind;
  id: string;
  value: Values[Kind];
}

/** Synced values by "kind:id", as JSON so two are compared by what they hold. */
export type LocalValues = Map<string, Local>;

const syncable = (id: string) => id.length <= LIMITS.idChars && ID_PATTERN.test(id);
const tipValue = ({ text, title, topic }: MyTip): Values['tip'] => ({ text, ...(title ? { title } : {}), ...(topic ? { topic } : {}) });
export const same = (a: Local | undefined, b: Local | undefined): boolean => JSON.stringify(a?.value) === JSON.stringify(b?.value);

/**
 * The background's own connection, for sync only (not the pages' whole data module). A newer schema
 * opened by an update closes it for good: the updated extension starts a new background.
 */
export function openSyncData(): SyncData {
  const db = new TendDb();
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    return false;
  });
  return createSyncData(db);
}

export function createSyncData(db: TendDb) {
  const synced = [db.items, db.notes, db.hidden, db.tips] as const;

  async function readValues(): Promise<LocalValues> {
    const [saved, notes, hidden, tips] = await Promise.all([db.items.orderBy('savedAt').toArray(), db.notes.toArray(), db.hidden.toArray(), db.tips.toArray()]);
    const out: LocalValues = new Map();
    const add = (kind: Kind, id: string, value: Values[Kind]) => {
      if (syncable(id)) out.set(keyOf(kind, id), { kind, id, value });
    };
    for (const r of saved) if (r.savedAt !== undefined) add('saved', r.id, { savedAt: Math.round(r.savedAt) });
    for (const n of notes) add('note', n.itemId, { text: n.text });
    for (const h of hidden) add('hidden', h.itemId, true);
    for (const t of tips) add('tip', t.id, tipValue(t));
    return out;
  }

  /** Writes one value (or its absence) as the tables keep it. Call inside the rw transaction. */
  async function write(kind: Kind, id: string, value: Values[Kind] | undefined, ts: number): Promise<void> {
    switch (kind) {
      case 'saved': {
        const record = (await db.items.get(id)) ?? { id, shownCount: 0 };
        if (value) record.savedAt = (value as Values['saved']).savedAt;
        else if (record.savedAt !== undefined) {
          delete record.savedAt;
          record.unsavedAt = ts;
        }
        await db.items.put(record);
        return;
      }
      case 'note':
        if (value) await db.notes.put({ itemId: id, text: (value as Values['note']).text, at: ts });
        else await db.notes.delete(id);
        return;
      case 'hidden':
        if (value) await db.hidden.put({ itemId: id, at: ts });
        else await db.hidden.delete(id);
        return;
      case 'tip': {
        if (!value) {
          await Promise.all([db.tips.delete(id), db.notes.delete(`mine-${id}`)]);
          return;
        }
        const before = await db.tips.get(id);
        await db.tips.put({ id, ...(value as Values['tip']), createdAt: before?.createdAt ?? ts, updatedAt: ts } as MyTip);
      }
    }
  }

  return {
    readValues,

    /** The sync row as it is (a read only, for live queries); undefined before sync was ever asked about. */
    peek(): Promise<SyncRow | undefined> {
      return db.sync.get('state');
    },

    /** This browser's sync row; created (off, with a new device id) the first time it is asked for. */
    row(random: () => number = Math.random): Promise<SyncRow> {
      return db.transaction('rw', db.sync, async () => {
        const row = await db.sync.get('state');
        if (row) return row;
        const fresh: SyncRow = { key: 'state', on: false, device: randomId(random) };
        await db.sync.put(fresh);
        return fresh;
      });
    },

    /** Sync on or off here. Turning it off changes nothing else: every value stays as it is. */
    async setOn(on: boolean): Promise<void> {
      await db.transaction('rw', db.sync, async () => {
        const row = (await db.sync.get('state')) ?? { key: 'state' as const, on, device: randomId(Math.random) };
        await db.sync.put({ ...row, on });
      });
    },

    /** Keeps the rate limiter's log (times of sync storage writes in the last hour). */
    async saveWrites(writes: number[]): Promise<void> {
      await db.sync.update('state', { writes });
    },

    async report(report: SyncReport): Promise<void> {
      await db.sync.update('state', { report });
    },

    /**
     * Writes what the round brought (`incoming`: key → value or undefined for a deletion, with its
     * timestamp) and keeps the new state, in one transaction. A key whose value here changed since
     * `before` was read is skipped, and reported, so the person's latest change is never overwritten.
     */
    apply(
      incoming: readonly { kind: Kind; id: string; value?: Values[Kind]; ts: number }[],
      before: LocalValues,
      stored: Record<string, unknown>,
      report: SyncReport,
    ): Promise<{ skipped: number }> {
      return db.transaction('rw', [...synced, db.sync], async () => {
        const now = await readValues();
        let skipped = 0;
        for (const change of incoming) {
          const key = keyOf(change.kind, change.id);
          if (!same(now.get(key), before.get(key))) {
            skipped++;
            continue;
          }
          await write(change.kind, change.id, change.value, change.ts);
        }
        const last = (await db.sync.get('state'))?.report;
        const lastProblem = report.problem ? { at: report.at, text: report.problem } : last?.lastProblem;
        await db.sync.update('state', { stored, report: { ...report, ...(lastProblem ? { lastProblem } : {}) } });
        return { skipped };
      });
    },
  };
}
