// The one Dexie database: schema and versions. Schema changes only add; every version stays forever.
import Dexie, { type EntityTable } from 'dexie';

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

export const DB_NAME = 'tend';

export class TendDb extends Dexie {
  items!: EntityTable<ItemRecord, 'id'>;
  events!: EntityTable<ReadEvent, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({
      items: 'id, pickedAt, lastShownAt, readAt, savedAt',
      events: '++seq, at, itemId',
      meta: 'key',
    });
  }
}
