// What can go wrong with the browser's storage, as a few named states with what to tell the
// person. Pages show these; none of them loses data (reliability cases 3, 5, 12 and 13).
// No Dexie import: the popup's entry and the live pages' hooks import this statically, and load the
// database later, on its own (instance.ts opens it). The new tab's first paint does not import it.

export type StorageProblem = 'upgrade-failed' | 'blocked' | 'quota' | 'unavailable';

export interface StorageMessages {
  /** A page-level notice (for problems the person should know about, or can act on). */
  notice?: string;
  /** Why save and read are off, next to those controls (only while they are off). */
  off?: string;
}

export const STORAGE_MESSAGES: Record<StorageProblem, StorageMessages> = {
  'upgrade-failed': {
    notice:
      'Tend could not update its storage; your data is safe. Your reading list and history are kept as they were. ' +
      'Tend tries the update again the next time you open it.',
    off: 'Saving and reading history are off until Tend can update its storage.',
  },
  blocked: {
    notice:
      'Tend is updating its storage, and another Tend tab is holding on to it. Please close your other Tend tabs ' +
      '(new tabs, the reading list, options); this page finishes the update as soon as they are closed.',
    off: 'Saving waits until the update finishes.',
  },
  quota: {
    notice:
      'Your browser is out of storage space, so that change was not saved; nothing was half-saved. ' +
      'Freeing some disk space fixes it. To be safe, export your data now.',
  },
  unavailable: {
    off: 'Saving and reading history are off: Tend could not open its storage in this browser.',
  },
};

/** What a page that can only show one line says (the notice when there is one). */
export const pageMessage = (problem: StorageProblem): string => STORAGE_MESSAGES[problem].notice ?? STORAGE_MESSAGES[problem].off ?? '';

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
