// What importing a backup would do, worked out before anything is written. Pure.
//
// Merge rules, per item id (the current data and the file are treated alike, so merging the
// same file twice changes nothing the second time):
// - saved: each side's saved state was last decided at max(savedAt, unsavedAt). A side that has it
//   saved keeps it saved unless the other side unsaved it later than that (unsavedAt > decided);
//   on a tie, saved wins. When both have it saved, the later savedAt wins.
// - unsavedAt, pickedAt, lastShownAt, remindedAt: the latest time wins. shownCount: the larger wins.
// - readAt: read on either side is read; the earlier readAt is kept (when it was first read).
// - read events: the union of both logs, one per (item, time); practices likewise.
// - rotation: the one with the later cycle start wins (the current one on a tie).
// - settings: the file's settings over the current ones (importing them is the point).
// - your tips and notes: per id, the later edit wins; hidden: hidden on either side stays hidden.
// Replace: the file's data as it is; settings the file leaves out go back to their defaults.
import type { ItemRecord } from '../records';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { canonical, cleanItem, ITEM_TIMES, type ItemTime, type LoggedRead, type UserData } from './data';

export type ImportMode = 'merge' | 'replace';

export interface PlanCounts {
  /** Items the file adds: not in the current data at all. */
  adds: number;
  /** Items in both whose record or reads would change. */
  updates: number;
  /** Items in the file that would stay exactly as they are. */
  unchanged: number;
  /** Items only in the current data that would go (replace only). */
  removes: number;
  /** Your tips, notes and hidden items the import would add, change or (replace only) remove. */
  yoursChanged: number;
  /** Finished practices the log would gain, or lose (replace only). */
  practicesAdded: number;
  practicesRemoved: number;
  settingsChanged: boolean;
}

export interface Plan extends PlanCounts {
  result: UserData;
}

type Time = number | undefined;
const latest = (a: Time, b: Time): Time => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const earliest = (a: Time, b: Time): Time => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Whether `a`'s save survives `b`: `b` did not unsave it after `a` last decided to keep it. */
function saveSurvives(a: ItemRecord, b: ItemRecord): boolean {
  if (a.savedAt === undefined) return false;
  return b.unsavedAt === undefined || Math.max(a.savedAt, a.unsavedAt ?? 0) >= b.unsavedAt;
}

/** When the merged item was saved, if it stays saved at all. */
function mergedSave(a: ItemRecord, b: ItemRecord): Time {
  return latest(saveSurvives(a, b) ? a.savedAt : undefined, saveSurvives(b, a) ? b.savedAt : undefined);
}

/** How each time merges. A Record, so a field added to items cannot be left without a rule. */
const RULES: Record<ItemTime, (a: ItemRecord, b: ItemRecord) => Time> = {
  pickedAt: (a, b) => latest(a.pickedAt, b.pickedAt),
  lastShownAt: (a, b) => latest(a.lastShownAt, b.lastShownAt),
  readAt: (a, b) => earliest(a.readAt, b.readAt),
  savedAt: mergedSave,
  unsavedAt: (a, b) => latest(a.unsavedAt, b.unsavedAt),
  remindedAt: (a, b) => latest(a.remindedAt, b.remindedAt),
};

export function mergeItem(a: ItemRecord | undefined, b: ItemRecord): ItemRecord {
  if (!a) return cleanItem(b);
  const out: ItemRecord = { id: b.id, shownCount: Math.max(a.shownCount, b.shownCount) };
  for (const key of ITEM_TIMES) {
    const value = RULES[key](a, b);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function mergeSettings(current: Partial<Settings>, incoming: Partial<Settings>): Partial<Settings> {
  return { ...current, ...incoming };
}

export function replaceSettings(incoming: Partial<Settings>): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...incoming };
}

/** One item's whole state (record and reads), comparable by value. */
function stateOf(data: UserData): Map<string, string> {
  const reads = new Map<string, number[]>();
  for (const e of data.events) {
    const times = reads.get(e.itemId);
    if (times) times.push(e.at);
    else reads.set(e.itemId, [e.at]);
  }
  const out = new Map<string, string>();
  for (const r of data.items) out.set(r.id, JSON.stringify([cleanItem(r), reads.get(r.id) ?? []]));
  for (const [id, times] of reads) if (!out.has(id)) out.set(id, JSON.stringify([null, times]));
  return out;
}

