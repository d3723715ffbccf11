// The one Dexie database: schema and versions. Schema changes only add; every version stays forever.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { saneWrites } from './sane';
import type { ItemRecord, MetaRecord, PracticeEvent, ReadEvent } from '../records';
import type { HiddenRecord, MyTip, NoteRecord } from '../mine/model';
import type { SyncReport } from '../sync/report';

// The shapes of the rows live in lib/records.ts, which the backup format shares without depending
// on the database.
export type { ItemRecord, ReadEvent, RotationMeta, MetaRecord, PracticeEvent } from '../records';
export type { HiddenRecord, MyTip, NoteRecord } from '../mine/model';

/** This browser's sync bookkeeping (lib/sync's state and the device id); never exported or synced as such. */
export interface SyncRow {
  key: 'state';
  /** Whether sync is on in this browser (off unless the person turns it on). */
  on: boolean;
  /** This browser's id in sync: 4–16 lowercase letters and digits, random. */
  device: string;
  /** lib/sync's state (toStored), absent before the first round. */
  stored?: Record<string, unknown>;
  /** What the last round said, for the options page. */
  report?: SyncReport;
  /** When sync storage was written in the last hour (lib/sync/writer.ts's log), so the background keeps to Chrome's limits across restarts. */
  writes?: number[];
}

export type { SyncReport } from '../sync/report';

export const DB_NAME = 'tend';

export class TendDb extends Dexie {
  items!: EntityTable<ItemRecord, 'id'>;
  events!: EntityTable<ReadEvent, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  practices!: EntityTable<PracticeEvent, 'seq'>;
  tips!: EntityTable<MyTip, 'id'>;
  notes!: EntityTable<NoteRecord, 'itemId'>;
  hidden!: EntityTable<HiddenRecord, 'itemId'>;
  sync!: EntityTable<SyncRow, 'key'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      items: 'id, pickedAt, lastShownAt, readAt, savedAt',
      events: '++seq, at, itemId',
      meta: 'key',
    });
    // Version 2 adds the practice log; every table of version 1 is kept as it was.
    this.version(2).stores({ practices: '++seq, at, type' });
    // Version 3 adds your tips, notes, hidden items and sync's bookkeeping; every older table stays as it was.
    this.version(3).stores({ tips: 'id, updatedAt', notes: 'itemId, at', hidden: 'itemId, at', sync: 'key' });
    // Every id and time written is one a backup can carry, so every export imports again (case 32).
    this.use(saneWrites);
  }
}
