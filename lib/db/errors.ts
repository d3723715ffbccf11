// What can go wrong with the browser's storage, as a few named states (lib/db/health.ts says what
// to tell the person about each). No Dexie import and no text: the new tab's first paint classifies
// errors with this and loads the messages only when there is one to show.

export type StorageProblem = 'upgrade-failed' | 'blocked' | 'quota' | 'unavailable';

/** A failure to open the database, named. `cause` keeps Dexie's own error for the console. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(`Tend storage: ${problem}`, options);
    this.name = 'StorageError';
  }
}

/** A write refused because the disk (or the browser's share of it) is full. Dexie keeps the browser's error as `inner`. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The named problem behind any storage error (a failed write that is not a full disk counts as unavailable). */
export function storageProblem(error: unknown): StorageProblem {
  if (error instanceof StorageError) return error.problem;
  return isQuotaError(error) ? 'quota' : 'unavailable';
}
