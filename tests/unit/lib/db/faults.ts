// Database test tools as DBCore middlewares: a log of the indexes reads go through, and fault
// injection that refuses writes as a full disk does.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type Dexie from 'dexie';
import { TendDb } from '@/lib/db/schema';

/** Which writes fail: every one while `full` is true, or only those `only` picks. */
export interface DiskFull {
  full: boolean;
  only?: (table: string, request: DBCoreMutateRequest) => boolean;
}

/** The error a browser gives when its share of the disk is used up. */
export const quotaError = () => new DOMException('The disk is full (test)', 'QuotaExceededError');

/** Puts a DBCore middleware named `name` in front of every table of `db`; call before the database opens. */
function wrapTables(db: Dexie, name: string, wrap: (table: DBCoreTable, tableName: string) => Partial<DBCoreTable>): void {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, ...wrap(table, tableName) };
      },
    }),
  };
  db.use(middleware);
}

/** Makes `db` refuse writes with a QuotaExceededError while `disk.full`; call before the database opens. */
export function fillDisk(db: Dexie, disk: DiskFull): void {
  wrapTables(db, 'disk-full', (table, name) => ({
    mutate: (request) => (disk.full && (disk.only?.(name, request) ?? true) ? Promise.reject(quotaError()) : table.mutate(request)),
  }));
}

/**
 * What `indexedDB.open` gives where storage is off (a locked-down profile, some private modes):
 * a request whose error event fires instead of success.
 */
export function failingOpenRequest(): IDBOpenDBRequest {
  const request = Object.assign(new EventTarget(), {
    result: undefined,
    error: null as DOMException | null,
    readyState: 'pending',
    source: null,
    transaction: null,
    onerror: null as ((event: Event) => void) | null,
    onsuccess: null,
    onupgradeneeded: null,
    onblocked: null,
  });
  request.addEventListener('error', (event) => request.onerror?.(event));
  queueMicrotask(() => {
    request.readyState = 'done';
    request.error = new DOMException('IndexedDB is off (test)', 'InvalidStateError');
    request.dispatchEvent(new Event('error', { cancelable: true }));
  });
  return request as unknown as IDBOpenDBRequest; // the fields Dexie reads, not the whole interface
}

/** A test-only next version whose upgrade throws (the real schema never gets one). */
export class BrokenUpgradeDb extends TendDb {
  upgrades = 0;
  constructor(name: string) {
    super(name);
    this.version(4)
      .stores({ items: 'id, pickedAt, lastShownAt, readAt, savedAt, unsavedAt' })
      .upgrade(() => {
        this.upgrades++;
        throw new Error('a bug in the version 4 upgrade');
      });
  }
}

/** Logs, in order, each read's table and index (':primary' for the primary key); call before the database opens. */
export function logReads(db: Dexie): { table: string; index: string }[] {
  const reads: { table: string; index: string }[] = [];
  const log = (table: string, index: string | null) => reads.push({ table, index: index || ':primary' });
  wrapTables(db, 'read-log', (table, name) => ({
    query: (req) => (log(name, req.query.index.name), table.query(req)),
    openCursor: (req) => (log(name, req.query.index.name), table.openCursor(req)),
  }));
  return reads;
}

/** Counts the records read by key (`get`, `bulkGet`), per table; call before the database opens. */
export function countKeyReads(db: Dexie): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (table: string, keys: number) => counts.set(table, (counts.get(table) ?? 0) + keys);
  wrapTables(db, 'key-read-count', (table, name) => ({
    get: (req) => (add(name, 1), table.get(req)),
    getMany: (req) => (add(name, req.keys.length), table.getMany(req)),
  }));
  return counts;
}
