// What Tend stores for a person, row by row: the database's tables (lib/db) hold these, and the
// backup format (lib/backup) carries them, within the same limits. Neither of those depends on the
// other: both depend on this.

/** The largest time a Date can hold, in ms since the epoch. */
export const MAX_TIME = 8.64e15;

/** The longest item id (the catalog's are far shorter). */
export const MAX_ID_CHARS = 200;

/** Per catalog item: what rotation picked, what was shown, read and saved. Absent fields are unindexed. */
export interface ItemRecord {
  id: string;
  /** When rotation last picked this item (the cycle bookkeeping). */
  pickedAt?: number;
  /** When a page last showed it, and how often. */
  lastShownAt?: number;
  shownCount: number;
  /** When it was (last) marked read. */
  readAt?: number;
  /** When it was saved for later; absent when not saved. */
  savedAt?: number;
  /** When it was last removed from the reading list. */
  unsavedAt?: number;
  /** When it last came back on a new tab as a reminder (not indexed). */
  remindedAt?: number;
}

/** Append-only log of reads, for history and weekly counts. */
export interface ReadEvent {
  seq?: number;
  itemId: string;
  at: number;
}

export interface RotationMeta {
  key: 'rotation';
  cycleStartedAt: number;
  lastPickedId?: string;
}

export type MetaRecord = RotationMeta;

/** Append-only log of finished practices (version 2), for the gentle weekly log. */
export interface PracticeEvent {
  seq?: number;
  type: 'breathing' | 'grounding';
  /** When it finished. */
  at: number;
  /** How long it took, in whole seconds. */
  seconds: number;
}

/** Whether an item is in the reading list, and whether it was read: what its buttons and lists show. */
export interface Marks {
  saved: boolean;
  read: boolean;
}

export const NO_MARKS: Readonly<Marks> = Object.freeze({ saved: false, read: false });

export const marksOf = (record: Pick<ItemRecord, 'savedAt' | 'readAt'>): Marks => ({ saved: record.savedAt !== undefined, read: record.readAt !== undefined });

/** What the lists need of an item record: its id and marks, not its rotation bookkeeping. */
export type SavedRecord = Pick<ItemRecord, 'id' | 'savedAt' | 'readAt'>;

/**
 * Only the id and marks of a record: a list page holds one for every saved item while it is open,
 * and whole records are about twice the size.
 */
export const savedRecord = ({ id, savedAt, readAt }: ItemRecord): SavedRecord => ({
  id,
  ...(savedAt === undefined ? {} : { savedAt }),
  ...(readAt === undefined ? {} : { readAt }),
});
