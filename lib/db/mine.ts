// Your tips, notes and hidden items over the Tend database. Every change is checked first (bad
// input changes nothing and says why) and is one transaction; an import of tips is all or nothing.
import type { TendDb } from './schema';
import { checkNote, checkTip, MINE_LIMITS, tipCard, tipIdOf, type Checked, type HiddenRecord, type MyTip, type NoteRecord, type TipInput } from '../mine/model';
import { randomId } from '../sync/records';
import type { Card } from '../content/types';

export type MineData = ReturnType<typeof createMineData>;

export const TOO_MANY_TIPS = `You can keep up to ${MINE_LIMITS.tips.toLocaleString('en')} tips of your own.`;

/** Tips newest first (the order lists, exports and sync use). */
const newestFirst = (a: MyTip, b: MyTip) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function createMineData(db: TendDb) {
  /** A new tip id no tip has (10 random letters and digits: a clash is all but impossible, and checked). */
  async function freshId(random: () => number, taken: Set<string>): Promise<string> {
    for (;;) {
      const id = randomId(random);
      if (!taken.has(id) && !(await db.tips.get(id))) {
        taken.add(id);
        return id;
      }
    }
  }

  return {
    async tips(): Promise<MyTip[]> {
      return (await db.tips.toArray()).sort(newestFirst);
    },

    /** The ids of your tips as cards (`mine-…`), for the rotation: keys only. */
    async tipCardIds(): Promise<string[]> {
      return (await db.tips.toCollection().primaryKeys()).map((id) => `mine-${id}`);
    },

    /** The card of one of your tips, or undefined when it is gone. */
    async card(cardId: string): Promise<Card | undefined> {
      const id = tipIdOf(cardId);
      const tip = id === undefined ? undefined : await db.tips.get(id);
      return tip && tipCard(tip);
    },

    async addTip(input: TipInput, now: number, random: () => number): Promise<Checked<MyTip>> {
      const checked = checkTip(input);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.tips, async () => {
        if ((await db.tips.count()) >= MINE_LIMITS.tips) return { ok: false, message: TOO_MANY_TIPS };
        const tip: MyTip = { id: await freshId(random, new Set()), ...checked.value, createdAt: now, updatedAt: now };
        await db.tips.add(tip);
        return { ok: true, value: tip };
      });
    },

    async editTip(id: string, input: TipInput, now: number): Promise<Checked<MyTip>> {
      const checked = checkTip(input);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.tips, async () => {
        const before = await db.tips.get(id);
        if (!before) return { ok: false, message: 'That tip is no longer here (it may have been removed in another tab).' };
        const tip: MyTip = { id, ...checked.value, createdAt: before.createdAt, updatedAt: now };
        await db.tips.put(tip);
        return { ok: true, value: tip };
      });
    },

    /** Removes a tip and its note; returns them so the change can be undone. */
    removeTip(id: string): Promise<{ tip?: MyTip; note?: NoteRecord }> {
      return db.transaction('rw', db.tips, db.notes, async () => {
        const [tip, note] = await Promise.all([db.tips.get(id), db.notes.get(`mine-${id}`)]);
        await Promise.all([db.tips.delete(id), db.notes.delete(`mine-${id}`)]);
        return { ...(tip ? { tip } : {}), ...(note ? { note } : {}) };
      });
    },

    /** Puts a removed tip (and its note) back as it was (undo). */
    restoreTip(tip: MyTip, note?: NoteRecord): Promise<void> {
      return db.transaction('rw', db.tips, db.notes, async () => {
        await db.tips.put(tip);
        if (note) await db.notes.put(note);
      });
    },

    /**
     * Adds every tip in `inputs`, or none: each is checked first, and the total must stay within
     * the limit. Returns how many were added.
     */
    async importTips(inputs: readonly TipInput[], now: number, random: () => number): Promise<Checked<number>> {
      const tips: Omit<MyTip, 'id'>[] = [];
      for (const [i, input] of inputs.entries()) {
        const checked = checkTip(input);
        if (!checked.ok) return { ok: false, message: `Tip ${i + 1}: ${checked.message}` };
        // Later rows are newer, so the list keeps the file's order, newest first.
        tips.push({ ...checked.value, createdAt: now + i, updatedAt: now + i });
      }
      return db.transaction('rw', db.tips, async () => {
        const have = await db.tips.count();
        if (have + tips.length > MINE_LIMITS.tips) {
          return { ok: false, message: `${TOO_MANY_TIPS} You have ${have.toLocaleString('en')}, and the file has ${tips.length.toLocaleString('en')}.` };
        }
        const taken = new Set<string>();
        const rows: MyTip[] = [];
        for (const tip of tips) rows.push({ id: await freshId(random, taken), ...tip });
        await db.tips.bulkAdd(rows);
        return { ok: true, value: rows.length };
      });
    },

    note(itemId: string): Promise<NoteRecord | undefined> {
      return db.notes.get(itemId);
    },

    /** Every note, by item id. */
    async notes(): Promise<Map<string, string>> {
      return new Map((await db.notes.toArray()).map((n) => [n.itemId, n.text]));
    },

    /** Keeps `text` as the item's note; empty text removes it. */
    async setNote(itemId: string, text: string, now: number): Promise<Checked<string>> {
      const checked = checkNote(text);
      if (!checked.ok) return checked;
      if (checked.value === '') await db.notes.delete(itemId);
      else await db.notes.put({ itemId, text: checked.value, at: now });
      return checked;
    },

    /** "Not for me": the rotation never picks it again (until it is brought back). */
    async hide(itemId: string, now: number): Promise<void> {
      await db.transaction('rw', db.hidden, async () => {
        if (!(await db.hidden.get(itemId))) await db.hidden.put({ itemId, at: now });
      });
    },

    async unhide(itemId: string): Promise<void> {
      await db.hidden.delete(itemId);
    },

    /** Hidden items, most recently hidden first. */
    async hiddenList(): Promise<HiddenRecord[]> {
      return db.hidden.orderBy('at').reverse().toArray();
    },

    async hiddenIds(): Promise<Set<string>> {
      return new Set(await db.hidden.toCollection().primaryKeys());
    },
  };
}
