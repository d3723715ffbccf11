// The person's data as export, import and merge see it, in one canonical form: only known fields,
// items in id order, logs deduplicated and in time order. Two equal data sets compare equal.
import type { ItemRecord, PracticeEvent } from '../records';
import type { RotationState } from '../rotation/pick';
import type { Settings } from '../settings/schema';
import type { HiddenRecord, MyTip, NoteRecord } from '../mine/model';

/** One read, as the log keeps it (its sequence number is the database's own business). */
export interface LoggedRead {
  itemId: string;
  at: number;
}

/** One finished practice, as the log keeps it. */
export type LoggedPractice = Omit<PracticeEvent, 'seq'>;

export const PRACTICE_TYPES = ['breathing', 'grounding'] as const;
// Loud at build time: a new kind of practice must be added here, or its log would not import.
const _everyPracticeCarried: Exclude<PracticeEvent['type'], (typeof PRACTICE_TYPES)[number]> extends never ? true : never = true;

export interface UserData {
  items: ItemRecord[];
  events: LoggedRead[];
  practices: LoggedPractice[];
  rotation?: RotationState;
  /** Your own tips, notes and hidden items (format version 2; a version 1 file has none). Absent: none. */
  tips?: MyTip[];
  notes?: NoteRecord[];
  hidden?: HiddenRecord[];
  /** Complete when read from storage; a backup may hold only some settings. */
  settings: Partial<Settings>;
}

/** An item record's optional times: what a backup carries besides the id and the count. */
export const ITEM_TIMES = ['pickedAt', 'lastShownAt', 'readAt', 'savedAt', 'unsavedAt', 'remindedAt'] as const;
export type ItemTime = (typeof ITEM_TIMES)[number];

// Loud at build time: a field added to ItemRecord must be added here (and to the merge rules),
// or export would silently drop it.
const _everyFieldCarried: Exclude<keyof ItemRecord, 'id' | 'shownCount' | ItemTime> extends never ? true : never = true;

/** A copy with only the fields of an item record, in a fixed order. */
export function cleanItem(record: ItemRecord): ItemRecord {
  const out: ItemRecord = { id: record.id, shownCount: record.shownCount };
  for (const key of ITEM_TIMES) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTime = (a: LoggedRead, b: LoggedRead) => a.at - b.at || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);

function unique<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Reads without duplicates (same item, same time), oldest first. */
export function cleanEvents(events: readonly LoggedRead[]): LoggedRead[] {
  const rows = events.map(({ itemId, at }) => ({ itemId, at }));
  return unique(rows, (e) => `${e.at}\u0000${e.itemId}`).sort(byTime);
}

/** Practices without duplicates (same kind, time and length), oldest first. */
export function cleanPractices(practices: readonly LoggedPractice[]): LoggedPractice[] {
  const rows = practices.map(({ type, at, seconds }) => ({ type, at, seconds }));
  return unique(rows, (p) => `${p.at}\u0000${p.type}\u0000${p.seconds}`).sort(
    (a, b) => a.at - b.at || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || a.seconds - b.seconds,
  );
}

export function cleanRotation(rotation: RotationState | undefined): RotationState | undefined {
  if (!rotation) return undefined;
  const out: RotationState = { cycleStartedAt: rotation.cycleStartedAt };
  if (rotation.lastPickedId !== undefined) out.lastPickedId = rotation.lastPickedId;
  return out;
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** A tip with only its own fields, in a fixed order. */
export const cleanTip = ({ id, text, title, topic, createdAt, updatedAt }: MyTip): MyTip => ({
  id,
  text,
  ...(title === undefined ? {} : { title }),
  ...(topic === undefined ? {} : { topic }),
  createdAt,
  updatedAt,
});

export function canonical(data: UserData): UserData {
  const out: UserData = {
    items: data.items.map(cleanItem).sort(byId),
    events: cleanEvents(data.events),
    practices: cleanPractices(data.practices),
    settings: { ...data.settings },
  };
  // Only when there are some, so data without them looks as it did before they existed.
  if (data.tips?.length) out.tips = data.tips.map(cleanTip).sort(byId);
  if (data.notes?.length) out.notes = data.notes.map(({ itemId, text, at }) => ({ itemId, text, at })).sort(byKey((n) => n.itemId));
  if (data.hidden?.length) out.hidden = data.hidden.map(({ itemId, at }) => ({ itemId, at })).sort(byKey((h) => h.itemId));
  const rotation = cleanRotation(data.rotation);
  if (rotation) out.rotation = rotation;
  return out;
}