const sameSettings = (a: Partial<Settings>, b: Partial<Settings>): boolean =>
  (Object.keys({ ...a, ...b }) as (keyof Settings)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/** Rows of your tips, notes and hidden items that differ between `a` and `b` (both canonical). */
function yoursChanged(a: UserData, b: UserData): number {
  const rows = (data: UserData) =>
    new Map([
      ...(data.tips ?? []).map((t) => [`t:${t.id}`, JSON.stringify(t)] as const),
      ...(data.notes ?? []).map((n) => [`n:${n.itemId}`, JSON.stringify(n)] as const),
      ...(data.hidden ?? []).map((h) => [`h:${h.itemId}`, ''] as const),
    ]);
  const [before, after] = [rows(a), rows(b)];
  let n = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) if (before.get(key) !== after.get(key)) n++;
  return n;
}

/** Per key, the row whose time is later (the current one on a tie): edits made on either side are kept. */
function newest<T>(mine: readonly T[] = [], file: readonly T[] = [], key: (row: T) => string, time: (row: T) => number): T[] {
  const out = new Map(mine.map((r) => [key(r), r]));
  for (const r of file) {
    const have = out.get(key(r));
    if (!have || time(r) > time(have)) out.set(key(r), r);
  }
  return [...out.values()];
}

function countChanges(current: UserData, incoming: UserData, result: UserData): Plan {
  const before = stateOf(current);
  const after = stateOf(result);
  const inFile = stateOf(incoming);
  const logOf = (data: UserData) => new Set(data.practices.map((p) => JSON.stringify(p)));
  const [logBefore, logAfter] = [logOf(current), logOf(result)];
  const plan: Plan = {
    adds: 0,
    updates: 0,
    unchanged: 0,
    removes: 0,
    practicesAdded: [...logAfter].filter((p) => !logBefore.has(p)).length,
    practicesRemoved: [...logBefore].filter((p) => !logAfter.has(p)).length,
    settingsChanged: !sameSettings(current.settings, result.settings),
    yoursChanged: yoursChanged(current, result),
    result,
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(id);
    const will = after.get(id);
    if (was === undefined) plan.adds++;
    else if (will === undefined) plan.removes++;
    else if (was !== will) plan.updates++;
    else if (inFile.has(id)) plan.unchanged++;
  }
  return plan;
}

export function planMerge(current: UserData, incoming: UserData): Plan {
  const mine = canonical(current);
  const file = canonical(incoming);
  const items = new Map(mine.items.map((r) => [r.id, r]));
  for (const r of file.items) items.set(r.id, mergeItem(items.get(r.id), r));
  const events: LoggedRead[] = [...mine.events, ...file.events];
  const rotation =
    file.rotation && (!mine.rotation || file.rotation.cycleStartedAt > mine.rotation.cycleStartedAt) ? file.rotation : mine.rotation;
  const practices = [...mine.practices, ...file.practices];
  const settings = mergeSettings(mine.settings, file.settings);
  // Your tips and notes: the later edit wins. Hidden items: hidden on either side stays hidden.
  const tips = newest(mine.tips, file.tips, (t) => t.id, (t) => t.updatedAt);
  const notes = newest(mine.notes, file.notes, (n) => n.itemId, (n) => n.at);
  const hidden = newest(mine.hidden, file.hidden, (h) => h.itemId, (h) => -h.at);
  const result = canonical({ items: [...items.values()], events, practices, rotation, tips, notes, hidden, settings });
  return countChanges(mine, file, result);
}

export function planReplace(current: UserData, incoming: UserData): Plan {
  const file = canonical(incoming);
  return countChanges(canonical(current), file, { ...file, settings: replaceSettings(file.settings) });
}

export const planFor = (mode: ImportMode): typeof planMerge => (mode === 'merge' ? planMerge : planReplace);
