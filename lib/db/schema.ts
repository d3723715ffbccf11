// The one Dexie database: schema and versions. Schema changes only add; every version stays forever.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { saneWrites } from './sane';

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

export const DB_NAME = 'tend';

export class TendDb extends Dexie {
  items!: EntityTable<ItemRecord, 'id'>;
  events!: EntityTable<ReadEvent, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  practices!: EntityTable<PracticeEvent, 'seq'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      items: 'id, pickedAt, lastShownAt, readAt, savedAt',
      events: '++seq, at, itemId',
      meta: 'key',
    });
    // Version 2 adds the practice log; every table of version 1 is kept as it was.
    this.version(2).stores({ practices: '++seq, at, type' });
    // Every id and time written is one a backup can carry, so every export imports again (case 32).
    this.use(saneWrites);
  }
}
